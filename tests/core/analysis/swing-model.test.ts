// The model at the central point with one input moved (sensitivity's runs), from sums adjusted for
// that input: the same figures as estimating the point scenario afresh.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAPABILITY_COALITION_FIGURE_NAMES,
  centralValue,
  COALITION_FIGURE_NAMES,
  CORE_FIGURE_NAMES,
  estimate,
  FACTOR_NAMES,
  FIGURES,
  type Contributor,
  type FactorName,
  type Interval,
  type Scenario,
  type Sector,
  type Uncertain,
} from '../../../src/core/index.js';
import { resolveFactors } from '../../../src/core/estimate.js';
import { sameInput, scenarioInputs, type InputRef } from '../../../src/core/analysis/scenario-inputs.js';
import { swingModel } from '../../../src/core/analysis/swing-model.js';
import { buildScenario } from '../build-scenario.js';
import { partsArb } from './scenario-arbitraries.js';

const at = (value: number): Interval => ({ min: value, max: value });

/** The scenario with every input central and `moved` at `value`: estimated afresh, sector by sector. */
function pointScenario(scenario: Scenario, moved: InputRef | null, value: number): Scenario {
  const valueOf = (ref: InputRef, given: Uncertain): Interval => at(moved !== null && sameInput(ref, moved) ? value : centralValue(given));
  const resolved = resolveFactors(scenario);
  const factors = Object.fromEntries(FACTOR_NAMES.map((factor) => [factor, valueOf({ kind: 'factor', factor }, resolved[factor].value)])) as Record<FactorName, Interval>;
  const sectors = scenario.sectors.map((sector, index): Sector => {
    const lengthKm = valueOf({ kind: 'sectorLength', sector: index }, sector.lengthKm);
    return sector.density === undefined ? { ...sector, lengthKm } : { ...sector, lengthKm, density: valueOf({ kind: 'sectorDensity', sector: index }, sector.density) };
  });
  const capabilities = scenario.capabilities?.map((capability, index) => ({
    ...capability,
    need: valueOf({ kind: 'capabilityNeed', capability: index }, capability.need),
  }));
  const coalition =
    scenario.coalition?.map((contributor, index): Contributor => {
      const ref: InputRef = { kind: 'pledge', contributor: index };
      const { pledge } = contributor;
      const provides = contributor.provides?.map((provided, at) => ({
        ...provided,
        units: valueOf({ kind: 'provides', contributor: index, provided: at }, provided.units),
      }));
      const moved: Contributor['pledge'] =
        pledge.kind === 'troops'
          ? { kind: 'troops', troops: valueOf(ref, pledge.troops) }
          : pledge.kind === 'brigades'
            ? { kind: 'brigades', brigades: valueOf(ref, pledge.brigades) }
            : pledge;
      return { ...contributor, pledge: moved, ...(provides === undefined ? {} : { provides }) };
    }) ?? null;
  return { ...scenario, factors, sectors, ...(capabilities === undefined ? {} : { capabilities }), coalition };
}

/** Counts exactly; km and per-km figures to a relative 1e-9 (the sums are taken in another order). */
function expectSame(actual: number, expected: number, kind: string, label: string): void {
  if (kind === 'count') expect(actual, label).toBe(expected);
  else expect(Math.abs(actual - expected), label).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('swingModel', () => {
  it('gives every figure the estimate of the point scenario gives, at the centre and with each input at either end (random scenarios)', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const scenario = buildScenario(parts);
        const run = swingModel(scenario);
        const moves: [InputRef | null, number][] = [[null, 0]];
        for (const input of scenarioInputs(scenario)) moves.push([input.ref, input.value.min], [input.ref, input.value.max]);
        for (const [moved, value] of moves) {
          const fast = run(moved, value);
          const fresh = estimate(pointScenario(scenario, moved, value));
          const where = `${JSON.stringify(moved)} at ${value}`;
          for (const name of CORE_FIGURE_NAMES) expectSame(fast.figures[name].min, fresh.figures[name].min, FIGURES[name].kind, `${name}, ${where}`);
          expect(fast.coalition === null).toBe(fresh.coalition === null);
          for (const name of COALITION_FIGURE_NAMES) {
            const expected = fresh.coalition?.figures[name].min;
            if (expected !== undefined) expectSame(fast.coalition?.figures[name].min ?? Number.NaN, expected, FIGURES[name].kind, `${name}, ${where}`);
          }
          expect(fast.capabilities).toHaveLength(fresh.capabilities.length);
          fresh.capabilities.forEach((capability, index) => {
            expect(fast.capabilities[index]?.need.min, `${capability.name} need, ${where}`).toBe(capability.figures.need.min);
            for (const name of CAPABILITY_COALITION_FIGURE_NAMES) {
              const expected = capability.coalition?.[name].min;
              if (expected !== undefined) expect(fast.coalition?.capabilities[index]?.[name].min, `${capability.name} ${name}, ${where}`).toBe(expected);
            }
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('moves every sector at the scenario density with it, and none with its own', () => {
    // 100 km + 200 km at the scenario density, 300 km at 10 /km: at 4 /km, 1,200 + 3,000 troops; at 2 /km, 600 + 3,000.
    const run = swingModel(buildScenario({ sectors: [{ km: 100 }, { km: 200 }, { km: 300, density: 10 }], factors: { density: [2, 4] } }));
    expect(run({ kind: 'factor', factor: 'density' }, 4).figures.troops).toEqual(at(4_200));
    expect(run({ kind: 'factor', factor: 'density' }, 2).figures.troops).toEqual(at(3_600));
    // A sector's own density moves that sector alone: 300 km at 20 /km, the others at the central 3 /km.
    expect(run({ kind: 'sectorDensity', sector: 2 }, 20).figures.troops).toEqual(at(900 + 6_000));
    // A length at the scenario density: 200 -> 500 km at 3 /km.
    expect(run({ kind: 'sectorLength', sector: 1 }, 500).figures.lineDensity.min).toBeCloseTo((300 + 1_500 + 3_000) / 900, 12);
  });
});
