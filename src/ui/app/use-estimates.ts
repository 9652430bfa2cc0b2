import { useMemo, useState } from 'react';
import { estimate, type Estimate, type FactorSettings, type Scenario } from '../../core/index.js';

/** An estimate with the inputs it was computed from. */
interface Computed {
  readonly overrides: FactorSettings | undefined;
  readonly estimate: Estimate;
}

/**
 * The estimate of every scenario under the factors the planner set, by id.
 * A scenario whose inputs and factors are the very objects of the last
 * computation keeps its estimate: a step of one scenario's factor computes
 * that scenario again, not the whole folder (the list's other rows and the
 * compare view read theirs unchanged).
 */
export function useEstimates(
  scenarios: ReadonlyMap<string, Scenario>,
  overridesById: ReadonlyMap<string, FactorSettings>,
  overrideSource: string,
): ReadonlyMap<string, Estimate> {
  // By the scenario object: a scenario changed (needs, arrivals, a save) is a new object, computed afresh.
  const [computed] = useState(() => new WeakMap<Scenario, Computed>());
  return useMemo(
    () =>
      new Map(
        [...scenarios.values()].map((scenario) => {
          const overrides = overridesById.get(scenario.id);
          const last = computed.get(scenario);
          if (last !== undefined && last.overrides === overrides) return [scenario.id, last.estimate] as const;
          const result = estimate(scenario, { overrides, overrideSource });
          computed.set(scenario, { overrides, estimate: result });
          return [scenario.id, result] as const;
        }),
      ),
    [scenarios, overridesById, overrideSource, computed],
  );
}
