import fc from 'fast-check';
import { unit } from 'mathjs';
import { describe, expect, it } from 'vitest';
import {
  add, divide, estimate, FACTOR_NAMES, FACTORS, FIGURE_NAMES, figureValue, FIGURES, mapMonotone, multiply, roundUp, shortfall, sum,
  type Estimate, type FactorName, type FigureName, type Interval,
} from '../../src/core/index.js';
import { buildScenario, type ContributorSpec, type ScenarioParts, type SectorSpec, type Value } from './build-scenario.js';

// Inputs are whole multiples of a small step (thousandths of a km, tenths of a soldier
// per km) so that they read like figures a planner writes, float noise included.
const scaled = (min: number, max: number, step: number): fc.Arbitrary<number> =>
  fc.integer({ min, max }).map((n) => n / step);
const ordered = (arb: fc.Arbitrary<number>): fc.Arbitrary<readonly [number, number]> =>
  fc.tuple(arb, arb).map(([a, b]): readonly [number, number] => (a <= b ? [a, b] : [b, a]));
const valueOf = (arb: fc.Arbitrary<number>): fc.Arbitrary<Value> => fc.oneof(arb, ordered(arb));

const lengthKm = scaled(1, 5_000_000, 1_000); // 0.001 .. 5,000 km
const density = scaled(1, 2_000, 10); // 0.1 .. 200 /km
const factorValues: Record<FactorName, fc.Arbitrary<number>> = {
  density,
  brigadeSize: fc.integer({ min: 1_000, max: 8_000 }),
  airCoverPerBrigade: scaled(0, 30, 10),
  enablerShare: scaled(0, 100, 100),
  rotation: scaled(10, 50, 10),
};

const sectorArb: fc.Arbitrary<SectorSpec> = fc.record(
  { km: valueOf(lengthKm), density: valueOf(density) },
  { requiredKeys: ['km'] },
);
const contributorArb: fc.Arbitrary<ContributorSpec> = fc.oneof(
  fc.record({ country: fc.constant('troops'), troops: valueOf(fc.integer({ min: 0, max: 50_000 })) }),
  fc.record({ country: fc.constant('brigades'), brigades: valueOf(scaled(0, 40, 4)) }),
);
const partsArb: fc.Arbitrary<ScenarioParts> = fc.record({
  sectors: fc.array(sectorArb, { minLength: 1, maxLength: 4 }),
  factors: fc.record(
    Object.fromEntries(Object.entries(factorValues).map(([name, arb]) => [name, valueOf(arb)])) as Record<FactorName, fc.Arbitrary<Value>>,
    { requiredKeys: [] },
  ),
  coalition: fc.option(fc.array(contributorArb, { maxLength: 12 }), { nil: null }),
});

/** Every figure the estimate has (coalition figures only with a coalition). */
function figuresOf(result: Estimate): [FigureName, Interval][] {
  return FIGURE_NAMES.flatMap((name) => {
    const value = figureValue(result, name);
    return value === null ? [] : [[name, value] as [FigureName, Interval]];
  });
}

const isWholeAndNonNegative = (value: Interval): boolean =>
  Number.isInteger(value.min) && Number.isInteger(value.max) && value.min >= 0;

describe('every estimate', () => {
  it('has min <= max and finite, non-negative bounds for every figure', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        for (const [name, value] of figuresOf(estimate(buildScenario(parts)))) {
          expect(value.min, name).toBeLessThanOrEqual(value.max);
          expect(Number.isFinite(value.max) && value.min >= 0, name).toBe(true);
        }
      }),
    );
  });

  it('counts whole, non-negative soldiers, brigades and packages, per sector and per contributor too', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const result = estimate(buildScenario(parts));
        for (const [name, value] of figuresOf(result)) {
          if (FIGURES[name].kind === 'count') expect(isWholeAndNonNegative(value), name).toBe(true);
        }
        for (const sector of result.sectors) expect(isWholeAndNonNegative(sector.troops), sector.name).toBe(true);
        for (const contributor of result.coalition?.contributors ?? []) {
          expect(isWholeAndNonNegative(contributor.troops), contributor.country).toBe(true);
        }
      }),
    );
  });
});

/** How a figure moves when an input grows: 'up' (never down), 'down' (never up), or 'same'. */
type Direction = 'up' | 'down' | 'same';

function expectMoves(before: Estimate, after: Estimate, directions: Partial<Record<FigureName, Direction>>): void {
  for (const [name, direction] of Object.entries(directions) as [FigureName, Direction][]) {
    const was = figureValue(before, name);
    const is = figureValue(after, name);
    if (was === null || is === null) continue;
    for (const bound of ['min', 'max'] as const) {
      const label = `${name}.${bound} ${direction}`;
      if (direction === 'up') expect(is[bound], label).toBeGreaterThanOrEqual(was[bound]);
      if (direction === 'down') expect(is[bound], label).toBeLessThanOrEqual(was[bound]);
      if (direction === 'same') expect(is[bound], label).toBe(was[bound]);
    }
  }
}

