/**
 * The inputs of a scenario one at a time: each planning factor (after the
 * planner's overrides), each sector's length and own density, each pledge.
 * Sensitivity analysis moves one of them and holds the others at their
 * central values (swing-model.ts).
 */
import type { Uncertain } from '../distribution.js';
import { resolveFactors, type EstimateOptions } from '../estimate.js';
import { FACTOR_NAMES } from '../factors.js';
import type { InputRef } from '../input-ref.js';
import type { Interval } from '../interval.js';
import type { Scenario } from '../scenario.js';

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
