import { describe, expect, it } from 'vitest';
import { estimate, FIGURE_NAMES, FIGURES, interval } from '../../src/core/index.js';
import { formatComparisonMarkdown, formatComparisonTable } from '../../src/report/comparison.js';
import { pledgeTroops, scenario, sector } from './scenario-builder.js';

const lines = (text: string): string[] => text.trimEnd().split('\n');
const widest = (text: string): number => Math.max(...lines(text).map((line) => [...line].length));

// docs/model.md's worked examples: 1,200 km at 3 /km (troops 3,600, brigades 1..2)
// and 750 mi = 1,207.008 km at 3 /km (troops 3,622, brigades 1..2). Norway's
// 3,000 leave a shortfall of 600; the second scenario has no coalition ("-").
const oneLine = estimate(scenario({ coalition: [pledgeTroops('Norway', 3_000)] }));
const miles = estimate(scenario({ id: 'miles', title: 'Seven hundred and fifty miles', sectors: [sector('Border', 1_207.008)] }));
const wide = estimate(scenario({ id: 'wide', title: 'Wide ranges', factors: { density: interval(3, 20) }, coalition: [pledgeTroops('Norway', 3_000)] }));

describe('formatComparisonTable', () => {
  it('puts every figure a row and every scenario a column, the factors under them, the difference of two, the titles in a key (golden)', () => {
    expect(formatComparisonTable([oneLine, miles])).toBe(`Figure              Unit             one-line            miles     Difference
Coverage length     km                  1,200         1,207.01  +7.01 (+0.6%)
Line troops         troops              3,600            3,622    +22 (+0.6%)
Line density        /km                     3                3              0
Brigades            brigades             1..2             1..2              0
Brigade coverage    km        1,000..1,666.67  1,000..1,666.67              0
Air cover           packages             1..2             1..2              0
Enablers            troops                  0                0              0
Deployed troops     troops              3,600            3,622    +22 (+0.6%)
Committed troops    troops              3,600            3,622    +22 (+0.6%)
Committed brigades  brigades             1..2             1..2              0
Pledged troops      troops              3,000                -              -
Pledged coverage    km                  1,000                -              -
Pledged density     /km                   2.5                -              -
Shortfall           troops                600                -              -
Rotated troops      troops              3,000                -              -
Air cover
  Need              packages             1..2             1..2              0
  Pledged           packages                0                -              -
  Shortfall         packages             1..2                -              -
  Without backstop  packages             1..2                -              -

Factor                 Unit          one-line         miles  Difference
Density                /km                  3             3           0
Brigade size           troops    3,000..5,000  3,000..5,000           0
Air cover per brigade  packages             1             1           0
Enabler share                              0%            0%           0
Rotation                                   1x            1x           0

Difference: miles - one-line, the low bounds and the high bounds apart, then
that change as a share of one-line (a share's change in percentage points, pp).

one-line  One line
miles     Seven hundred and fifty miles

These are planning factors, not predictions: each figure follows from the
assumptions listed.
`);
  });

  it('has a row for every figure of the figure table, in its order', () => {
    const labels = lines(formatComparisonTable([oneLine]))
      .slice(1, 1 + FIGURE_NAMES.length)
      .map((line) => line.slice(0, 20).trimEnd());
    expect(labels).toEqual(FIGURE_NAMES.map((name) => FIGURES[name].label));
  });

  it('goes on in blocks of the same rows when the scenarios do not fit side by side, an id breaking after its hyphens', () => {
    const longId = estimate(scenario({ id: 'a-rather-long-scenario-id-for-a-drawn-line', title: 'Drawn', coalition: [pledgeTroops('Norway', 3_000)] }));
    const text = formatComparisonTable([longId, wide, miles], { width: 60 });
    expect(widest(text)).toBeLessThanOrEqual(60);
    const blocks = text.trimEnd().split('\n\n');
    // Two blocks of figures (longId and wide, then miles), two of factors (longId, then wide and miles: the labels are wider), the key and the caveat.
    expect(blocks).toHaveLength(6);
    expect(lines(blocks[0] ?? '').slice(0, 4)).toEqual([
      '                               a-rather-long-',
      '                                 scenario-id-',
      '                                 for-a-drawn-',
      'Figure              Unit                 line           wide',
    ]);
    // 1,200 km at 3..20 /km: 3,600..24,000 troops, a shortfall of 600..21,000 against 3,000.
    expect(blocks[0]).toMatch(/\nLine troops +troops +3,600 +3,600\.\.24,000\n/);
    expect(blocks[0]).toMatch(/\nShortfall +troops +600 +600\.\.21,000\nRotated troops +troops +3,000 +3,000\n/);
    // Air cover under its name: 1..2 and 1..8 packages for as many brigades, none pledged.
    expect(blocks[0]).toMatch(/\nAir cover\n {2}Need +packages +1\.\.2 +1\.\.8\n/);
    expect(blocks[0]).toMatch(/\n {2}Without backstop +packages +1\.\.2 +1\.\.8$/);
    expect(lines(blocks[1] ?? '')[0]).toBe('Figure              Unit                miles');
    // Titles too long for the room beside the ids wrap under themselves.
    expect(blocks.slice(2, 4).map((block) => lines(block).find((line) => line.startsWith('Density')))).toEqual([
      'Density                /km                    3',
      'Density                /km              3..20             3',
    ]);
    expect(lines(blocks[4] ?? '')).toEqual([
      'a-rather-long-scenario-id-for-a-drawn-line  Drawn',
      'wide                                        Wide ranges',
      'miles                                       Seven hundred',
      '                                            and fifty miles',
    ]);
  });

  it('keeps every scenario in one block where they fit side by side', () => {
    const text = formatComparisonTable([oneLine, wide, miles], { width: 100 });
    expect(widest(text)).toBeLessThanOrEqual(100);
    expect(lines(text)[0]).toMatch(/^Figure +Unit +one-line +wide +miles$/);
  });

  it('fits 80 columns with long ids and titles, and sanitises them', () => {
    const long = estimate(scenario({ id: `a-very-long-scenario-id-${'x'.repeat(40)}`, title: `\u001b[2JTitle \u202E${'long '.repeat(30)}` }));
    const text = formatComparisonTable([long, miles]);
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text).toMatch(/\nLine troops +troops +3,600 +3,622 +\+22 \(\+0\.6%\)\n/);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u202E]/);
  });

  it('says so when there is nothing to compare', () => {
    expect(formatComparisonTable([])).toBe('No scenarios to compare.\n');
  });
});

