/**
 * The factor editor as a pure reducer: which factor the cursor is on, the
 * planner's values for each scenario (kept while they look at other
 * scenarios), and a value being typed. Typed text goes through the same
 * parser as scenario files; a bad value keeps the last good one.
 */
import { FACTOR_NAMES, FACTORS, resolveFactors, sameUncertain, shiftUncertain, type FactorName, type FactorSettings, type Interval, type Scenario, type Uncertain } from '../../core/index.js';
import { parseFactorValue } from '../../scenarios/index.js';
import { EXPECTED_COUNTABLE, uncountableTotals } from '../../scenarios/countable-totals.js';
import { moveCursor } from '../keys/cursor-move.js';

/** Why a typed value was refused, as the scenario loader says it. */
export interface EntryError {
  readonly expected: string;
  readonly received: string;
}

/** A value being typed for the factor under the cursor. */
export interface FactorEntry {
  readonly text: string;
  /** Set when Enter found the text unreadable; cleared by the next key. */
  readonly error: EntryError | null;
}

/** A step that would leave the factor's bounds, or take a total past what forcecalc counts exactly, so nothing changed. */
export interface BoundNotice {
  readonly factor: FactorName;
  readonly direction: 'up' | 'down';
  /** The total the step would take past 2^53 - 1 (`committedTroops up to ...`); absent for a factor's own bound. */
  readonly uncountable?: string;
}

/** The factor editor's state. */
export interface FactorEditorState {
  /** The scenario being edited; null before one is opened. */
  readonly scenario: Scenario | null;
  /** Index into FACTOR_NAMES. */
  readonly cursor: number;
  /** The planner's values by scenario id: only factors that differ from the file. */
  readonly overridesById: ReadonlyMap<string, FactorSettings>;
  readonly entry: FactorEntry | null;
  readonly notice: BoundNotice | null;
}

/** One action per thing the planner can do in the factor editor. */
export type FactorEditorAction =
  | { readonly type: 'open'; readonly scenario: Scenario }
  | { readonly type: 'up' }
  | { readonly type: 'down' }
  | { readonly type: 'stepUp' }
  | { readonly type: 'stepDown' }
  | { readonly type: 'startEntry' }
  | { readonly type: 'typeEntry'; readonly text: string }
  | { readonly type: 'deleteEntryChar' }
  | { readonly type: 'applyEntry' }
  | { readonly type: 'cancelEntry' }
  | { readonly type: 'reset' }
  /**
   * A scenario file was saved from the UI and loaded again: its edits are now
   * the file's own values, so the edits kept for its id are dropped (an
   * overwritten scenario shows what its file now says).
   */
  | { readonly type: 'fileSaved'; readonly scenario: Scenario };

/** Nothing opened, nothing changed. */
export const initialFactorEditorState: FactorEditorState = {
  scenario: null,
  cursor: 0,
  overridesById: new Map(),
  entry: null,
  notice: null,
};

const NO_OVERRIDES: FactorSettings = {};

/** The planner's values for `scenarioId` (empty when none). */
export function overridesFor(state: FactorEditorState, scenarioId: string): FactorSettings {
  return state.overridesById.get(scenarioId) ?? NO_OVERRIDES;
}

/** The planner's values for the open scenario. */
export function currentOverrides(state: FactorEditorState): FactorSettings {
  return state.scenario === null ? NO_OVERRIDES : overridesFor(state, state.scenario.id);
}

/** The factor under the cursor. */
export function selectedFactor(state: FactorEditorState): FactorName {
  return FACTOR_NAMES[state.cursor] ?? FACTOR_NAMES[0];
}

/** True when the planner's value for `name` differs from the file's. */
export function isChanged(state: FactorEditorState, name: FactorName): boolean {
  return currentOverrides(state)[name] !== undefined;
}

// Steps of 0.05 add up to 0.15000000000000002; nine decimals are far below any
// bound or displayed precision, and far above the float noise.
const roundStep = (value: number): number => Math.round(value * 1e9) / 1e9;

