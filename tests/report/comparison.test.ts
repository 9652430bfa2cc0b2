import { describe, expect, it } from 'vitest';
import { estimate, interval } from '../../src/core/index.js';
import { formatComparisonMarkdown, formatComparisonTable } from '../../src/report/comparison.js';
import { pledgeTroops, scenario, sector } from './scenario-builder.js';

const lines = (text: string): string[] => text.trimEnd().split('\n');
const widest = (text: string): number => Math.max(...lines(text).map((line) => [...line].length));

// docs/model.md's worked examples: 1,200 km at 3 /km (troops 3,600, brigades 1..2)
// and 750 mi = 1,207.008 km at 3 /km (troops 3,622, brigades 1..2). Norway's
// 3,000 leave a shortfall of 600; the second scenario has no coalition ("-").
const oneLine = estimate(scenario({ coalition: [pledgeTroops('Norway', 3_000)] }));
const miles = estimate(scenario({ id: 'miles', title: 'Seven hundred and fifty miles', sectors: [sector('Border', 1_207.008)] }));

describe('formatComparisonTable', () => {
  it('puts one scenario a row, titles in a key under the table at 80 columns (golden)', () => {
    expect(formatComparisonTable([oneLine, miles])).toBe(`          Coverage                      Air  Committed  Shortfall
ID              km  Troops  Brigades  cover   brigades     troops
one-line     1,200   3,600      1..2   1..2       1..2        600
miles        1,207   3,622      1..2   1..2       1..2          -

one-line  One line
miles     Seven hundred and fifty miles
`);
  });

  it('puts titles in the table, truncated, when the width leaves room (golden)', () => {
    expect(formatComparisonTable([oneLine, miles], { width: 85 })).toBe(`                              Coverage                      Air  Committed  Shortfall
ID        Title                     km  Troops  Brigades  cover   brigades     troops
one-line  One line               1,200   3,600      1..2   1..2       1..2        600
miles     Seven hundred and…     1,207   3,622      1..2   1..2       1..2          -
`);
  });

  it('keeps to 80 columns with wide ranges, titles in the key', () => {
    const wide = estimate(scenario({ id: 'wide', title: 'Wide ranges', factors: { density: interval(3, 20) }, coalition: [pledgeTroops('Norway', 3_000)] }));
    const text = formatComparisonTable([wide, miles]);
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(lines(text)[1]).toMatch(/^ID +km +Troops/);
    expect(lines(text).slice(-2)).toEqual(['wide   Wide ranges', 'miles  Seven hundred and fifty miles']);
    // 1,200 km at 3..20 /km: 3,600..24,000 troops, shortfall 600..21,000.
    expect(text).toMatch(/\nwide +1,200 +3,600\.\.24,000 .* 600\.\.21,000\n/);
  });

  it('gives each scenario two lines, id and title above its numbers, when ids and numbers do not fit side by side', () => {
    const longId = estimate(scenario({ id: 'a-rather-long-scenario-id-for-a-drawn-line', title: 'Drawn', coalition: [pledgeTroops('Norway', 3_000)] }));
    const text = formatComparisonTable([longId, miles], { width: 60 });
    expect(widest(text)).toBeLessThanOrEqual(60);
    expect(lines(text)).toEqual([
      '  Coverage                      Air  Committed  Shortfall',
      '        km  Troops  Brigades  cover   brigades     troops',
      'a-rather-long-scenario-id-for-a-drawn-line  Drawn',
      '     1,200   3,600      1..2   1..2       1..2        600',
      'miles  Seven hundred and fifty miles',
      '     1,207   3,622      1..2   1..2       1..2          -',
    ]);
  });

  it('stacks each scenario in a block when the numbers alone are too wide', () => {
    const text = formatComparisonTable([oneLine, miles], { width: 40 });
    expect(widest(text)).toBeLessThanOrEqual(40);
    expect(lines(text)).toEqual([
      'one-line: One line',
      '  Coverage km: 1,200',
      '  Troops: 3,600',
      '  Brigades: 1..2',
      '  Air cover: 1..2',
      '  Committed brigades: 1..2',
      '  Shortfall troops: 600',
      '',
      'miles: Seven hundred and fifty miles',
      '  Coverage km: 1,207',
      '  Troops: 3,622',
      '  Brigades: 1..2',
      '  Air cover: 1..2',
      '  Committed brigades: 1..2',
      '  Shortfall troops: -',
    ]);
  });

  it('fits 80 columns with long ids and titles, and sanitises them', () => {
    const long = estimate(scenario({ id: `a-very-long-scenario-id-${'x'.repeat(40)}`, title: `\u001b[2JTitle \u202E${'long '.repeat(30)}` }));
    const text = formatComparisonTable([long, miles]);
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(lines(text)).toContainEqual(expect.stringMatching(/^a-very-long-scenario-[^ ]*… +1,200 +3,600 /));
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u202E]/);
  });

  it('says so when there is nothing to compare', () => {
    expect(formatComparisonTable([])).toBe('No scenarios to compare.\n');
  });
});

describe('formatComparisonMarkdown', () => {
  it('prints a Markdown table with the caveat (golden)', () => {
    expect(formatComparisonMarkdown([oneLine, estimate(scenario({ id: 'a|b', title: 'Pipe | title' }))])).toBe(`| ID | Title | Coverage km | Troops | Brigades | Air cover | Committed brigades | Shortfall troops |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
| one-line | One line | 1,200 | 3,600 | 1..2 | 1..2 | 1..2 | 600 |
| a\\|b | Pipe \\| title | 1,200 | 3,600 | 1..2 | 1..2 | 1..2 | - |

_These are planning factors, not predictions: each figure follows from the assumptions listed._
`);
  });
});
