/**
 * The Capabilities panel as a pure reducer: which capability the cursor is
 * on, the planner's needs for each scenario (kept while they look at other
 * scenarios, as the factor editor keeps factors), and a need being typed.
 * Typed text goes through the scenario file's parser; a bad value keeps the
 * last good one. Air cover, the first row, has its need from the factor
 * airCoverPerBrigade: it is edited in the factor editor, and this panel says so.
 */
import { CAPABILITY_NEED_BOUNDS, sameUncertain, shiftUncertain, type FactorSettings, type Scenario, type Uncertain } from '../../core/index.js';
import { parseCapabilityNeed } from '../../scenarios/index.js';
import { EXPECTED_COUNTABLE, uncountableTotals } from '../../scenarios/countable-totals.js';
import { moveCursor, type CursorMove } from '../keys/cursor-move.js';

/** The planner's needs of one scenario, by the capability's index in its `capabilities` (air cover not counted). */
export type CapabilityNeeds = ReadonlyMap<number, Uncertain>;

/** Why a typed need was refused, in the scenario loader's words. */
export interface NeedEntryError {
  readonly expected: string;
  readonly received: string;
}

/** A need being typed for the capability under the cursor. */
export interface NeedEntry {
  readonly text: string;
  /** Set when Enter found the text unreadable; cleared by the next key. */
  readonly error: NeedEntryError | null;
}

/** Why a key changed nothing: air cover's need is a factor, a step past the bounds, or a total past 2^53 - 1. */
export type CapabilityNotice =
  | { readonly kind: 'airCover' }
  | { readonly kind: 'bound'; readonly direction: 'up' | 'down' }
  | { readonly kind: 'uncountable'; readonly total: string };

/** The Capabilities panel's state. */
export interface CapabilitiesState {
  /** The scenario as its file has it; null before one is opened. */
  readonly scenario: Scenario | null;
  /** Index into the estimate's capabilities: 0 is air cover, 1 + i the scenario's capability i. */
  readonly cursor: number;
  /** The planner's needs by scenario id: only needs that differ from the file. */
  readonly needsById: ReadonlyMap<string, CapabilityNeeds>;
  readonly entry: NeedEntry | null;
  readonly notice: CapabilityNotice | null;
}

/**
 * One action per thing the planner can do in the panel. A step or a typed
 * need is checked against the factors the planner set (`overrides`), as
 * `--set` is, so that no total passes what forcecalc counts exactly.
 */
export type CapabilitiesAction =
  | { readonly type: 'open'; readonly scenario: Scenario }
  | { readonly type: 'move'; readonly move: CursorMove }
  | { readonly type: 'stepUp'; readonly overrides: FactorSettings }
  | { readonly type: 'stepDown'; readonly overrides: FactorSettings }
  | { readonly type: 'startEntry' }
  | { readonly type: 'typeEntry'; readonly text: string }
  | { readonly type: 'deleteEntryChar' }
  | { readonly type: 'applyEntry'; readonly overrides: FactorSettings }
  | { readonly type: 'cancelEntry' }
  | { readonly type: 'reset' }
  /** The scenario was saved and read back: its needs are now the file's. */
  | { readonly type: 'fileSaved'; readonly scenario: Scenario };

/** Nothing opened, nothing changed. */
export const initialCapabilitiesState: CapabilitiesState = { scenario: null, cursor: 0, needsById: new Map(), entry: null, notice: null };

/** A need moves by one unit per brigade, per length or for the force. */
export const NEED_STEP = 1;

const NO_NEEDS: CapabilityNeeds = new Map();

/** The planner's needs for `scenarioId` (empty when none). */
export function needsFor(state: CapabilitiesState, scenarioId: string): CapabilityNeeds {
  return state.needsById.get(scenarioId) ?? NO_NEEDS;
}

/** `scenario` with the planner's needs in place of its file's (the same object when there are none). */
export function withCapabilityNeeds(scenario: Scenario, needs: CapabilityNeeds): Scenario {
  if (needs.size === 0 || scenario.capabilities === undefined) return scenario;
  return {
    ...scenario,
    capabilities: scenario.capabilities.map((capability, index) => {
      const need = needs.get(index);
      return need === undefined ? capability : { ...capability, need };
    }),
  };
}

/** The scenario's capability under the cursor (its index in `capabilities`), or null on air cover. */
function selectedIndex(state: CapabilitiesState): number | null {
  return state.cursor === 0 ? null : state.cursor - 1;
}

