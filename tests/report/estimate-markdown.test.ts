import { describe, expect, it } from 'vitest';
import { estimate, uncertain } from '../../src/core/index.js';
import { formatEstimateMarkdown, formatEstimateTable } from '../../src/report/estimate-document.js';
import { markdownText } from '../../src/report/markdown-text.js';
import { pledgeTroops, scenario, sector, twoSectorEstimate } from './scenario-builder.js';

describe('formatEstimateMarkdown', () => {
  it('prints a briefing: description, figures, sectors, coalition, assumptions, sources, caveat (golden: goldens/estimate-markdown.md)', async () => {
    await expect(formatEstimateMarkdown(twoSectorEstimate())).toMatchFileSnapshot('goldens/estimate-markdown.md');
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

  it('opens with the description, escaped, in the briefing alone (a terminal report is read beside the file)', () => {
    const result = estimate(scenario({ description: 'Holds *5 /km* | not 3\u001b[2J' }));
    expect(formatEstimateMarkdown(result)).toMatch(/^# One line\n\nScenario one-line\.\n\nHolds \\\*5 \/km\\\* \\\| not 3\n\n## Figures\n/);
    expect(formatEstimateTable(result)).not.toContain('Holds');
    expect(formatEstimateMarkdown(estimate(scenario({ description: '  ' })))).toMatch(/^# One line\n\nScenario one-line\.\n\n## Figures\n/);
  });
});
