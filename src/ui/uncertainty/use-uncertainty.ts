import { useEffect, useReducer, useRef } from 'react';
import { sensitivity } from '../../core/analysis/index.js';
import type { FactorSettings, Scenario } from '../../core/index.js';
import { DEFAULT_SEED, simulate } from '../../core/simulation/index.js';
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
}

/**
 * The simulation and sensitivity of the scenario under the planner's values,
 * computed off the key path: in an effect, so after the exact figures are
 * drawn, then one part per turn of the event loop (the simulation, then the
 * sensitivity), so a key pressed meanwhile waits for one part at most. A
 * factor change cancels what has not run yet and starts again; until a part
 * is done the state holds null for it and the view says "simulating…", also
 * in the frame drawn before the new request has started.
 */
export function useUncertainty({ scenario, overrides, overrideSource, enabled }: UncertaintyRequest): UncertaintyState {
  const [state, dispatch] = useReducer(uncertaintyReducer, initialUncertaintyState);
  const requests = useRef(0);

  useEffect(() => {
    if (!enabled || scenario === null) return;
    requests.current += 1;
    const request = requests.current;
    dispatch({ type: 'start', request, inputs: { scenario, overrides } });
    const options = { overrides, overrideSource };
    // Each part catches its own failure: an exception thrown in a timer would end the app with the terminal raw.
    const run = (part: () => void) => {
      try {
        part();
      } catch (error) {
        dispatch({ type: 'failed', request, message: error instanceof Error ? error.message : String(error) });
      }
    };
    let pending = setImmediate(() =>
      run(() => {
        dispatch({ type: 'simulated', request, simulation: simulate(scenario, { ...options, samples: UI_SAMPLES, seed: UI_SEED }) });
        pending = setImmediate(() => run(() => dispatch({ type: 'analysed', request, sensitivity: sensitivity(scenario, options) })));
      }),
    );
    return () => clearImmediate(pending);
  }, [scenario, overrides, overrideSource, enabled]);

  return scenario === null ? state : uncertaintyFor(state, { scenario, overrides });
}
