// Why the sectors' rows can add up to more than the line troops: each row is rounded up on its
// own, the line troops once. Hand-worked cases, then the invariants over random scenarios.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, sectorRounding } from '../../src/core/index.js';
import { buildScenario, type SectorSpec, type Value } from './build-scenario.js';

const rounding = (sectors: readonly SectorSpec[], density?: Value) =>
  sectorRounding(estimate(buildScenario({ sectors, factors: density === undefined ? {} : { density } })));

describe('sectorRounding', () => {
  it.each<[string, SectorSpec[], { rows: [number, number]; troops: [number, number]; exceeds: boolean }]>([
    // northern-border: 1,084.2 x 3 = 3,252.6 -> 3,253; 1,974.04 x 3 = 5,922.12 -> 5,923; 9,174.72 -> 9,175.
    ['the northern border: one more in the rows', [{ km: 1_084.2 }, { km: 1_974.04 }], { rows: [9_176, 9_176], troops: [9_175, 9_175], exceeds: true }],
    // 0.5 + 0.5 -> 1 + 1 = 2 rows, 1 in all.
    ['two half soldiers', [{ km: 0.5, density: 1 }, { km: 0.5, density: 1 }], { rows: [2, 2], troops: [1, 1], exceeds: true }],
    // Whole soldiers in every row: nothing to round.
    ['whole rows', [{ km: 1_000 }, { km: 200, density: 20 }], { rows: [7_000, 7_000], troops: [7_000, 7_000], exceeds: false }],
    // One sector: its row is the total.
    ['one sector', [{ km: 1_084.2 }], { rows: [3_253, 3_253], troops: [3_253, 3_253], exceeds: false }],
    // 100.1..100.5 km at 3 /km twice: rows 301..302 each, 602..604; sums 600.6..603 -> 601..603. More at either bound is more.
    ['a range: more at the low bound only', [{ km: [100.1, 100.5] }, { km: [100.1, 100.5] }], { rows: [602, 604], troops: [601, 603], exceeds: true }],
  ])('%s', (_, sectors, expected) => {
    expect(rounding(sectors, 3)).toEqual({
      rowsTroops: { min: expected.rows[0], max: expected.rows[1] },
      troops: { min: expected.troops[0], max: expected.troops[1] },
      rowsExceedTroops: expected.exceeds,
    });
  });
});

describe('sectorRounding: invariants', () => {
  const value = (arb: fc.Arbitrary<number>): fc.Arbitrary<Value> =>
    fc.oneof(arb, fc.tuple(arb, arb).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])));
  const sectors = fc.array(
    fc.record({ km: value(fc.integer({ min: 1, max: 5_000_000 }).map((n) => n / 1_000)), density: value(fc.integer({ min: 1, max: 2_000 }).map((n) => n / 10)) }),
    { minLength: 1, maxLength: 8 },
  );

  it('the rows never add up to less than the line troops, nor to as many more as there are sectors', () => {
    fc.assert(
      fc.property(sectors, (specs) => {
        const { rowsTroops, troops, rowsExceedTroops } = rounding(specs);
        for (const bound of ['min', 'max'] as const) {
          const excess = rowsTroops[bound] - troops[bound];
          expect(excess).toBeGreaterThanOrEqual(0);
          expect(excess).toBeLessThanOrEqual(specs.length - 1);
        }
        expect(rowsExceedTroops).toBe(rowsTroops.min > troops.min || rowsTroops.max > troops.max);
      }),
    );
  });

  it('a single sector never exceeds its total', () => {
    fc.assert(
      fc.property(sectors, (specs) => {
        expect(rounding(specs.slice(0, 1)).rowsExceedTroops).toBe(false);
      }),
    );
  });
});