const NEED_GROWS: Partial<Record<FigureName, Direction>> = {
  troops: 'up', brigades: 'up', airCover: 'up', enablers: 'up', deployedTroops: 'up',
  committedTroops: 'up', committedBrigades: 'up', shortfallTroops: 'up', pledgedTroops: 'same',
};

const grow = (value: Value, by: number): Value =>
  typeof value === 'number' ? value + by : [value[0] + by, value[1] + by];

describe('monotone (non-decreasing) in what the line asks for', () => {
  it('in a sector length', () => {
    fc.assert(
      fc.property(partsArb, fc.nat(), lengthKm, (parts, pick, extraKm) => {
        const index = pick % parts.sectors.length;
        const longer: ScenarioParts = {
          ...parts,
          sectors: parts.sectors.map((sector, i) => (i === index ? { ...sector, km: grow(sector.km, extraKm) } : sector)),
        };
        // The line density (and the km per brigade or pledge at it) moves either way: a longer quiet sector lowers it, a longer hot spot raises it.
        expectMoves(estimate(buildScenario(parts)), estimate(buildScenario(longer)), { ...NEED_GROWS, coverageKm: 'up', pledgedDensity: 'down' });
      }),
    );
  });

  it('in the scenario density', () => {
    fc.assert(
      fc.property(partsArb, valueOf(density), density, (parts, base, extra) => {
        const at = (value: Value): Estimate => estimate(buildScenario({ ...parts, factors: { ...parts.factors, density: value } }));
        expectMoves(at(base), at(grow(base, extra)), {
          ...NEED_GROWS, coverageKm: 'same', pledgedDensity: 'same', lineDensity: 'up', brigadeCoverageKm: 'down', pledgedCoverageKm: 'down',
        });
      }),
    );
  });

  it('in a sector density', () => {
    fc.assert(
      fc.property(partsArb, fc.nat(), valueOf(density), density, (parts, pick, base, extra) => {
        const index = pick % parts.sectors.length;
        const at = (value: Value): Estimate => estimate(buildScenario({
          ...parts,
          sectors: parts.sectors.map((sector, i) => (i === index ? { ...sector, density: value } : sector)),
        }));
        expectMoves(at(base), at(grow(base, extra)), {
          ...NEED_GROWS, coverageKm: 'same', pledgedDensity: 'same', lineDensity: 'up', brigadeCoverageKm: 'down', pledgedCoverageKm: 'down',
        });
      }),
    );
  });
});

describe('the line density', () => {
  it('lies between the least and the greatest density of its sectors, and is troops over length at each end where lengths are certain', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const result = estimate(buildScenario(parts));
        const densities = result.sectors.map((sector) => sector.density);
        const { lineDensity, coverageKm } = result.figures;
        expect(lineDensity.min).toBeGreaterThanOrEqual(Math.min(...densities.map((density) => density.min)) * (1 - 1e-12));
        expect(lineDensity.max).toBeLessThanOrEqual(Math.max(...densities.map((density) => density.max)) * (1 + 1e-12));
        if (coverageKm.min === coverageKm.max) {
          // Unrounded troops: the sector troops summed before the round-up, at the low and high ends of every density.
          const exact = (end: 'min' | 'max') => result.sectors.reduce((total, sector) => total + sector.lengthKm[end] * sector.density[end], 0);
          expect(lineDensity.min).toBeCloseTo(exact('min') / coverageKm.min, 9);
          expect(lineDensity.max).toBeCloseTo(exact('max') / coverageKm.max, 9);
        }
      }),
    );
  });
});

describe('km and mi give the same answer', () => {
  const KM_PER_MI = 1.609344;

  it('whether the km come from mi x 1.609344, from mathjs, or are written out exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), density, (thousandthsOfMile, perKm) => {
        const mi = thousandthsOfMile / 1_000;
        const kms = [
          mi * KM_PER_MI,
          unit(mi, 'mi').toNumber('km'),
          Number(`${BigInt(thousandthsOfMile) * 1_609_344n}e-9`), // the exact decimal, read once
        ];
        const [reference, ...others] = kms.map((km) => estimate(buildScenario({
          sectors: [{ km }],
          factors: { density: perKm },
          coalition: [{ country: 'A', troops: 10_000 }],
        })));
        for (const other of others) {
          for (const [name, value] of figuresOf(reference!)) {
            const actual = figureValue(other, name)!;
            if (FIGURES[name].kind === 'count') {
              expect(actual, name).toEqual(value);
            } else {
              expect(actual.min, name).toBeCloseTo(value.min, 6);
              expect(actual.max, name).toBeCloseTo(value.max, 6);
            }
          }
        }
      }),
    );
  });
});

