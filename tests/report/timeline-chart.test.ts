import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/core/index.js';
import { MIN_CHART_SIZE, timelineChart } from '../../src/report/timeline-chart.js';
import { buildScenario } from '../core/build-scenario.js';

/** 1,000 km at 3 /km (3,000 troops); A 2,000 from day 0, B 2,000 arriving on day 100..200 of 400. */
const arriving = estimate(
  buildScenario({
    sectors: [{ km: 1_000 }],
    factors: { density: 3 },
    coalition: [
      { country: 'A', troops: 2_000 },
      { country: 'B', troops: 2_000, arrives: [100, 200] },
    ],
    horizonDays: 400,
  }),
);

describe('timelineChart', () => {
  it('fills what is surely there, bands what may be, and draws the need across', () => {
    // 40 columns: 5 for "4,000", 2 for " |", 33 of plot from day 0, each 400 / 33 days; 5 rows of 800 troops
    // up to 4,000, the most ever pledged.
    const chart = timelineChart(arriving, 40, 5);
    expect(chart).toEqual([
      // 4,000 possibly there from day 100 (column 9, starting on day 109), surely from day 200 (column 17).
      '4,000 |         ++++++++################',
      // 3,000 needed, in the row from 2,400 to 3,200.
      '      |---------------------------------',
      // A's 2,000 from day 0; the middle row is labelled with its upper edge.
      '2,400 |#################################',
      '      |#################################',
      '      |#################################',
      '    0 +---------------------------------',
      '                ^       *',
      '       day 0        day 200      day 400',
    ]);
  });

  it('is null without a coalition', () => {
    expect(timelineChart(estimate(buildScenario({ sectors: [{ km: 100 }] })), 80, 10)).toBeNull();
  });

  it('keeps to its width and height whatever the figures, with dates on a fourth line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.boolean(),
        (width, height, troops, dated) => {
          const result = estimate(
            buildScenario({
              sectors: [{ km: 500 }],
              coalition: [{ country: 'A', troops, arrives: [10, 50] }],
              ...(dated ? { start: '2026-06-01' } : {}),
            }),
          );
          const chart = timelineChart(result, width, height) ?? [];
          const rows = Math.max(MIN_CHART_SIZE.height, height);
          expect(chart).toHaveLength(rows + 3 + (dated ? 1 : 0));
          for (const line of chart) expect(line.length).toBeLessThanOrEqual(Math.max(MIN_CHART_SIZE.width, width));
        },
      ),
    );
  });
});
