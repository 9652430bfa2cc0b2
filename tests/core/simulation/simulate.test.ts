import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { figureValue, isCoalitionFigure, SIMULATED_FIGURE_NAMES, uncertain, type Interval, type Scenario, type SimulatedFigureName } from '../../../src/core/index.js';
import { DEFAULT_SAMPLES, DEFAULT_SEED, simulate, type FigureStatistics, type Simulation } from '../../../src/core/simulation/index.js';
import { buildScenario } from '../build-scenario.js';
import { sampleMoments } from './moments.js';
import { scenarioArb } from './scenario-arbitrary.js';

/** Each figure a simulation summarised, with its statistics. */
function statisticsOf(result: Simulation): [SimulatedFigureName, FigureStatistics][] {
  const coalition = result.coalition;
  return SIMULATED_FIGURE_NAMES.flatMap((name): [SimulatedFigureName, FigureStatistics][] => {
    const statistics = isCoalitionFigure(name) ? coalition?.[name] : result.figures[name];
    return statistics === undefined ? [] : [[name, statistics]];
  });
}

const within = (value: number, interval: Interval): boolean => value >= interval.min && value <= interval.max;

describe('every sample lies within the estimate interval', () => {
  it('for every figure of random scenarios with every kind of input', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (scenario, seed) => {
        const result = simulate(scenario, { samples: 300, seed });
        const outside: string[] = [];
        for (const [name, statistics] of statisticsOf(result)) {
          const interval = figureValue(result.estimate, name);
          if (interval === null) return expect.fail(`the estimate has no ${name}`);
          // min and max are the extreme samples: between them lie all the others, and the summaries.
          const values: [string, number][] = [
            ...(['min', 'p5', 'p50', 'p95', 'max', 'mean'] as const).map((key): [string, number] => [key, statistics[key]]),
            ...(statistics.distribution ?? []).map((frequency): [string, number] => ['a value', frequency.value]),
          ];
          for (const [what, value] of values) {
            if (!within(value, interval)) outside.push(`${name} ${what} ${value} outside ${interval.min}..${interval.max}`);
          }
          const ordered = statistics.min <= statistics.p5 && statistics.p5 <= statistics.p50 && statistics.p50 <= statistics.p95 && statistics.p95 <= statistics.max;
          if (!ordered) outside.push(`${name}: percentiles out of order`);
        }
        expect(outside).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('and whole counts are whole, their shares adding up to every sample', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = simulate(scenario, { samples: 200, seed: 1 });
        const counts = statisticsOf(result).flatMap(([name, statistics]) =>
          statistics.distribution === null
            ? []
            : [[name, statistics.distribution.every((frequency) => Number.isInteger(frequency.value)), statistics.distribution.reduce((total, frequency) => total + frequency.count, 0)]],
        );
        expect(counts).toEqual(counts.map(([name]) => [name, true, 200]));
      }),
      { numRuns: 100 },
    );
  });
});

describe('reproducible', () => {
  const scenario = buildScenario({
    sectors: [{ km: [1_100, 1_300] }, { km: 150, density: [15, 25] }],
    factors: { density: [2, 5] },
    coalition: [{ country: 'A', brigades: [1, 2] }, { country: 'B', troops: 5_000 }],
  });

  test('the same seed gives the same result', () => {
    expect(simulate(scenario, { samples: 2_000, seed: 42 })).toEqual(simulate(scenario, { samples: 2_000, seed: 42 }));
  });

  test('a different seed gives a different result', () => {
    expect(simulate(scenario, { samples: 2_000, seed: 43 }).coalition?.pledgedCoverageKm).not.toEqual(simulate(scenario, { samples: 2_000, seed: 42 }).coalition?.pledgedCoverageKm);
  });

  test('defaults: 10,000 samples from the documented seed', () => {
    const result = simulate(scenario);
    expect([result.samples, result.seed]).toEqual([DEFAULT_SAMPLES, DEFAULT_SEED]);
    expect(result).toEqual(simulate(scenario, { samples: 10_000, seed: 20_250_409 }));
  });

  test('changing one input leaves the samples of the others as they were (one stream per input)', () => {
    const base = simulate(scenario, { samples: 3_000, seed: 9 });
    const rotated = simulate(scenario, { samples: 3_000, seed: 9, overrides: { rotation: { min: 2, max: 3 } } });
    // Troops and brigades do not depend on rotation: the same draws of every other input give the same figures.
    expect(rotated.figures.troops).toEqual(base.figures.troops);
    expect(rotated.figures.brigades).toEqual(base.figures.brigades);
    expect(rotated.figures.committedBrigades).not.toEqual(base.figures.committedBrigades);
  });

  test.each([0, 1.5, -3, 10_000_001, Number.NaN])('%s samples is a programmer error', (samples) => {
    expect(() => simulate(scenario, { samples })).toThrow(RangeError);
  });
});

