// The model over columns of samples (the sample instance of the arithmetic) is the estimate, sample by sample.
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import {
  CAPABILITY_COALITION_FIGURE_NAMES,
  COALITION_FIGURE_NAMES,
  CORE_FIGURE_NAMES,
  estimate,
  FACTOR_NAMES,
  model,
  type Contributor,
  type FactorName,
  type Interval,
  type ModelValues,
  type Scenario,
  type Sector,
} from '../../../src/core/index.js';
import { columnArithmetic, modelColumns, simulationPlan, type SimulationInputRef, type SimulationPlan } from '../../../src/core/simulation/index.js';
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
  const capabilities = scenario.capabilities?.map((capability, index) => ({ ...capability, need: point(valueOf({ kind: 'capabilityNeed', capability: index })) }));
  const coalition =
    scenario.coalition?.map((contributor, index): Contributor => {
      const amount = point(valueOf({ kind: 'pledge', contributor: index }));
      const { pledge } = contributor;
      const provides = contributor.provides?.map((provided, at) => ({ ...provided, units: point(valueOf({ kind: 'provides', contributor: index, provided: at })) }));
      const at = (kind: 'arrival' | 'departure' | 'tour'): Interval => point(valueOf({ kind, contributor: index }));
      return {
        ...contributor,
        pledge: pledge.kind === 'troops' ? { kind: 'troops', troops: amount } : pledge.kind === 'brigades' ? { kind: 'brigades', brigades: amount } : pledge,
        ...(provides === undefined ? {} : { provides }),
        arrives: at('arrival'),
        ...(contributor.leaves === undefined ? {} : { leaves: at('departure') }),
        ...(contributor.tour === undefined ? {} : { tour: at('tour') }),
      };
    }) ?? null;
  return { ...scenario, factors, sectors, ...(capabilities === undefined ? {} : { capabilities }), coalition };
}

const sameRef = (a: SimulationInputRef, b: SimulationInputRef): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The model over `columns` of `count` samples, as `simulate` runs it for one chunk. */
function runColumns(plan: SimulationPlan, columns: readonly Float64Array[], count: number): ModelValues<Float64Array> {
  const arithmetic = columnArithmetic(count);
  arithmetic.begin(count);
  return model(arithmetic.arithmetic, modelColumns(plan, columns));
}

