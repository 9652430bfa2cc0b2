// From what day the simulated samples are covered: each sample's day is the first from which its shortfall stays 0
// to the horizon, counted straight from the samples.
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { estimate, uncertain, type Scenario } from '../../../src/core/index.js';
import { coveredByDay, simulate, type SimulatedCoverage } from '../../../src/core/simulation/index.js';
import { buildScenario, type ContributorSpec } from '../build-scenario.js';
import { scenarioArb } from './scenario-arbitrary.js';

/** 1,000 km at 3 /km: 3,000 troops deployed. */
const LINE = [{ km: 1_000 }];

function coverageOf(scenario: Scenario, samples = 2_000, seed = 7): SimulatedCoverage {
  const coverage = simulate(scenario, { samples, seed }).coverage;
  if (coverage === null) return expect.fail('no coverage');
  return coverage;
}

const scenarioWith = (coalition: readonly ContributorSpec[], start?: string): Scenario =>
  buildScenario({ sectors: LINE, coalition, ...(start === undefined ? {} : { start }) });

describe('a sample is covered from the first day its shortfall stays 0 to the horizon', () => {
  test.each<[string, readonly ContributorSpec[], number | null]>([
    ['enough from day 0', [{ country: 'UK', troops: 3_000 }], 0],
    ['enough once the second arrives', [{ country: 'UK', troops: 2_000 }, { country: 'France', troops: 1_000, arrives: 45 }], 45],
    ['enough at first, then a gap, then a relief: from the relief', [{ country: 'UK', troops: 3_000, leaves: 100 }, { country: 'France', troops: 3_000, arrives: 130 }], 130],
    ['a gap that never closes: never', [{ country: 'UK', troops: 3_000, leaves: 100 }], null],
    ['a relief after the horizon: never', [{ country: 'UK', troops: 3_000, leaves: 100 }, { country: 'France', troops: 3_000, arrives: 400 }], null],
    ['never enough: never', [{ country: 'UK', troops: 1_000 }], null],
  ])('%s (every input a single value: each sample is the estimate)', (_, coalition, day) => {
    const scenario = scenarioWith(coalition);
    const coverage = coverageOf(scenario, 50);
    expect(estimate(scenario).coalition?.timeline.coveredFromDay.max).toBe(day);
    expect(coverage.neverCovered).toBe(day === null ? 1 : 0);
    if (day === null) expect(coverage.coveredFromDay).toBeNull();
    else expect(coverage.coveredFromDay).toMatchObject({ min: day, max: day, p50: day, mean: day });
  });

  it('an arrival drawn uniformly from day 0 to 100: covered from that day, half the samples by day 50', () => {
    const coverage = coverageOf(scenarioWith([{ country: 'UK', troops: 3_000, arrives: [0, 100] }]), 20_000);
    expect(coverage.neverCovered).toBe(0);
    expect(coverage.coveredFromDay?.mean).toBeCloseTo(50, 0);
    expect(coverage.coveredFromDay?.p50).toBeCloseTo(50, 0);
    // The steps of the estimate: day 0 (the arrival's low bound) and day 100 (its high bound).
    expect(coverage.coveredBy.map((step) => step.day)).toEqual([0, 100]);
    expect(coverage.coveredBy.map((step) => step.probability)).toEqual([0, 1]);
    expect(coveredByDay(coverage, 50)).toBeCloseTo(0.5, 1);
    expect(coveredByDay(coverage, 80)).toBeCloseTo(0.8, 1);
  });

  it('two arrivals, both needed: covered from the later of the two', () => {
    const coverage = coverageOf(
      scenarioWith([{ country: 'UK', troops: 1_500, arrives: [0, 100] }, { country: 'France', troops: 1_500, arrives: [0, 100] }]),
      20_000,
    );
    // The larger of two uniforms on 0..100: P(max <= d) = (d / 100)^2, its mean 66.7.
    expect(coverage.coveredFromDay?.mean).toBeCloseTo(66.7, 0);
    expect(coveredByDay(coverage, 50)).toBeCloseTo(0.25, 1);
  });

  it('a drawn departure before a fixed relief: covered from the relief only where the departure comes first', () => {
    const coverage = coverageOf(
      scenarioWith([{ country: 'UK', troops: 3_000, leaves: [50, 150] }, { country: 'France', troops: 3_000, arrives: 100 }]),
      20_000,
    );
    // The UK leaves before day 100 in half the samples: those are covered from day 100, the others from day 0.
    expect(coveredByDay(coverage, 0)).toBeCloseTo(0.5, 1);
    expect(coveredByDay(coverage, 100)).toBe(1);
    expect(coverage.coveredFromDay?.max).toBe(100);
  });

  it('dates each share where the scenario has a start', () => {
    const coverage = coverageOf(scenarioWith([{ country: 'UK', troops: 3_000, arrives: [30, 61] }], '2026-06-01'), 100);
    expect(coverage.coveredBy.map((step) => [step.day, step.date, step.probability])).toEqual([
      [0, '2026-06-01', 0],
      [30, '2026-07-01', 0],
      [61, '2026-08-01', 1],
    ]);
  });

  it('a distribution of days is drawn from its own shape', () => {
    const scenario = scenarioWith([{ country: 'UK', troops: 3_000 }]);
    const skewed: Scenario = {
      ...scenario,
      coalition: (scenario.coalition ?? []).map((contributor) => ({ ...contributor, arrives: uncertain({ kind: 'triangular', low: 0, mode: 0, high: 90 }) })),
    };
    // A triangular on 0..90 with its mode at 0: mean 30.
    expect(coverageOf(skewed, 20_000).coveredFromDay?.mean).toBeCloseTo(30, 0);
  });
});

