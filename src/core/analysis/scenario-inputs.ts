/**
 * The inputs of a scenario one at a time: each planning factor (after the
 * planner's overrides), each sector's length and own density, each pledge,
 * each capability's need and the units each contributor provides.
 * Sensitivity analysis moves one of them and holds the others at their
 * central values (swing-model.ts).
 */
import type { Uncertain } from '../distribution.js';
import { pledgedAmount, resolveFactors, type EstimateOptions } from '../estimate.js';
import { FACTOR_NAMES } from '../factors.js';
import type { InputRef } from '../input-ref.js';
import type { Interval } from '../interval.js';
import type { Scenario } from '../scenario.js';

export { sameInput, type InputRef } from '../input-ref.js';

/** One input with its value, and what a reader needs to find it in the scenario. */
export interface ScenarioInput {
  readonly ref: InputRef;
  /** The sector's name, the contributor's country or the capability's name; null for a factor. */
  readonly name: string | null;
  /** For a pledge: what it counts, troops or brigades (of the scenario's brigade size); null otherwise. */
  readonly pledgeKind: 'troops' | 'brigades' | null;
  /** For units a contributor provides: the capability they are units of; null otherwise. */
  readonly capability: string | null;
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
 * applied), then each sector's length and own density, then each
 * capability's need, then each pledge and the units its contributor provides.
 * A pledge of no troops is no input: there is nothing to move.
 */
export function scenarioInputs(scenario: Scenario, options: EstimateOptions = {}): ScenarioInput[] {
  const factors = resolveFactors(scenario, options);
  const sectorsUsingScenarioDensity = scenario.sectors.filter((sector) => sector.density === undefined).length;
  const inputs: ScenarioInput[] = FACTOR_NAMES.map((factor) => ({
    ref: { kind: 'factor', factor },
    name: null,
    pledgeKind: null,
    capability: null,
    value: factors[factor].value,
    sectorsUsing: factor === 'density' ? sectorsUsingScenarioDensity : null,
  }));
  const other = { pledgeKind: null, capability: null, sectorsUsing: null } as const;
  scenario.sectors.forEach((sector, index) => {
    inputs.push({ ...other, ref: { kind: 'sectorLength', sector: index }, name: sector.name, value: sector.lengthKm });
    if (sector.density !== undefined) {
      inputs.push({ ...other, ref: { kind: 'sectorDensity', sector: index }, name: sector.name, value: sector.density });
    }
  });
  (scenario.capabilities ?? []).forEach((capability, index) => {
    inputs.push({ ...other, ref: { kind: 'capabilityNeed', capability: index }, name: capability.name, value: capability.need });
  });
  (scenario.coalition ?? []).forEach((contributor, index) => {
    const { pledge } = contributor;
    if (pledge.kind !== 'none') {
      inputs.push({ ...other, ref: { kind: 'pledge', contributor: index }, name: contributor.country, pledgeKind: pledge.kind, value: pledgedAmount(pledge) });
    }
    (contributor.provides ?? []).forEach((provided, at) => {
      inputs.push({
        ...other,
        ref: { kind: 'provides', contributor: index, provided: at },
        name: contributor.country,
        capability: provided.capability,
        value: provided.units,
      });
    });
  });
  return inputs;
}
