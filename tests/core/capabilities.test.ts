// The capability ledger (docs/model.md, "Capabilities"): each capability's need, what is pledged, and
// what is missing with and without the backstop, as intervals with exact bounds.
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import {
  AIR_COVER,
  CAPABILITY_FIGURE_NAMES,
  capabilityFigureValue,
  capabilityIndex,
  estimate,
  FACTORS,
  type CapabilityEstimate,
  type CapabilityFigureName,
  type Estimate,
  type FactorName,
} from '../../src/core/index.js';
import { buildScenario, toInterval, type ContributorSpec, type ScenarioParts, type Value } from './build-scenario.js';
import { partsArb } from './analysis/scenario-arbitraries.js';

/** Expected figures of each named capability: any of need, pledged, shortfall, shortfallWithoutBackstop. */
type ExpectedCapabilities = Readonly<Record<string, Partial<Record<CapabilityFigureName, Value | null>>>>;

/** Estimates the scenario and checks the named figures of the named capabilities; returns the estimate. */
function expectCapabilities(parts: ScenarioParts, expected: ExpectedCapabilities): Estimate {
  const result = estimate(buildScenario(parts));
  for (const [name, figures] of Object.entries(expected)) {
    const capability = result.capabilities.find((candidate) => candidate.name === name);
    expect(capability, `${name} is missing`).toBeDefined();
    if (capability === undefined) continue;
    for (const [figure, value] of Object.entries(figures)) {
      const actual = capabilityFigureValue(capability, figure as CapabilityFigureName);
      expect(actual, `${name} ${figure}`).toEqual(value === null ? null : toInterval(value));
    }
  }
  return result;
}

// 1,200 km at 3 /km: 3,600 troops, 1..2 brigades of 3,000..5,000, air cover 1..2.
const LINE = { sectors: [{ km: 1_200 }] } as const;

