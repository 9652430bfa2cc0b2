import { describe, expect, it } from 'vitest';
import { estimate, uncertain } from '../../src/core/index.js';
import { formatEstimateMarkdown } from '../../src/report/estimate-document.js';
import { markdownText } from '../../src/report/markdown-text.js';
import { pledgeTroops, scenario, sector, twoSectorEstimate } from './scenario-builder.js';

describe('formatEstimateMarkdown', () => {
  it('prints a briefing: figures, sectors, coalition, assumptions, sources, caveat (golden)', () => {
    expect(formatEstimateMarkdown(twoSectorEstimate())).toBe(`# Two sectors with rotation

Scenario two-sectors.

## Figures

| Figure | Value | Unit |
| --- | ---: | --- |
| Coverage length | 1,200 | km |
| Line troops | 7,000 | troops |
| Line density | 5.83 | /km |
| Brigades | 2..3 | brigades |
| Brigade coverage | 514.29..857.14 | km |
| Air cover | 2..3 | packages |
| Enablers | 0 | troops |
| Deployed troops | 7,000 | troops |
| Committed troops | 21,000 | troops |
| Committed brigades | 6..9 | brigades |

| Before one more brigade | Brigades | At line density | Line can grow by |
| --- | ---: | ---: | ---: |
| Low bound | 2 | 5.83 /km | 514.29 km |
| High bound | 3 | 5.83 /km | 342.86 km |

## Sectors

| Sector | Length km | Density /km | Troops |
| --- | ---: | ---: | ---: |
| Line of contact | 1,000 | 3 | 3,000 |
| Hot spot | 200 | 20 | 4,000 |

## Coalition

| Contributor | Pledge | Troops |
| --- | --- | ---: |
| France | 1 brigade | 3,000..5,000 |
| Poland | 1,500 troops | 1,500 |

| Coalition | Value | Unit |
| --- | ---: | --- |
| Pledged troops | 4,500..6,500 | troops |
| Pledged coverage | 771.43..1,114.29 | km |
| Pledged density | 3.75..5.42 | /km |
| Shortfall | 500..2,500 | troops |

## Assumptions

| Assumption | Value | From |
| --- | --- | --- |
| Density | 3 /km | --set |
| Brigade size | 3,000..5,000 troops | scenario file |
| Air cover per brigade | 1 package | scenario file |
| Enabler share | 0% | scenario file |
| Rotation | 3x | scenario file |

## Sources

- Politico Europe, 9 Apr 2025: 3 soldiers/km, 3,000-5,000 per brigade
- Rule of thirds: one deployed, one preparing, one recovering

_These are planning factors, not predictions: each figure follows from the assumptions listed._
`);
  });

  it('gives the preset and the source of a default, in a Source column', () => {
    const text = formatEstimateMarkdown(estimate(scenario()));
    expect(text).toContain('\n| Assumption | Value | From | Source |\n');
    expect(text).toMatch(/\n\| Brigade size \| 3,000\.\.5,000 troops \| default \(palisa-minimum\) \| Politico Europe, .*3,000 to 5,000 troops.* \|\n/);
  });

  it('shows a distributed factor as written, with its range', () => {
    const text = formatEstimateMarkdown(estimate(scenario({ factors: { rotation: uncertain({ kind: 'triangular', low: 2, mode: 2.5, high: 3 }) } })));
    expect(text).toContain('\n| Rotation | triangular(2, 2.5, 3)x (2..3x) | scenario file |  |\n');
  });

  it('keeps a hostile name inside its table cell', () => {
    const name = 'North | South\\\nline <b>*x*</b>\u001b[2J';
    const text = formatEstimateMarkdown(estimate(scenario({ sectors: [sector(name, 10)], coalition: [pledgeTroops(name, 10)] })));
    const escaped = 'North \\| South\\\\ line \\<b\\>\\*x\\*\\</b\\>';
    expect(text).toContain(`\n| ${escaped} | 10 | 3 | 30 |\n`);
    expect(text).toContain(`\n| ${escaped} | 10 troops | 10 |\n`);
  });
});

describe('markdownText', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a|b', 'a\\|b'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two lines'],
    ['two\r\nlines', 'two lines'],
    ['`code` and _under_', '\\`code\\` and \\_under\\_'],
    ['[link](x)', '\\[link\\](x)'],
    ['\u202Eevil\u001b]0;title\u0007', 'evil'],
  ])('%j -> %j', (text, escaped) => {
    expect(markdownText(text)).toBe(escaped);
  });
});