describe('every simulated coverage', () => {
  it('lies within the estimate: each covered day from coveredFromDay.min to coveredFromDay.max, never covered only where it may be', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (scenario, seed) => {
        fc.pre(scenario.coalition !== null);
        const result = simulate(scenario, { samples: 200, seed });
        const coverage = result.coverage;
        const covered = result.estimate.coalition?.timeline.coveredFromDay;
        if (coverage === null || covered === undefined) return expect.fail('no coverage');
        const statistics = coverage.coveredFromDay;
        if (covered.min === null) expect(coverage.neverCovered).toBe(1);
        if (covered.max !== null) expect(coverage.neverCovered).toBe(0);
        if (statistics !== null) {
          expect(statistics.min).toBeGreaterThanOrEqual(covered.min ?? Infinity);
          if (covered.max !== null) expect(statistics.max).toBeLessThanOrEqual(covered.max);
        }
        // The share covered by a day never falls as the days go on, and never passes the share ever covered.
        coverage.coveredBy.forEach((step, index) => {
          expect(step.probability).toBeGreaterThanOrEqual(coverage.coveredBy[index - 1]?.probability ?? 0);
          expect(step.probability).toBeLessThanOrEqual(1 - coverage.neverCovered + 1e-12);
        });
        expect(coverage.coveredDays.length).toBe(Math.round((1 - coverage.neverCovered) * 200));
      }),
      { numRuns: 150 },
    );
  });

  it('draws arrivals from streams of their own: adding them changes no other input draw', () => {
    const fixed = scenarioWith([{ country: 'UK', troops: [2_000, 4_000] }, { country: 'France', brigades: [0.5, 1] }]);
    const scheduled = scenarioWith([{ country: 'UK', troops: [2_000, 4_000], arrives: [0, 60] }, { country: 'France', brigades: [0.5, 1], leaves: [200, 300] }]);
    const before = simulate(fixed, { samples: 500, seed: 3 });
    const after = simulate(scheduled, { samples: 500, seed: 3 });
    expect(after.coalition?.pledgedTroops).toEqual(before.coalition?.pledgedTroops);
    expect(after.coalition?.shortfallTroops).toEqual(before.coalition?.shortfallTroops);
    expect(after.figures).toEqual(before.figures);
    expect(after.coverage?.coveredFromDay).not.toEqual(before.coverage?.coveredFromDay);
  });

  it('is null without a coalition', () => {
    expect(simulate(buildScenario({ sectors: LINE }), { samples: 10 }).coverage).toBeNull();
  });
});
