/**
 * The uncertainty of the open scenario as a pure reducer: which request is
 * the latest (a factor change starts a new one), and what has come back for
 * it so far: the simulation, then the sensitivity. A result for an older
 * request arrives after the planner changed a factor again and is dropped,
 * so the screen never shows figures of values no longer set.
 */
import type { Sensitivity } from '../../core/analysis/index.js';
import type { FactorSettings, Scenario } from '../../core/index.js';
import type { Simulation } from '../../core/simulation/index.js';

/** What a request computes the uncertainty of: the scenario under the planner's values. */
export interface UncertaintyInputs {
  readonly scenario: Scenario;
  readonly overrides: FactorSettings;
}

/** The uncertainty of the latest request, as far as it is computed. */
export interface UncertaintyState {
  /** The latest request; 0 before the first. */
  readonly request: number;
  /** What the latest request is for; null before the first. */
  readonly inputs: UncertaintyInputs | null;
  /** Null until the simulation of the latest request is done. */
  readonly simulation: Simulation | null;
  /** Null until the sensitivity of the latest request is done. */
  readonly sensitivity: Sensitivity | null;
  /** Why the latest request could not be computed; null when nothing went wrong. */
  readonly error: string | null;
}

/** One action per step of a request. */
export type UncertaintyAction =
  | { readonly type: 'start'; readonly request: number; readonly inputs: UncertaintyInputs }
  | { readonly type: 'simulated'; readonly request: number; readonly simulation: Simulation }
  | { readonly type: 'analysed'; readonly request: number; readonly sensitivity: Sensitivity }
  | { readonly type: 'failed'; readonly request: number; readonly message: string };

/** Nothing asked for yet. */
export const initialUncertaintyState: UncertaintyState = { request: 0, inputs: null, simulation: null, sensitivity: null, error: null };

/** True while the latest request still has a part to come. */
export function isComputing(state: UncertaintyState): boolean {
  return state.inputs !== null && state.error === null && (state.simulation === null || state.sensitivity === null);
}

/**
 * The state as the screen may show it for `inputs`: itself when it is for
 * those inputs (the same scenario and the same values, by identity), else
 * nothing yet (the frame drawn right after a factor change, before the effect
 * has started the new request, must not show the old values' uncertainty).
 */
export function uncertaintyFor(state: UncertaintyState, inputs: UncertaintyInputs): UncertaintyState {
  const current = state.inputs !== null && state.inputs.scenario === inputs.scenario && state.inputs.overrides === inputs.overrides;
  return current ? state : { ...initialUncertaintyState, inputs };
}

/** The uncertainty after an action. Pure. */
export function uncertaintyReducer(state: UncertaintyState, action: UncertaintyAction): UncertaintyState {
  if (action.type === 'start') return { request: action.request, inputs: action.inputs, simulation: null, sensitivity: null, error: null };
  if (action.request !== state.request) return state;
  switch (action.type) {
    case 'simulated':
      return { ...state, simulation: action.simulation };
    case 'analysed':
      return { ...state, sensitivity: action.sensitivity };
    case 'failed':
      return { ...state, error: action.message };
  }
}
