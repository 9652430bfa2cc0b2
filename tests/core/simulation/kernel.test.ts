import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { estimate, FACTOR_NAMES, type Contributor, type FactorName, type Interval, type Scenario, type Sector } from '../../../src/core/index.js';
import {
  computeFigureColumns,
  figureColumns,
  SIMULATED_CORE_FIGURE_NAMES,
  simulationPlan,
  type SimulationInputRef,
  type SimulationPlan,
} from '../../../src/core/simulation/index.js';
import { buildScenario } from '../build-scenario.js';
import { scenarioArb } from './scenario-arbitrary.js';

const SAMPLES = 6;
const point = (value: number): Interval => ({ min: value, max: value });

/** The scenario with each input at the value `valueOf(ref)` gives it, the factors written in (no overrides needed). */
function pointScenario(scenario: Scenario, plan: SimulationPlan, valueOf: (ref: SimulationInputRef) => number): Scenario {
  const factors = Object.fromEntries(FACTOR_NAMES.map((factor) => [factor, point(valueOf({ kind: 'factor', factor }))])) as Record<FactorName, Interval>;
  const sectors = scenario.sectors.map((sector, index): Sector => {
    const lengthKm = point(valueOf({ kind: 'sectorLength', sector: index }));
    return sector.density === undefined ? { name: sector.name, lengthKm } : { name: sector.name, lengthKm, density: point(valueOf({ kind: 'sectorDensity', sector: index })) };
  });
  const coalition =
    scenario.coalition?.map((contributor, index): Contributor => {
      const amount = point(valueOf({ kind: 'pledge', contributor: index }));
      return { country: contributor.country, pledge: contributor.pledge.kind === 'troops' ? { kind: 'troops', troops: amount } : { kind: 'brigades', brigades: amount } };
    }) ?? null;
  return { ...scenario, factors, sectors, coalition };
}

const sameRef = (a: SimulationInputRef, b: SimulationInputRef): boolean => JSON.stringify(a) === JSON.stringify(b);

describe('the column kernel is the estimate, sample by sample', () => {
  it('at point inputs it gives exactly what estimate() gives for the same point scenario (random scenarios)', () => {
    const fractions = fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 400, maxLength: 400 });
    fc.assert(
      fc.property(scenarioArb, fractions, (scenario, picks) => {
        const plan = simulationPlan(scenario);
        // Each sample puts every input somewhere in its interval (whole where the input is whole).
        let next = 0;
        const columns = plan.inputs.map((input) =>
          Float64Array.from({ length: SAMPLES }, () => {
            const { min, max } = input.value;
            const value = min + ((picks[next++ % picks.length] ?? 0) / 1_000) * (max - min);
            return Math.min(max, Math.max(min, input.whole ? Math.round(value) : value));
          }),
        );
        const out = figureColumns(plan, SAMPLES);
        computeFigureColumns(plan, columns, SAMPLES, out);

        for (let sample = 0; sample < SAMPLES; sample += 1) {
          const valueOf = (ref: SimulationInputRef): number => {
            const index = plan.inputs.findIndex((input) => sameRef(input.ref, ref));
            return columns[index]?.[sample] ?? Number.NaN;
          };
          const expected = estimate(pointScenario(scenario, plan, valueOf));
          for (const name of SIMULATED_CORE_FIGURE_NAMES) {
            expect(expected.figures[name].min).toBe(expected.figures[name].max);
            expect(out.figures[name][sample], name).toBe(expected.figures[name].min);
          }
          const coalition = expected.coalition;
          expect(out.coalition === null).toBe(coalition === null);
          if (coalition === null || out.coalition === null) continue;
          for (const [name, column] of Object.entries(out.coalition)) {
            expect(column[sample], name).toBe(coalition.figures[name as keyof typeof coalition.figures].min);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('a worked example of docs/model.md: 1,000 km at 3 /km + 200 km at 20 /km, rotation 3, brigades of 3,000 and 5,000', () => {
    const scenario = buildScenario({ sectors: [{ km: 1_000 }, { km: 200, density: 20 }], factors: { density: 3, rotation: 3 } });
    const plan = simulationPlan(scenario);
    const columns = plan.inputs.map((input) =>
      input.ref.kind === 'factor' && input.ref.factor === 'brigadeSize' ? Float64Array.of(3_000, 5_000) : Float64Array.of(input.value.min, input.value.min),
    );
    const out = figureColumns(plan, 2);
    computeFigureColumns(plan, columns, 2, out);
    // troops 7,000; brigades 3 at 3,000 and 2 at 5,000; committed brigades x 3.
    expect([...out.figures.troops]).toEqual([7_000, 7_000]);
    expect([...out.figures.brigades]).toEqual([3, 2]);
    expect([...out.figures.committedBrigades]).toEqual([9, 6]);
    expect(out.coalition).toBeNull();
  });
});

describe('the plan', () => {
  test('sectors without a density of their own read the scenario density: one input, shared', () => {
    const scenario = buildScenario({ sectors: [{ km: 100 }, { km: 200, density: [10, 20] }, { km: 300 }], factors: { density: [2, 4] } });
    const plan = simulationPlan(scenario);
    expect(plan.sectors.map((sector) => sector.density)).toEqual([plan.factors.density, plan.sectors[1]?.density, plan.factors.density]);
    expect(plan.sectors[1]?.density).not.toBe(plan.factors.density);
    expect(plan.inputs.filter((input) => input.ref.kind === 'factor' && input.ref.factor === 'density')).toHaveLength(1);
  });

  test('each input keeps its stream whatever the others are: factors, then two per sector, then one per pledge', () => {
    const scenario = buildScenario({
      sectors: [{ km: 100 }, { km: 200, density: 5 }],
      coalition: [{ country: 'A', troops: 1 }, { country: 'B', brigades: 1 }],
    });
    const streams = simulationPlan(scenario).inputs.map((input) => [input.ref.kind, input.stream]);
    expect(streams).toEqual([
      ['factor', 0], ['factor', 1], ['factor', 2], ['factor', 3], ['factor', 4],
      ['sectorLength', 5], ['sectorLength', 7], ['sectorDensity', 8],
      ['pledge', 9], ['pledge', 10],
    ]);
    expect(simulationPlan(scenario).streamCount).toBe(11);
  });

  test('brigade sizes and troops pledged are whole inputs; lengths, densities and brigades pledged are not', () => {
    const plan = simulationPlan(buildScenario({ sectors: [{ km: 1 }], coalition: [{ country: 'A', troops: 1 }, { country: 'B', brigades: 1 }] }));
    const whole = plan.inputs.filter((input) => input.whole).map((input) => input.ref);
    expect(whole).toEqual([{ kind: 'factor', factor: 'brigadeSize' }, { kind: 'pledge', contributor: 0 }]);
  });
});