describe('need', () => {
  test.each<[string, ScenarioParts, ExpectedCapabilities]>([
    ['air cover is the figure airCover: brigades x air cover per brigade', LINE, { [AIR_COVER]: { need: [1, 2] } }],
    ['air cover per brigade 1.5: ceil(1 x 1.5) .. ceil(2 x 1.5)', { ...LINE, factors: { airCoverPerBrigade: 1.5 } }, { [AIR_COVER]: { need: [2, 3] } }],
    ['per brigade: ceil(brigades x need), 1..2 brigades x 1..2', { ...LINE, capabilities: [{ name: 'AD', per: 'brigade', need: [1, 2] }] }, { AD: { need: [1, 4] } }],
    ['per brigade, half a unit each: ceil(0.5) and ceil(1)', { ...LINE, capabilities: [{ name: 'AD', per: 'brigade', need: 0.5 }] }, { AD: { need: 1 } }],
    ['per 100 km: ceil(1,200 / 100 x 1)', { ...LINE, capabilities: [{ name: 'EW', per: 100, need: 1 }] }, { EW: { need: 12 } }],
    ['per 500 km: ceil(2.4) = 3', { ...LINE, capabilities: [{ name: 'EW', per: 500, need: 1 }] }, { EW: { need: 3 } }],
    ['per length, the length a range: ceil(1,000..1,500 / 100 x 1..2)', { sectors: [{ km: [1_000, 1_500] }], capabilities: [{ name: 'EW', per: 100, need: [1, 2] }] }, { EW: { need: [10, 30] } }],
    ['per length over every sector: 1,000 + 200 km', { sectors: [{ km: 1_000 }, { km: 200, density: 20 }], capabilities: [{ name: 'EW', per: 100, need: 1 }] }, { EW: { need: 12 } }],
    ['per 10 km at 0.1 over 300 km: 3, not 4 (30 x 0.1 is 3.0000000000000004 in floating point)', { sectors: [{ km: 300 }], capabilities: [{ name: 'EW', per: 10, need: 0.1 }] }, { EW: { need: 3 } }],
    ['per force: ceil(need)', { ...LINE, capabilities: [{ name: 'Naval', per: 'force', need: [2, 3] }] }, { Naval: { need: [2, 3] } }],
    ['per force, a fraction: ceil(1.5) = 2', { ...LINE, capabilities: [{ name: 'Naval', per: 'force', need: 1.5 }] }, { Naval: { need: 2 } }],
    ['need 0: none needed', { ...LINE, capabilities: [{ name: 'AD', per: 'brigade', need: 0 }] }, { AD: { need: 0 } }],
  ])('%s', (_title, parts, expected) => {
    expectCapabilities(parts, expected);
  });

  it('lists air cover first, then the scenario\'s capabilities in file order, each with its per, need per unit, formula and source', () => {
    const result = estimate(
      buildScenario({
        ...LINE,
        capabilities: [
          { name: 'Naval', per: 'force', need: 2, source: 'illustrative' },
          { name: 'AD', per: 'brigade', need: [1, 2] },
          { name: 'EW', per: 100, need: 1 },
        ],
      }),
    );
    expect(result.capabilities.map((capability) => [capability.name, capability.per, capability.needPer, capability.unit, capability.source])).toEqual([
      [AIR_COVER, { kind: 'brigade' }, { min: 1, max: 1 }, 'packages', FACTORS.airCoverPerBrigade.defaultSource],
      ['Naval', { kind: 'force' }, { min: 2, max: 2 }, 'units', 'illustrative'],
      ['AD', { kind: 'brigade' }, { min: 1, max: 2 }, 'units', null],
      ['EW', { kind: 'length', km: 100 }, { min: 1, max: 1 }, 'units', null],
    ]);
    expect(result.capabilities.map((capability) => capability.formula)).toEqual([
      'round up (brigades x air cover per brigade)',
      'round up (need for the force)',
      'round up (brigades x need per brigade)',
      'round up (coverage length / 100 km x need per 100 km)',
    ]);
  });

  it('takes air cover\'s need per brigade and its source from the factor, as the scenario or the planner sets it', () => {
    const result = estimate(buildScenario({ ...LINE, factors: { airCoverPerBrigade: 2 } }), { overrides: { airCoverPerBrigade: { min: 3, max: 3 } }, overrideSource: '--set' });
    const airCover = result.capabilities[0];
    expect([airCover?.needPer, airCover?.source, airCover?.figures.need]).toEqual([{ min: 3, max: 3 }, '--set', { min: 3, max: 6 }]);
  });
});