describe('formatComparisonMarkdown', () => {
  it('prints a Markdown table of every figure, the titles and the caveat (golden)', () => {
    expect(formatComparisonMarkdown([oneLine, estimate(scenario({ id: 'a|b', title: 'Pipe | title' }))])).toBe(`| Figure | Unit | one-line | a\\|b | Difference |
| --- | --- | ---: | ---: | ---: |
| Coverage length | km | 1,200 | 1,200 | 0 |
| Line troops | troops | 3,600 | 3,600 | 0 |
| Line density | /km | 3 | 3 | 0 |
| Brigades | brigades | 1..2 | 1..2 | 0 |
| Brigade coverage | km | 1,000..1,666.67 | 1,000..1,666.67 | 0 |
| Air cover | packages | 1..2 | 1..2 | 0 |
| Enablers | troops | 0 | 0 | 0 |
| Deployed troops | troops | 3,600 | 3,600 | 0 |
| Committed troops | troops | 3,600 | 3,600 | 0 |
| Committed brigades | brigades | 1..2 | 1..2 | 0 |
| Pledged troops | troops | 3,000 | - | - |
| Pledged coverage | km | 1,000 | - | - |
| Pledged density | /km | 2.5 | - | - |
| Shortfall | troops | 600 | - | - |
| Rotated troops | troops | 3,000 | - | - |
| Air cover |  |  |  |  |
|   Need | packages | 1..2 | 1..2 | 0 |
|   Pledged | packages | 0 | - | - |
|   Shortfall | packages | 1..2 | - | - |
|   Without backstop | packages | 1..2 | - | - |

| Factor | Unit | one-line | a\\|b | Difference |
| --- | --- | ---: | ---: | ---: |
| Density | /km | 3 | 3 | 0 |
| Brigade size | troops | 3,000..5,000 | 3,000..5,000 | 0 |
| Air cover per brigade | packages | 1 | 1 | 0 |
| Enabler share |  | 0% | 0% | 0 |
| Rotation |  | 1x | 1x | 0 |

Difference: a\\|b - one-line, the low bounds and the high bounds apart, then that change as a share of one-line (a share's change in percentage points, pp).

- **one-line**: One line
- **a\\|b**: Pipe \\| title

_These are planning factors, not predictions: each figure follows from the assumptions listed._
`);
  });
});