/** How many rows the panel has: air cover and the scenario's capabilities. */
function rowCount(state: CapabilitiesState): number {
  return 1 + (state.scenario?.capabilities?.length ?? 0);
}

function withinBounds(value: Uncertain): boolean {
  return value.min >= CAPABILITY_NEED_BOUNDS.min && value.max <= CAPABILITY_NEED_BOUNDS.max;
}

/** Sets the open scenario's need of capability `index`; a need equal to the file's is no change at all. */
function setNeed(state: CapabilitiesState, index: number, need: Uncertain): CapabilitiesState {
  const scenario = state.scenario;
  const fileNeed = scenario?.capabilities?.[index]?.need;
  if (scenario === null || fileNeed === undefined) return state;
  const needs = new Map(needsFor(state, scenario.id));
  if (sameUncertain(need, fileNeed)) needs.delete(index);
  else needs.set(index, need);
  const needsById = new Map(state.needsById);
  if (needs.size === 0) needsById.delete(scenario.id);
  else needsById.set(scenario.id, needs);
  return { ...state, needsById };
}

/** The total `state`'s needs would take past 2^53 - 1 under `overrides`, or null. */
function uncountable(state: CapabilitiesState, overrides: FactorSettings): string | null {
  const scenario = state.scenario;
  return scenario === null ? null : uncountableTotals(withCapabilityNeeds(scenario, needsFor(state, scenario.id)), overrides);
}

/** Moves the selected need by NEED_STEP, a distribution with it; air cover and a step out of bounds change nothing. */
function step(state: CapabilitiesState, direction: 'up' | 'down', overrides: FactorSettings): CapabilitiesState {
  const index = selectedIndex(state);
  const scenario = state.scenario;
  if (index === null) return { ...state, notice: { kind: 'airCover' } };
  const capability = scenario?.capabilities?.[index];
  if (scenario === null || capability === undefined) return state;
  const current = needsFor(state, scenario.id).get(index) ?? capability.need;
  const next = shiftUncertain(current, direction === 'up' ? NEED_STEP : -NEED_STEP);
  if (!withinBounds(next)) return { ...state, notice: { kind: 'bound', direction } };
  const stepped = setNeed(state, index, next);
  const total = uncountable(stepped, overrides);
  if (total !== null) return { ...state, notice: { kind: 'uncountable', total } };
  return { ...stepped, notice: null };
}

/** The panel after an action. Pure: typed needs go through `parseCapabilityNeed`. */
export function capabilitiesReducer(state: CapabilitiesState, action: CapabilitiesAction): CapabilitiesState {
  switch (action.type) {
    case 'open':
      return { ...state, scenario: action.scenario, cursor: 0, entry: null, notice: null };
    case 'move':
      return { ...state, cursor: moveCursor(state.cursor, action.move, rowCount(state)), entry: null, notice: null };
    case 'stepUp':
      return step(state, 'up', action.overrides);
    case 'stepDown':
      return step(state, 'down', action.overrides);
    case 'startEntry':
      return selectedIndex(state) === null ? { ...state, notice: { kind: 'airCover' } } : { ...state, entry: { text: '', error: null }, notice: null };
    case 'typeEntry':
      return state.entry === null ? state : { ...state, entry: { text: state.entry.text + action.text, error: null } };
    case 'deleteEntryChar':
      return state.entry === null ? state : { ...state, entry: { text: [...state.entry.text].slice(0, -1).join(''), error: null } };
    case 'applyEntry': {
      const index = selectedIndex(state);
      if (state.entry === null || index === null) return state;
      const parsed = parseCapabilityNeed(state.entry.text);
      if (!parsed.ok) return { ...state, entry: { ...state.entry, error: { expected: parsed.expected, received: parsed.received } } };
      const applied = setNeed(state, index, parsed.value);
      const total = uncountable(applied, action.overrides);
      if (total !== null) return { ...state, entry: { ...state.entry, error: { expected: EXPECTED_COUNTABLE, received: total } } };
      return { ...applied, entry: null };
    }
    case 'cancelEntry':
      return { ...state, entry: null };
    case 'reset': {
      if (state.scenario === null) return state;
      const needsById = new Map(state.needsById);
      needsById.delete(state.scenario.id);
      return { ...state, needsById, entry: null, notice: null };
    }
    case 'fileSaved': {
      const needsById = new Map(state.needsById);
      needsById.delete(action.scenario.id);
      const scenario = state.scenario?.id === action.scenario.id ? action.scenario : state.scenario;
      return { ...state, scenario, needsById };
    }
  }
}