describe('pledged and shortfalls', () => {
  const coalition: ContributorSpec[] = [
    { country: 'France', brigades: 1, provides: { [AIR_COVER]: 1, AD: 2 } },
    { country: 'United States', provides: { [AIR_COVER]: 2, AD: [1, 2] }, backstop: true },
  ];
  const parts: ScenarioParts = {
    ...LINE,
    capabilities: [
      { name: 'AD', per: 'brigade', need: [1, 2] },
      { name: 'EW', per: 100, need: 1 },
    ],
    coalition,
  };

  test.each<[string, ScenarioParts, ExpectedCapabilities]>([
    [
      'air cover 1..2 against 1 + 2: the backstop fills what France leaves',
      parts,
      { [AIR_COVER]: { need: [1, 2], pledged: 3, shortfall: 0, shortfallWithoutBackstop: [0, 1] } },
    ],
    [
      'air defence 1..4 against 2 + 1..2: min max(0, 1 - 4), max max(0, 4 - 3)',
      parts,
      { AD: { need: [1, 4], pledged: [3, 4], shortfall: [0, 1], shortfallWithoutBackstop: [0, 2] } },
    ],
    ['EW nobody provides: pledged 0, the whole need short either way', parts, { EW: { need: 12, pledged: 0, shortfall: 12, shortfallWithoutBackstop: 12 } }],
    [
      'no backstop: both shortfalls are one',
      { ...LINE, coalition: [{ country: 'A', troops: 1, provides: { [AIR_COVER]: 1 } }, { country: 'B', troops: 1, provides: { [AIR_COVER]: 1 } }] },
      { [AIR_COVER]: { pledged: 2, shortfall: 0, shortfallWithoutBackstop: 0 } },
    ],
    [
      'a provides name in another case counts for the capability as declared',
      { ...LINE, coalition: [{ country: 'A', troops: 1, provides: { 'AIR COVER': 2 } }] },
      { [AIR_COVER]: { pledged: 2, shortfall: 0 } },
    ],
    ['without a coalition: the need alone, the rest null', { ...LINE, capabilities: [{ name: 'AD', per: 'force', need: 1 }] }, { AD: { need: 1, pledged: null, shortfall: null, shortfallWithoutBackstop: null } }],
  ])('%s', (_title, scenario, expected) => {
    expectCapabilities(scenario, expected);
  });

  it('counts a contributor of capabilities only as 0 troops, and lists what it provides and that it is the backstop', () => {
    const result = estimate(buildScenario({ ...parts, coalition: [{ country: 'A', troops: 4_000 }, ...coalition.slice(1)] }));
    expect(result.coalition?.figures.pledgedTroops).toEqual({ min: 4_000, max: 4_000 });
    expect(result.coalition?.contributors[1]).toEqual({
      country: 'United States',
      pledgeKind: 'none',
      troops: { min: 0, max: 0 },
      pledgedBrigades: null,
      provides: [
        { capability: AIR_COVER, units: { min: 2, max: 2 } },
        { capability: 'AD', units: { min: 1, max: 2 } },
      ],
      backstop: true,
      // There from day 0, past the horizon, in no tour.
      arrivesDay: { min: 0, max: 0 },
      leavesDay: null,
      tourDays: null,
      contingents: null,
    });
  });

  it('finds a capability\'s place by its name in any case, and refuses a name the scenario does not declare', () => {
    const place = capabilityIndex(buildScenario({ ...parts }).capabilities ?? []);
    expect([place('air COVER'), place('ad'), place('EW')]).toEqual([0, 1, 2]);
    expect(() => place('Tanks')).toThrow(RangeError);
  });
});

// Properties over random scenarios with 0 to 3 capabilities and contributors providing any of them.

/** Every capability figure the estimate has, by capability. */
function figuresOf(capability: CapabilityEstimate): [CapabilityFigureName, { min: number; max: number }][] {
  return CAPABILITY_FIGURE_NAMES.flatMap((name) => {
    const value = capabilityFigureValue(capability, name);
    return value === null ? [] : [[name, value] as [CapabilityFigureName, { min: number; max: number }]];
  });
}

/** The scenario with every input at the end that makes every capability's need (and so its shortfall) smallest, or largest; units the other way. */
function corner(parts: ScenarioParts, end: 'low' | 'high'): ScenarioParts {
  const pick = (value: Value, up: boolean): number => (typeof value === 'number' ? value : (up ? value[1] : value[0]));
  const high = end === 'high';
  const factor = (name: FactorName): Value => parts.factors?.[name] ?? [FACTORS[name].defaultValue.min, FACTORS[name].defaultValue.max];
  return {
    ...parts,
    sectors: parts.sectors.map((sector) => ({ km: pick(sector.km, high), ...(sector.density === undefined ? {} : { density: pick(sector.density, high) }) })),
    factors: {
      ...parts.factors,
      density: pick(factor('density'), high),
      // Larger brigades, fewer of them: the low end takes the largest.
      brigadeSize: pick(factor('brigadeSize'), !high),
      airCoverPerBrigade: pick(factor('airCoverPerBrigade'), high),
    },
    capabilities: parts.capabilities?.map((capability) => ({ ...capability, need: pick(capability.need, high) })),
    coalition:
      parts.coalition?.map((contributor) => ({
        ...contributor,
        ...(contributor.provides === undefined
          ? {}
          : { provides: Object.fromEntries(Object.entries(contributor.provides).map(([name, units]) => [name, pick(units, !high)])) }),
      })) ?? null,
  };
}