describe('shared inputs', () => {
  // Two sectors of 1,000 km at the scenario density uniform on 2..4 /km: with one draw shared by both, troops are
  // 2,000 x density (variance 4,000,000 x 1/3); with a draw per sector they would spread half as much.
  test('the scenario density is one draw per sample for every sector without its own', () => {
    const shared = buildScenario({ sectors: [{ km: 1_000 }, { km: 1_000 }], factors: { density: [2, 4] } });
    const result = simulate(shared, { samples: 20_000, seed: 3 });
    const troops = result.figures.troops.distribution ?? [];
    const values = Float64Array.from(troops.flatMap((frequency) => Array<number>(frequency.count).fill(frequency.value)));
    const { variance } = sampleMoments(values);
    const sharedVariance = (2_000 ** 2 * 4) / 12;
    expect(variance).toBeGreaterThan(0.9 * sharedVariance);
    expect(variance).toBeLessThan(1.1 * sharedVariance);
    expect(result.inputs).toEqual([
      { ref: { kind: 'factor', factor: 'density' }, name: null, capability: null, distribution: { kind: 'uniform', low: 2, high: 4 }, given: false, whole: false, sharedBySectors: ['sector 1', 'sector 2'] },
      { ref: { kind: 'factor', factor: 'brigadeSize' }, name: null, capability: null, distribution: { kind: 'uniform', low: 3_000, high: 5_000 }, given: false, whole: true, sharedBySectors: null },
    ]);
  });

  test('a sector with its own density does not share the scenario density', () => {
    const scenario = buildScenario({ sectors: [{ km: 100, density: [1, 2] }, { km: 100 }], factors: { density: [2, 4] } });
    const density = simulate(scenario, { samples: 10 }).inputs.find((input) => input.ref.kind === 'factor' && input.ref.factor === 'density');
    expect(density?.sharedBySectors).toEqual(['sector 2']);
  });
});

describe('pledges suffice', () => {
  const withPledge = (troops: number | [number, number]): Scenario =>
    buildScenario({ sectors: [{ km: 1_000 }], factors: { density: [2, 4], brigadeSize: 4_000 }, coalition: [{ country: 'A', troops }] });

  test.each<[string, number | [number, number], number]>([
    ['always, when the pledges exceed the most the line can need', 5_000, 1],
    ['never, when they fall short of the least', 1_000, 0],
    ['in every sample where pledged >= deployed, the line needing 2,000..4,000', 3_000, 0.5],
  ])('%s', (_case, troops, share) => {
    const result = simulate(withPledge(troops), { samples: 20_000, seed: 5 });
    expect(result.pledgesSuffice).toBeCloseTo(share, 1);
    const shortfall = result.coalition?.shortfallTroops.distribution?.find((frequency) => frequency.value === 0)?.probability ?? 0;
    expect(result.pledgesSuffice).toBe(shortfall);
  });

  test('is counted from the samples when the shortfall spans more values than its tally keeps', () => {
    // 2,000..30,000 troops needed against 16,000 pledged: the shortfall spans 0..14,000, more values than a tally keeps.
    const wide = buildScenario({ sectors: [{ km: 1_000 }], factors: { density: [2, 30] }, coalition: [{ country: 'A', troops: 16_000 }] });
    const result = simulate(wide, { samples: 20_000, seed: 5 });
    expect(result.coalition?.shortfallTroops.distribution).toBeNull();
    // The pledges suffice where 1,000 km x density <= 16,000, density <= 16: P = (16 - 2) / (30 - 2) = 0.5.
    expect(result.pledgesSuffice).toBeCloseTo(0.5, 1);
  });

  it('agrees with the shortfall percentiles (nearest rank) for random scenarios, however wide the shortfall', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (scenario, seed) => {
        const samples = 200;
        const result = simulate(scenario, { samples, seed });
        const shortfall = result.coalition?.shortfallTroops;
        if (shortfall === undefined) {
          expect(result.pledgesSuffice).toBeNull();
          return;
        }
        const suffice = result.pledgesSuffice ?? Number.NaN;
        const zeros = Math.round(suffice * samples);
        expect(zeros / samples).toBe(suffice);
        // The p-th percentile is 0 exactly when at least its rank of samples are 0.
        for (const [percent, value] of [[5, shortfall.p5], [50, shortfall.p50], [95, shortfall.p95]] as const) {
          expect(value === 0, `p${percent}`).toBe(zeros >= Math.max(1, Math.ceil((percent * samples) / 100)));
        }
        expect(shortfall.min === 0).toBe(zeros > 0);
        expect(shortfall.max === 0).toBe(zeros === samples);
        const tallied = shortfall.distribution?.find((frequency) => frequency.value === 0)?.probability ?? 0;
        if (shortfall.distribution !== null) expect(suffice).toBe(tallied);
      }),
      { numRuns: 60 },
    );
  });

  test('is null without a coalition', () => {
    const result = simulate(buildScenario({ sectors: [{ km: 100 }] }), { samples: 10 });
    expect(result.pledgesSuffice).toBeNull();
    expect(result.coalition).toBeNull();
  });
});

describe('single values', () => {
  test('a scenario with nothing uncertain has every sample at the estimate', () => {
    const scenario = buildScenario({ sectors: [{ km: 1_200 }], factors: { density: 3, brigadeSize: 3_000 } });
    const result = simulate(scenario, { samples: 50 });
    expect(result.inputs).toEqual([]);
    expect(result.figures.brigades).toEqual({ mean: 2, p5: 2, p50: 2, p95: 2, min: 2, max: 2, distribution: [{ value: 2, count: 50, probability: 1, atMost: 1 }] });
  });

  test('a distribution given as such is drawn from', () => {
    const scenario = buildScenario({ sectors: [{ km: 1_000 }] });
    const skewed = { ...scenario, factors: { density: uncertain({ kind: 'pert', low: 2, mode: 2, high: 8 }) } };
    const result = simulate(skewed, { samples: 20_000, seed: 2 });
    // PERT(2, 2, 8): mean (2 + 8 + 8) / 6 = 3 /km, so 3,000 troops on average; a uniform 2..8 would give 5,000.
    expect(result.figures.troops.mean).toBeGreaterThan(2_950);
    expect(result.figures.troops.mean).toBeLessThan(3_050);
  });
});
