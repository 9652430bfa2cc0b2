/**
 * The inputs of a scenario one at a time: each planning factor (after the
 * planner's overrides), each sector's length and own density, each pledge.
 * Sensitivity analysis moves one of them and holds the others; it does so by
 * building a scenario whose every input is a single value and handing it to
 * `estimate`, so that one function computes every number.
 */
import type { Uncertain } from '../distribution.js';
import { resolveFactors, type EstimateOptions } from '../estimate.js';
import { FACTOR_NAMES, type FactorName } from '../factors.js';
import type { InputRef } from '../input-ref.js';
import type { Interval } from '../interval.js';
import type { Contributor, Scenario, Sector } from '../scenario.js';

export { sameInput, type InputRef } from '../input-ref.js';

/** One input with its value, and what a reader needs to find it in the scenario. */
export interface ScenarioInput {
  readonly ref: InputRef;
  /** The sector's name or the contributor's country; null for a factor. */
  readonly name: string | null;
  /** For a pledge: what it counts, troops or brigades (of the scenario's brigade size); null otherwise. */
  readonly pledgeKind: 'troops' | 'brigades' | null;
  readonly value: Uncertain;
  /**
   * For the scenario density: how many sectors use it (those without a density
   * of their own), since moving it moves all of them at once; null otherwise.
   */
  readonly sectorsUsing: number | null;
}

/** True when an input can take more than one value. */
export function isUncertainValue(value: Interval): boolean {
  return value.min < value.max;
}

/**
 * Every input of the scenario in a fixed order: the factors (overrides
 * applied), then each sector's length and own density, then each pledge.
 */
export function scenarioInputs(scenario: Scenario, options: EstimateOptions = {}): ScenarioInput[] {
  const factors = resolveFactors(scenario, options);
  const sectorsUsingScenarioDensity = scenario.sectors.filter((sector) => sector.density === undefined).length;
  const inputs: ScenarioInput[] = FACTOR_NAMES.map((factor) => ({
    ref: { kind: 'factor', factor },
    name: null,
    pledgeKind: null,
    value: factors[factor].value,
    sectorsUsing: factor === 'density' ? sectorsUsingScenarioDensity : null,
  }));
  scenario.sectors.forEach((sector, index) => {
    inputs.push({ ref: { kind: 'sectorLength', sector: index }, name: sector.name, pledgeKind: null, value: sector.lengthKm, sectorsUsing: null });
    if (sector.density !== undefined) {
      inputs.push({ ref: { kind: 'sectorDensity', sector: index }, name: sector.name, pledgeKind: null, value: sector.density, sectorsUsing: null });
    }
  });
  (scenario.coalition ?? []).forEach((contributor, index) => {
    const { pledge } = contributor;
    inputs.push({
      ref: { kind: 'pledge', contributor: index },
      name: contributor.country,
      pledgeKind: pledge.kind,
      value: pledge.kind === 'troops' ? pledge.troops : pledge.brigades,
      sectorsUsing: null,
    });
  });
  return inputs;
}

/** Where every input of a point scenario takes its single value from. */
export type InputValue = (ref: InputRef, value: Uncertain) => number;

const at = (value: number): Interval => ({ min: value, max: value });

/**
 * The scenario with every input a single value, `valueOf(ref, value)`; the
 * factors (overrides applied) are written into the scenario, so estimate it
 * without overrides. Its estimate has min = max for every figure.
 */
export function pointScenario(scenario: Scenario, options: EstimateOptions, valueOf: InputValue): Scenario {
  const resolved = resolveFactors(scenario, options);
  const factors = Object.fromEntries(
    FACTOR_NAMES.map((factor) => [factor, at(valueOf({ kind: 'factor', factor }, resolved[factor].value))]),
  ) as Record<FactorName, Interval>;
  const sectors = scenario.sectors.map((sector, index): Sector => {
    const lengthKm = at(valueOf({ kind: 'sectorLength', sector: index }, sector.lengthKm));
    return sector.density === undefined
      ? { ...sector, lengthKm }
      : { ...sector, lengthKm, density: at(valueOf({ kind: 'sectorDensity', sector: index }, sector.density)) };
  });
  const coalition =
    scenario.coalition?.map((contributor, index): Contributor => {
      const { pledge } = contributor;
      const ref: InputRef = { kind: 'pledge', contributor: index };
      return {
        country: contributor.country,
        pledge:
          pledge.kind === 'troops'
            ? { kind: 'troops', troops: at(valueOf(ref, pledge.troops)) }
            : { kind: 'brigades', brigades: at(valueOf(ref, pledge.brigades)) },
      };
    }) ?? null;
  return { ...scenario, factors, sectors, coalition };
}