describe('the model over columns is the estimate, sample by sample', () => {
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
            // A single value as it is: a departure that never comes is Infinity, and Infinity - Infinity is no number.
            if (min === max) return min;
            const value = min + ((picks[next++ % picks.length] ?? 0) / 1_000) * (max - min);
            return Math.min(max, Math.max(min, input.whole ? Math.round(value) : value));
          }),
        );
        const out = runColumns(plan, columns, SAMPLES);

        for (let sample = 0; sample < SAMPLES; sample += 1) {
          const valueOf = (ref: SimulationInputRef): number => {
            const index = plan.inputs.findIndex((input) => sameRef(input.ref, ref));
            return columns[index]?.[sample] ?? Number.NaN;
          };
          const expected = estimate(pointScenario(scenario, plan, valueOf));
          // Every figure, the line density and the km figures included: the same operations in the same order.
          expect(out.capabilities).toHaveLength(expected.capabilities.length);
          expected.capabilities.forEach((capability, index) => expect(out.capabilities[index]?.need[sample], `${capability.name} need`).toBe(capability.figures.need.min));
          for (const name of CORE_FIGURE_NAMES) {
            expect(expected.figures[name].min).toBe(expected.figures[name].max);
            expect(out.figures[name][sample], name).toBe(expected.figures[name].min);
          }
          const coalition = expected.coalition;
          expect(out.coalition === null).toBe(coalition === null);
          if (coalition === null || out.coalition === null) continue;
          for (const name of COALITION_FIGURE_NAMES) expect(out.coalition.figures[name][sample], name).toBe(coalition.figures[name].min);
          coalition.contributors.forEach((contributor, index) => {
            expect(out.coalition?.pledges[index]?.[sample]).toBe(contributor.troops.min);
            // Without a tour the estimate has no contingents to show; the model still counts one (or none) for rotatedTroops.
            if (contributor.contingents !== null) expect(out.coalition?.contingents[index]?.[sample]).toBe(contributor.contingents.min);
          });
          expected.capabilities.forEach((capability, index) => {
            expect(out.capabilities[index]?.need[sample], `${capability.name} need`).toBe(capability.figures.need.min);
            for (const name of CAPABILITY_COALITION_FIGURE_NAMES) {
              expect(out.coalition?.capabilities[index]?.[name][sample], `${capability.name} ${name}`).toBe(capability.coalition?.[name].min);
            }
          });
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
    const out = runColumns(plan, columns, 2);
    // troops 7,000 on 1,200 km; brigades 3 at 3,000 and 2 at 5,000; committed brigades x 3.
    expect([...out.figures.troops]).toEqual([7_000, 7_000]);
    expect([...out.figures.brigades]).toEqual([3, 2]);
    expect([...out.figures.committedBrigades]).toEqual([9, 6]);
    expect([...out.figures.lineDensity]).toEqual([7_000 / 1_200, 7_000 / 1_200]);
    expect([...out.figures.brigadeCoverageKm]).toEqual([3_000 / (7_000 / 1_200), 5_000 / (7_000 / 1_200)]);
    expect(out.coalition).toBeNull();
  });

  test('reuses its columns from one chunk to the next: a second chunk allocates nothing and overwrites the first', () => {
    const scenario = buildScenario({ sectors: [{ km: 1_000 }], factors: { density: [2, 4] }, coalition: [{ country: 'A', troops: 3_000 }] });
    const plan = simulationPlan(scenario);
    const columns = plan.inputs.map((input) => Float64Array.of(input.value.min, input.value.max));
    const arithmetic = columnArithmetic(2);
    const inputs = modelColumns(plan, columns);
    arithmetic.begin(2);
    const first = model(arithmetic.arithmetic, inputs);
    const troops = first.figures.troops;
    expect([...troops]).toEqual([2_000, 4_000]);
    columns.forEach((column) => column.reverse());
    arithmetic.begin(2);
    const second = model(arithmetic.arithmetic, inputs);
    expect(second.figures.troops).toBe(troops);
    expect([...troops]).toEqual([4_000, 2_000]);
    expect([...(second.coalition?.figures.shortfallTroops ?? [])]).toEqual([1_000, 0]);
  });

  test('a chunk larger than the columns is a programmer error', () => {
    expect(() => columnArithmetic(4).begin(5)).toThrow(RangeError);
  });
});

describe('the plan', () => {
  test('sectors without a density of their own read the scenario density: one input, shared', () => {
    const scenario = buildScenario({ sectors: [{ km: 100 }, { km: 200, density: [10, 20] }, { km: 300 }], factors: { density: [2, 4] } });
    const plan = simulationPlan(scenario);
    const { sectors, factors } = plan.model;
    expect(sectors.map((sector) => sector.density)).toEqual([factors.density, sectors[1]?.density, factors.density]);
    expect(sectors[1]?.density).not.toBe(factors.density);
    expect(plan.inputs.filter((input) => input.ref.kind === 'factor' && input.ref.factor === 'density')).toHaveLength(1);
  });

  test('each input is keyed by what it is, its place and its name, not by how many inputs come before it', () => {
    const scenario = buildScenario({
      sectors: [{ km: 100, name: 'Line' }, { km: 200, density: 5, name: 'Hot spot' }],
      coalition: [{ country: 'A', troops: 1 }, { country: 'B', brigades: 1 }],
    });
    expect(simulationPlan(scenario).inputs.map((input) => input.key)).toEqual([
      'factor:density', 'factor:brigadeSize', 'factor:airCoverPerBrigade', 'factor:enablerShare', 'factor:rotation',
      'sector[0]:Line:length', 'sector[1]:Hot spot:length', 'sector[1]:Hot spot:density',
      'pledge[0]:A', 'arrives[0]:A', 'leaves[0]:A', 'pledge[1]:B', 'arrives[1]:B', 'leaves[1]:B',
    ]);
  });

  test('brigade sizes and troops pledged are whole inputs; lengths, densities and brigades pledged are not', () => {
    const plan = simulationPlan(buildScenario({ sectors: [{ km: 1 }], coalition: [{ country: 'A', troops: 1 }, { country: 'B', brigades: 1 }] }));
    const whole = plan.inputs.filter((input) => input.whole).map((input) => input.ref);
    expect(whole).toEqual([{ kind: 'factor', factor: 'brigadeSize' }, { kind: 'pledge', contributor: 0 }]);
  });
});