function withinBounds(name: FactorName, value: Interval): boolean {
  const { bounds } = FACTORS[name];
  const aboveMin = bounds.minExclusive ? value.min > bounds.min : value.min >= bounds.min;
  return aboveMin && value.max <= bounds.max && (!bounds.whole || (Number.isInteger(value.min) && Number.isInteger(value.max)));
}

/** Sets the open scenario's value of `name`; a value equal to the file's (distribution included) is no change at all. */
function setValue(state: FactorEditorState, name: FactorName, value: Uncertain): FactorEditorState {
  const scenario = state.scenario;
  if (scenario === null) return state;
  const fileValue = resolveFactors(scenario)[name].value;
  const { [name]: _previous, ...others } = currentOverrides(state);
  const overrides: FactorSettings =
    sameUncertain(value, fileValue) ? others : { ...others, [name]: value };
  const overridesById = new Map(state.overridesById);
  if (Object.keys(overrides).length === 0) overridesById.delete(scenario.id);
  else overridesById.set(scenario.id, overrides);
  return { ...state, overridesById };
}

/**
 * Moves the selected factor by its step: both bounds, and a distribution's
 * mode or mean with them (pert(2, 3, 5) steps to pert(3, 4, 6), never to a
 * plain range). A step that would leave the bounds does nothing.
 */
function step(state: FactorEditorState, direction: 'up' | 'down'): FactorEditorState {
  const scenario = state.scenario;
  if (scenario === null) return state;
  const name = selectedFactor(state);
  const current = resolveFactors(scenario, { overrides: currentOverrides(state) })[name].value;
  const delta = direction === 'up' ? FACTORS[name].step : -FACTORS[name].step;
  const next = shiftUncertain(current, delta, roundStep);
  if (!withinBounds(name, next)) return { ...state, notice: { factor: name, direction } };
  const stepped = setValue(state, name, next);
  const uncountable = uncountableTotals(scenario, currentOverrides(stepped));
  if (uncountable !== null) return { ...state, notice: { factor: name, direction, uncountable } };
  return { ...stepped, notice: null };
}

/** The factor editor after an action. Pure: typed values go through `parseFactorValue`. */
export function factorEditorReducer(state: FactorEditorState, action: FactorEditorAction): FactorEditorState {
  switch (action.type) {
    case 'open':
      return { ...state, scenario: action.scenario, entry: null, notice: null };
    case 'up':
    case 'down':
      return { ...state, cursor: moveCursor(state.cursor, action, FACTOR_NAMES.length), entry: null, notice: null };
    case 'stepUp':
      return step(state, 'up');
    case 'stepDown':
      return step(state, 'down');
    case 'startEntry':
      return { ...state, entry: { text: '', error: null }, notice: null };
    case 'typeEntry':
      return state.entry === null ? state : { ...state, entry: { text: state.entry.text + action.text, error: null } };
    case 'deleteEntryChar':
      return state.entry === null ? state : { ...state, entry: { text: [...state.entry.text].slice(0, -1).join(''), error: null } };
    case 'applyEntry': {
      if (state.entry === null) return state;
      const name = selectedFactor(state);
      const parsed = parseFactorValue(name, state.entry.text);
      if (!parsed.ok) return { ...state, entry: { ...state.entry, error: { expected: parsed.expected, received: parsed.received } } };
      const applied = setValue(state, name, parsed.value);
      // As `--set` is refused: a value that takes a total past what forcecalc counts exactly keeps the last good one.
      const uncountable = state.scenario === null ? null : uncountableTotals(state.scenario, currentOverrides(applied));
      if (uncountable !== null) return { ...state, entry: { ...state.entry, error: { expected: EXPECTED_COUNTABLE, received: uncountable } } };
      return { ...applied, entry: null };
    }
    case 'cancelEntry':
      return { ...state, entry: null };
    case 'reset': {
      if (state.scenario === null) return state;
      const overridesById = new Map(state.overridesById);
      overridesById.delete(state.scenario.id);
      return { ...state, overridesById, entry: null, notice: null };
    }
    case 'fileSaved': {
      const overridesById = new Map(state.overridesById);
      overridesById.delete(action.scenario.id);
      const scenario = state.scenario?.id === action.scenario.id ? action.scenario : state.scenario;
      return { ...state, scenario, overridesById };
    }
  }
}
