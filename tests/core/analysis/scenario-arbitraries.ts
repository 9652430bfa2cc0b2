/**
 * Random scenarios for the analysis properties: whole multiples of small steps
 * (thousandths of a km, tenths of a soldier per km) as a planner writes them,
 * single values and ranges, with and without sector densities and a coalition.
 */
import fc from 'fast-check';
import type { FactorName } from '../../../src/core/index.js';
import type { CapabilitySpec, ContributorSpec, ScenarioParts, SectorSpec, Value } from '../build-scenario.js';

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

/** Names a capability of a random scenario may have (air cover is always there besides). */
const CAPABILITY_NAMES = ['Air-defence battery', 'EW team', 'Mine hunter'] as const;

/** 0 to 3 capabilities, per brigade, per force or per 1 to 500 km, each needing 0 to 5 units (tenths). */
export const capabilitiesArb: fc.Arbitrary<CapabilitySpec[]> = fc
  .subarray([...CAPABILITY_NAMES])
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.record({
          name: fc.constant(name),
          per: fc.oneof(fc.constant('brigade' as const), fc.constant('force' as const), scaled(1, 500, 1)),
          need: valueOf(scaled(0, 50, 10)),
        }),
      ),
    ),
  );

/** The contributors with capability units (any of air cover and `names`), some of them a backstop, and some with no troops. */
export function withProvides(contributors: readonly ContributorSpec[], names: readonly string[]): fc.Arbitrary<ContributorSpec[]> {
  const provides = fc
    .subarray(['Air cover', ...names])
    .chain((chosen) => fc.tuple(...chosen.map((name) => fc.tuple(fc.constant(name), valueOf(fc.integer({ min: 0, max: 10 }))))))
    .map((entries) => Object.fromEntries(entries));
  const extra = fc.record({ provides, backstop: fc.boolean(), troopless: fc.boolean() });
  return fc.tuple(...contributors.map(() => extra)).map((extras) =>
    contributors.map((contributor, index): ContributorSpec => {
      const { provides: units, backstop, troopless } = extras[index] ?? { provides: {}, backstop: false, troopless: false };
      return troopless ? { country: contributor.country, provides: units, backstop } : { ...contributor, provides: units, backstop };
    }),
  );
}

/** Any scenario: 1 to 4 sectors, any factors, 0 to 3 capabilities, a coalition (providing capabilities) or none. */
export const partsArb: fc.Arbitrary<ScenarioParts> = fc
  .record({
    sectors: fc.array(sectorArb, { minLength: 1, maxLength: 4 }),
    factors: factorsArb,
    capabilities: capabilitiesArb,
    coalition: fc.option(fc.array(contributorArb, { minLength: 1, maxLength: 6 }), { nil: null }),
  })
  .chain((parts) =>
    parts.coalition === null
      ? fc.constant(parts)
      : withProvides(parts.coalition, parts.capabilities.map((capability) => capability.name)).map((coalition) => ({ ...parts, coalition })),
  );