describe('roundUp agrees with exact integer arithmetic', () => {
  const ceilDiv = (numerator: bigint, denominator: bigint): number => Number((numerator + denominator - 1n) / denominator);

  it('for whole km at a density p/q (up to 40 million soldiers, where the 1e-9 tolerance is below 1/q)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 20 }), (km, p, q) => {
        const exact = ceilDiv(BigInt(km) * BigInt(p), BigInt(q));
        expect(roundUp(km * (p / q))).toBe(exact);
        expect(estimate(buildScenario({ sectors: [{ km }], factors: { density: p / q } })).figures.troops.min).toBe(exact);
      }),
    );
  });

  it('for km with three decimals (8.3 km x 30 /km and the like)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 8 }), (metres, p, q) => {
        const exact = ceilDiv(BigInt(metres) * BigInt(p), 1_000n * BigInt(q));
        expect(roundUp((metres / 1_000) * (p / q))).toBe(exact);
      }),
    );
  });
});

describe('interval operations contain every pointwise result', () => {
  /** An interval of whole numbers and a point inside it. */
  const withPoint = (min: number, max: number): fc.Arbitrary<{ range: Interval; at: number }> =>
    fc.array(fc.integer({ min, max }), { minLength: 3, maxLength: 3 }).map((values) => {
      const [low, at, high] = [...values].sort((a, b) => a - b) as [number, number, number];
      return { range: { min: low, max: high }, at };
    });
  const inside = (value: number, range: Interval): boolean => range.min <= value && value <= range.max;
  const operand = withPoint(0, 1_000_000);
  const divisor = withPoint(1, 10_000);

  it.each<readonly [string, (a: Interval, b: Interval) => Interval, (a: number, b: number) => number, typeof operand]>([
    ['add', add, (a, b) => a + b, operand],
    ['multiply', multiply, (a, b) => a * b, operand],
    ['divide', divide, (a, b) => a / b, divisor],
    ['shortfall', shortfall, (a, b) => Math.max(0, a - b), operand],
  ])('%s', (_name, operation, pointwise, second) => {
    fc.assert(
      fc.property(operand, second, (a, b) => {
        expect(inside(pointwise(a.at, b.at), operation(a.range, b.range))).toBe(true);
      }),
    );
  });

  it('sum', () => {
    fc.assert(
      fc.property(fc.array(operand, { maxLength: 6 }), (terms) => {
        const total = terms.reduce((acc, term) => acc + term.at, 0);
        expect(inside(total, sum(terms.map((term) => term.range)))).toBe(true);
      }),
    );
  });

  it('mapMonotone with roundUp', () => {
    fc.assert(
      fc.property(withPoint(0, 10_000_000), (a) => {
        const tenths = (n: number): number => n / 10;
        const range = { min: tenths(a.range.min), max: tenths(a.range.max) };
        expect(inside(roundUp(tenths(a.at)), mapMonotone(range, roundUp))).toBe(true);
      }),
    );
  });

  it('the whole estimate: a scenario picked inside a ranged one lands inside its figures', () => {
    const pickArb = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 64, maxLength: 64 });
    fc.assert(
      fc.property(partsArb, pickArb, (parts, picks) => {
        let next = 0;
        const pick = (value: Value): number => {
          if (typeof value === 'number') return value;
          const t = picks[next++ % picks.length] ?? 0;
          return Math.min(value[1], Math.max(value[0], value[0] + t * (value[1] - value[0])));
        };
        const pointParts: ScenarioParts = {
          sectors: parts.sectors.map((sector) => ({ km: pick(sector.km), ...(sector.density === undefined ? {} : { density: pick(sector.density) }) })),
          // Every factor, the preset's included, so that the picked scenario has no range left.
          factors: Object.fromEntries(FACTOR_NAMES.map((name) => {
            const preset = FACTORS[name].defaultValue;
            return [name, pick(parts.factors?.[name] ?? [preset.min, preset.max])];
          })),
          coalition: parts.coalition?.map((c): ContributorSpec =>
            'troops' in c ? { country: c.country, troops: Math.round(pick(c.troops)) } : 'brigades' in c ? { country: c.country, brigades: pick(c.brigades) } : c) ?? null,
        };
        const ranged = estimate(buildScenario(parts));
        const pointwise = estimate(buildScenario(pointParts));
        for (const [name, value] of figuresOf(pointwise)) {
          const range = figureValue(ranged, name)!;
          expect(value.min, name).toBe(value.max);
          expect(inside(value.min, range), `${name} ${value.min} in [${range.min}, ${range.max}]`).toBe(true);
        }
      }),
    );
  });
});
