/**
 * Random scenarios for property tests of the simulation: every input a single
 * value, a plain range or a distribution (uniform, triangular, PERT, normal)
 * over a range, with figures a planner might write (thousandths of a km,
 * tenths of a soldier per km), whole where the model counts whole things.
 */
import fc from 'fast-check';
import {
  shiftUncertain,
  uncertain,
  type Capability,
  type CapabilityPer,
  type Contributor,
  type FactorName,
  type FactorSettings,
  type Scenario,
  type Sector,
  type Uncertain,
} from '../../../src/core/index.js';

const scaled = (min: number, max: number, step: number): fc.Arbitrary<number> => fc.integer({ min, max }).map((n) => n / step);

/** A value over numbers from `arb`: single, a range, or a distribution over a range. */
export function uncertainArb(arb: fc.Arbitrary<number>, whole = false): fc.Arbitrary<Uncertain> {
  const ordered = fc
    .tuple(arb, arb)
    .filter(([a, b]) => a !== b)
    .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]));
  const fraction = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
  const mode = (low: number, high: number, at: number): number => (whole ? Math.round(low + at * (high - low)) : low + at * (high - low));
  return fc.oneof(
    arb.map((value): Uncertain => ({ min: value, max: value })),
    ordered.map(([min, max]): Uncertain => ({ min, max })),
    ordered.map(([low, high]) => uncertain({ kind: 'uniform', low, high })),
    fc.tuple(ordered, fraction).map(([[low, high], at]) => uncertain({ kind: 'triangular', low, mode: mode(low, high, at), high })),
    fc.tuple(ordered, fraction).map(([[low, high], at]) => uncertain({ kind: 'pert', low, mode: mode(low, high, at), high })),
    ordered
      .filter(([low, high]) => !whole || high - low >= 6)
      .map(([low, high]) => {
        // mean +/- 3 sd spans [low, high]; whole inputs keep a whole mean and sd, as the loader requires.
        const sd = whole ? Math.floor((high - low) / 6) : (high - low) / 6;
        return uncertain({ kind: 'normal', mean: whole ? low + 3 * sd : (low + high) / 2, sd });
      }),
  );
}

const FACTOR_VALUES: Record<FactorName, fc.Arbitrary<Uncertain>> = {
  density: uncertainArb(scaled(1, 2_000, 10)),
  brigadeSize: uncertainArb(fc.integer({ min: 1_000, max: 8_000 }), true),
  airCoverPerBrigade: uncertainArb(scaled(0, 30, 10)),
  enablerShare: uncertainArb(scaled(0, 100, 100)),
  rotation: uncertainArb(scaled(10, 50, 10)),
};

const sectorArb: fc.Arbitrary<Sector> = fc
  .record({ lengthKm: uncertainArb(scaled(1, 5_000_000, 1_000)), density: fc.option(uncertainArb(scaled(1, 2_000, 10)), { nil: undefined }) })
  .map(({ lengthKm, density }): Sector => (density === undefined ? { name: 'sector', lengthKm } : { name: 'sector', lengthKm, density }));

const pledgeArb: fc.Arbitrary<Contributor> = fc.oneof(
  uncertainArb(fc.integer({ min: 0, max: 50_000 }), true).map((troops): Contributor => ({ country: 'troops', pledge: { kind: 'troops', troops } })),
  uncertainArb(scaled(0, 40, 4)).map((brigades): Contributor => ({ country: 'brigades', pledge: { kind: 'brigades', brigades } })),
);

const perArb: fc.Arbitrary<CapabilityPer> = fc.oneof(
  fc.constant<CapabilityPer>({ kind: 'brigade' }),
  fc.constant<CapabilityPer>({ kind: 'force' }),
  scaled(1, 500, 1).map((km): CapabilityPer => ({ kind: 'length', km })),
);

/** 0 to 3 capabilities with uncertain needs (0 to 5 units, tenths). */
const capabilitiesArb: fc.Arbitrary<Capability[]> = fc
  .subarray(['Air-defence battery', 'EW team', 'Mine hunter'])
  .chain((names) =>
    fc.tuple(...names.map((name) => fc.record({ name: fc.constant(name), per: perArb, need: uncertainArb(scaled(0, 50, 10)), source: fc.constant(null) }))),
  );

/** Each contributor with capability units (air cover or any of `names`), some a backstop, some with no troops. */
function withProvides(contributors: readonly Contributor[], names: readonly string[]): fc.Arbitrary<Contributor[]> {
  const provides = fc
    .subarray(['Air cover', ...names])
    .chain((chosen) => fc.tuple(...chosen.map((capability) => fc.record({ capability: fc.constant(capability), units: uncertainArb(fc.integer({ min: 0, max: 12 }), true) }))));
  const extra = fc.record({ provides, backstop: fc.boolean(), troopless: fc.boolean() });
  return fc.tuple(...contributors.map(() => extra)).map((extras) =>
    contributors.map((contributor, index): Contributor => {
      const { provides: units = [], backstop = false, troopless = false } = extras[index] ?? {};
      return { ...contributor, pledge: troopless ? { kind: 'none' } : contributor.pledge, provides: units, backstop };
    }),
  );
}
/**
 * When a contributor is there, each part optional: an arrival in days (tenths), a departure some days after
 * its latest arrival (as the loader requires), a tour of 1 to 200 days.
 */
const scheduleArb = fc.record(
  {
    arrives: uncertainArb(scaled(0, 5_000, 10)),
    gap: uncertainArb(scaled(1, 5_000, 10)),
    tour: uncertainArb(scaled(10, 2_000, 10)),
  },
  { requiredKeys: [] },
);

const contributorArb: fc.Arbitrary<Contributor> = fc.tuple(pledgeArb, scheduleArb).map(([contributor, { arrives, gap, tour }]) => ({
  ...contributor,
  ...(arrives === undefined ? {} : { arrives }),
  ...(gap === undefined ? {} : { leaves: shiftUncertain(gap, arrives?.max ?? 0) }),
  ...(tour === undefined ? {} : { tour }),
}));

/** A validated scenario as the loader would hand it to the core, its inputs uncertain in every way. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    factors: fc.record(FACTOR_VALUES, { requiredKeys: [] }),
    sectors: fc.array(sectorArb, { minLength: 1, maxLength: 4 }),
    capabilities: capabilitiesArb,
    coalition: fc.option(fc.array(contributorArb, { maxLength: 6 }), { nil: null }),
    horizonDays: fc.option(fc.integer({ min: 1, max: 800 }), { nil: undefined }),
  })
  .chain((parts) =>
    parts.coalition === null
      ? fc.constant({ ...parts, coalition: null as Contributor[] | null })
      : withProvides(parts.coalition, parts.capabilities.map((capability) => capability.name)).map((coalition): typeof parts & { coalition: Contributor[] | null } => ({ ...parts, coalition })),
  )
  .map(({ factors, sectors, capabilities, coalition, horizonDays }) => ({
    ...(horizonDays === undefined ? {} : { horizonDays }),
    id: 'random',
    title: 'Random scenario',
    description: '',
    sources: [],
    factors: factors as FactorSettings,
    sectors: sectors.map((sector, index) => ({ ...sector, name: `sector ${index + 1}` })),
    capabilities,
    coalition,
    expect: [],
  }));
