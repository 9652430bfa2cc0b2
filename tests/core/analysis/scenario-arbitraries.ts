/**
 * Random scenarios for the analysis properties: whole multiples of small steps
 * (thousandths of a km, tenths of a soldier per km) as a planner writes them,
 * single values and ranges, with and without sector densities and a coalition.
 */
import fc from 'fast-check';
import type { FactorName } from '../../../src/core/index.js';
import type { ContributorSpec, ScenarioParts, SectorSpec, Value } from '../build-scenario.js';

const scaled = (min: number, max: number, step: number): fc.Arbitrary<number> => fc.integer({ min, max }).map((n) => n / step);
const ordered = (arb: fc.Arbitrary<number>): fc.Arbitrary<readonly [number, number]> =>
  fc.tuple(arb, arb).map(([a, b]): readonly [number, number] => (a <= b ? [a, b] : [b, a]));
export const valueOf = (arb: fc.Arbitrary<number>): fc.Arbitrary<Value> => fc.oneof(arb, ordered(arb));

export const lengthKm = scaled(1, 5_000_000, 1_000); // 0.001 .. 5,000 km
export const density = scaled(1, 2_000, 10); // 0.1 .. 200 /km
export const brigadeSize = fc.integer({ min: 1_000, max: 8_000 });
export const factorValues: Record<FactorName, fc.Arbitrary<number>> = {
  density,
  brigadeSize,
  airCoverPerBrigade: scaled(0, 30, 10),
  enablerShare: scaled(0, 100, 100),
  rotation: scaled(10, 50, 10),
};

const sectorArb: fc.Arbitrary<SectorSpec> = fc.record({ km: valueOf(lengthKm), density: valueOf(density) }, { requiredKeys: ['km'] });
const contributorArb: fc.Arbitrary<ContributorSpec> = fc.oneof(
  fc.record({ country: fc.constant('troops'), troops: valueOf(fc.integer({ min: 0, max: 50_000 })) }),
  fc.record({ country: fc.constant('brigades'), brigades: valueOf(scaled(0, 40, 4)) }),
);
const factorsArb = fc.record(
  Object.fromEntries(Object.entries(factorValues).map(([name, arb]) => [name, valueOf(arb)])) as Record<FactorName, fc.Arbitrary<Value>>,
  { requiredKeys: [] },
);

/** Any scenario: 1 to 4 sectors, any factors, a coalition or none. */
export const partsArb: fc.Arbitrary<ScenarioParts> = fc.record({
  sectors: fc.array(sectorArb, { minLength: 1, maxLength: 4 }),
  factors: factorsArb,
  coalition: fc.option(fc.array(contributorArb, { minLength: 1, maxLength: 6 }), { nil: null }),
});