describe('every estimate', () => {
  it('gives every capability whole, non-negative counts with min <= max, air cover first and equal to airCover', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const result = estimate(buildScenario(parts));
        expect(result.capabilities.map((capability) => capability.name)).toEqual([AIR_COVER, ...(parts.capabilities ?? []).map((capability) => capability.name)]);
        expect(result.capabilities[0]?.figures.need).toEqual(result.figures.airCover);
        for (const capability of result.capabilities) {
          expect(capability.coalition === null).toBe(result.coalition === null);
          for (const [name, value] of figuresOf(capability)) {
            expect(Number.isInteger(value.min) && Number.isInteger(value.max) && value.min >= 0 && value.min <= value.max, `${capability.name} ${name}`).toBe(true);
          }
        }
      }),
    );
  });

  it('never has the backstop increase a shortfall: with it, each bound is at most the bound without it', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        for (const capability of estimate(buildScenario(parts)).capabilities) {
          if (capability.coalition === null) continue;
          const { shortfall, shortfallWithoutBackstop } = capability.coalition;
          expect(shortfall.min).toBeLessThanOrEqual(shortfallWithoutBackstop.min);
          expect(shortfall.max).toBeLessThanOrEqual(shortfallWithoutBackstop.max);
        }
      }),
    );
  });

  it('has pledged = the sum of the units provided, and shortfall = max(0, need - pledged) bound against bound', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const result = estimate(buildScenario(parts));
        for (const capability of result.capabilities) {
          if (capability.coalition === null) continue;
          const units = (parts.coalition ?? []).flatMap((contributor) =>
            Object.entries(contributor.provides ?? {}).filter(([name]) => name === capability.name).map(([, value]) => toInterval(value)),
          );
          const pledged = { min: units.reduce((total, value) => total + value.min, 0), max: units.reduce((total, value) => total + value.max, 0) };
          const { need } = capability.figures;
          expect(capability.coalition.pledged).toEqual(pledged);
          expect(capability.coalition.shortfall).toEqual({ min: Math.max(0, need.min - pledged.max), max: Math.max(0, need.max - pledged.min) });
        }
      }),
    );
  });

  it('has exact bounds: the need and shortfall of the scenario at its low corner and at its high corner', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const ranged = estimate(buildScenario(parts));
        const low = estimate(buildScenario(corner(parts, 'low')));
        const high = estimate(buildScenario(corner(parts, 'high')));
        ranged.capabilities.forEach((capability, index) => {
          expect(capability.figures.need.min, `${capability.name} need`).toBe(low.capabilities[index]?.figures.need.min);
          expect(capability.figures.need.max, `${capability.name} need`).toBe(high.capabilities[index]?.figures.need.max);
          if (capability.coalition === null) return;
          expect(capability.coalition.shortfall.min, `${capability.name} shortfall`).toBe(low.capabilities[index]?.coalition?.shortfall.min);
          expect(capability.coalition.shortfall.max, `${capability.name} shortfall`).toBe(high.capabilities[index]?.coalition?.shortfall.max);
        });
      }),
    );
  });

  it('needs no fewer units of any capability on a longer line or with more brigades (monotone in length and brigades)', () => {
    const growth = fc.record({ sector: fc.nat(), factor: fc.integer({ min: 1, max: 40 }).map((tenths) => 1 + tenths / 10) });
    fc.assert(
      fc.property(partsArb, growth, (parts, { sector, factor }) => {
        const grow = (value: Value): Value => (typeof value === 'number' ? value * factor : [value[0] * factor, value[1] * factor]);
        const at = sector % parts.sectors.length;
        const longer = { ...parts, sectors: parts.sectors.map((spec, index) => (index === at ? { ...spec, km: grow(spec.km) } : spec)) };
        const before = estimate(buildScenario(parts));
        const after = estimate(buildScenario(longer));
        expect(after.figures.brigades.min).toBeGreaterThanOrEqual(before.figures.brigades.min);
        before.capabilities.forEach((capability, index) => {
          const grown = after.capabilities[index]?.figures.need;
          expect(grown?.min, `${capability.name} need`).toBeGreaterThanOrEqual(capability.figures.need.min);
          expect(grown?.max, `${capability.name} need`).toBeGreaterThanOrEqual(capability.figures.need.max);
        });
      }),
    );
  });
});
