import { useEffect, useReducer, useRef } from 'react';
import type { FactorSettings, Scenario } from '../../core/index.js';
import { DEFAULT_SEED } from '../../core/simulation/index.js';
import { inThreadRunner, type UncertaintyRunner } from './uncertainty-runner.js';
import { initialUncertaintyState, uncertaintyFor, uncertaintyReducer, type UncertaintyState } from './uncertainty-state.js';

/**
 * Samples the screen simulates: enough that the percentiles settle to a
 * brigade or so, few enough (one chunk of the core's, a few ms for 20
 * sectors) to follow every factor step. `forcecalc simulate --samples 2000
 * --seed 20250409` with the same `--set` prints the same figures.
 */
export const UI_SAMPLES = 2_000;
/** The seed the screen simulates with: `forcecalc simulate`'s default, so both agree. */
export const UI_SEED = DEFAULT_SEED;

/** What the uncertainty is computed for. */
export interface UncertaintyRequest {
  /** Null, or `enabled` false: nothing is computed, and what was is kept. */
  readonly scenario: Scenario | null;
  /** The planner's values; a new object (another factor) starts a new request. */
  readonly overrides: FactorSettings;
  /** Provenance of the overrides, as the estimate records it. */
  readonly overrideSource: string;
  readonly enabled: boolean;
  /** Where the work runs (uncertainty-runner.ts). @default inThreadRunner */
  readonly runner?: UncertaintyRunner;
}

/**
 * The simulation and sensitivity of the scenario under the planner's values,
 * computed off the key path: in an effect, so after the exact figures are
 * drawn, by the runner (in a worker thread in the calculator). A factor
 * change cancels the job under way and starts another; so does leaving the
 * screen, and quitting, which therefore never waits for it. Until a part is
 * done the state holds null for it and the view says "simulating…", also in
 * the frame drawn before the new request has started.
 */
export function useUncertainty({ scenario, overrides, overrideSource, enabled, runner = inThreadRunner }: UncertaintyRequest): UncertaintyState {
  const [state, dispatch] = useReducer(uncertaintyReducer, initialUncertaintyState);
  const requests = useRef(0);

  useEffect(() => {
    if (!enabled || scenario === null) return;
    requests.current += 1;
    const request = requests.current;
    dispatch({ type: 'start', request, inputs: { scenario, overrides } });
    return runner.start(
      { scenario, overrides, overrideSource, samples: UI_SAMPLES, seed: UI_SEED },
      {
        simulated: (simulation) => dispatch({ type: 'simulated', request, simulation }),
        analysed: (sensitivity) => dispatch({ type: 'analysed', request, sensitivity }),
        failed: (message) => dispatch({ type: 'failed', request, message }),
      },
    );
  }, [scenario, overrides, overrideSource, enabled, runner]);

  return scenario === null ? state : uncertaintyFor(state, { scenario, overrides });
}
