// Capabilities in the simulation: each need's statistics, how often each capability and everything suffice
// (with and without the backstop), counted from the samples; each need drawn from a stream keyed by its name.
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { AIR_COVER } from '../../../src/core/index.js';
import { simulate, simulationPlan } from '../../../src/core/simulation/index.js';
import { buildScenario, type ContributorSpec, type ScenarioParts } from '../build-scenario.js';
import { scenarioArb } from './scenario-arbitrary.js';

// 1,000 km at 2..6 /km: 2,000..6,000 troops, in brigades of 3,000: one brigade where the density is at most 3 (a quarter of
// the samples), two above. Air cover needs nothing (0 per brigade) unless a test says otherwise.
const line = (coalition: ContributorSpec[], extra: Partial<ScenarioParts> = {}): ScenarioParts => ({
  sectors: [{ km: 1_000 }],
  factors: { density: [2, 6], brigadeSize: 3_000, airCoverPerBrigade: 0 },
  capabilities: [{ name: 'AD', per: 'brigade', need: 1 }],
  coalition,
  ...extra,
});
const SAMPLES = 20_000;

describe('capability needs and shares', () => {
  it('summarises each need like a count figure, air cover first, and agrees with the brigades it is needed per', () => {
    const result = simulate(buildScenario(line([{ country: 'A', troops: 4_000, provides: { AD: 1 } }], { factors: { density: [2, 6], brigadeSize: 3_000 } })), { samples: SAMPLES, seed: 3 });
    expect(result.capabilities.map((capability) => capability.name)).toEqual([AIR_COVER, 'AD']);
    // One AD unit and one air cover package per brigade: both needs are the brigades, sample by sample.
    expect(result.capabilities[1]?.need).toEqual(result.figures.brigades);
    expect(result.capabilities[0]?.need).toEqual(result.figures.airCover);
    expect(result.capabilities[1]?.need.distribution?.map((frequency) => frequency.value)).toEqual([1, 2]);
  });

  it('counts a capability as sufficing in the samples where the units pledged reach the need', () => {
    const result = simulate(buildScenario(line([{ country: 'A', troops: 4_000, provides: { AD: 1 } }])), { samples: SAMPLES, seed: 3 });
    const oneBrigade = result.figures.brigades.distribution?.find((frequency) => frequency.value === 1)?.probability;
    expect(result.capabilities[1]?.suffice).toBe(oneBrigade);
    expect(result.capabilities[1]?.suffice).toBeCloseTo(0.25, 1);
    // Air cover needs nothing: it always suffices.
    expect(result.capabilities[0]?.suffice).toBe(1);
  });

  it('counts everything sufficing in the same sample, not as a product of shares', () => {
    // Troops suffice where the density is at most 4 (half the samples), AD where it is at most 3 (a quarter): both
    // exactly where AD does, a quarter, where independent shares would give an eighth.
    const result = simulate(buildScenario(line([{ country: 'A', troops: 4_000, provides: { AD: 1 } }])), { samples: SAMPLES, seed: 3 });
    expect(result.pledgesSuffice).toBeCloseTo(0.5, 1);
    expect(result.allSuffice).toBe(result.capabilities[1]?.suffice);
    expect(result.allSufficeWithoutBackstop).toBe(result.allSuffice);
  });

  test.each<[string, ContributorSpec[], { suffice: number; without: number; all: number; allWithout: number }]>([
    [
      'the backstop provides what is needed: it suffices only with the backstop',
      [{ country: 'A', troops: 10_000 }, { country: 'US', provides: { AD: 2 }, backstop: true }],
      { suffice: 1, without: 0, all: 1, allWithout: 0 },
    ],
    [
      'the backstop pledges the troops: everything suffices only with it',
      [{ country: 'A', troops: 0, provides: { AD: 2 } }, { country: 'US', troops: 10_000, backstop: true }],
      { suffice: 1, without: 1, all: 1, allWithout: 0 },
    ],
    ['no backstop: both counts are one', [{ country: 'A', troops: 10_000, provides: { AD: 2 } }], { suffice: 1, without: 1, all: 1, allWithout: 1 }],
  ])('%s', (_title, coalition, expected) => {
    const result = simulate(buildScenario(line(coalition)), { samples: 2_000, seed: 9 });
    const ad = result.capabilities[1];
    expect([ad?.suffice, ad?.sufficeWithoutBackstop, result.allSuffice, result.allSufficeWithoutBackstop]).toEqual([
      expected.suffice,
      expected.without,
      expected.all,
      expected.allWithout,
    ]);
  });

  it('has no shares without a coalition', () => {
    const result = simulate(buildScenario(line([], { coalition: null })), { samples: 100 });
    expect(result.capabilities.map((capability) => [capability.suffice, capability.sufficeWithoutBackstop])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect([result.allSuffice, result.allSufficeWithoutBackstop]).toEqual([null, null]);
  });

  it('keeps every share between 0 and 1, all at most any one, and the backstop never lowering one (random scenarios)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (scenario, seed) => {
        const result = simulate(scenario, { samples: 200, seed });
        if (result.allSuffice === null || result.allSufficeWithoutBackstop === null || result.pledgesSuffice === null) {
          expect(scenario.coalition).toBeNull();
          return;
        }
        expect(result.allSufficeWithoutBackstop).toBeLessThanOrEqual(result.allSuffice);
        expect(result.allSuffice).toBeLessThanOrEqual(result.pledgesSuffice);
        for (const capability of result.capabilities) {
          const { suffice, sufficeWithoutBackstop } = capability;
          expect(suffice !== null && sufficeWithoutBackstop !== null).toBe(true);
          expect(sufficeWithoutBackstop ?? 0).toBeLessThanOrEqual(suffice ?? 0);
          expect(result.allSuffice).toBeLessThanOrEqual(suffice ?? 0);
          expect(suffice).toBeGreaterThanOrEqual(0);
          expect(suffice).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('keyed streams', () => {
  it('keys a capability\'s need by its name and units provided by contributor and capability', () => {
    const scenario = buildScenario(line([{ country: 'US', provides: { [AIR_COVER]: [1, 2], AD: 1 }, backstop: true }]));
    expect(simulationPlan(scenario).inputs.map((input) => input.key).slice(5)).toEqual([
      'sector[0]:sector 1:length',
      'capability:AD:need',
      'pledge[0]:US',
      'pledge[0]:US:provides:Air cover',
      'pledge[0]:US:provides:AD',
      // Its days, day 0 and past the horizon: constants, drawing nothing.
      'arrives[0]:US',
      'leaves[0]:US',
    ]);
  });

  it('leaves every other input\'s draws as they were when a capability is added before the others', () => {
    const parts = line([{ country: 'A', troops: [3_000, 5_000], provides: { AD: [0, 2] } }], {
      capabilities: [{ name: 'AD', per: 'brigade', need: [0.5, 1.5] }],
    });
    const before = simulate(buildScenario(parts), { samples: 5_000, seed: 11 });
    const after = simulate(buildScenario({ ...parts, capabilities: [{ name: 'EW', per: 100, need: [1, 3] }, ...(parts.capabilities ?? [])] }), { samples: 5_000, seed: 11 });
    expect(after.figures).toEqual(before.figures);
    expect(after.coalition).toEqual(before.coalition);
    expect(after.capabilities.find((capability) => capability.name === 'AD')).toEqual(before.capabilities.find((capability) => capability.name === 'AD'));
  });
});
