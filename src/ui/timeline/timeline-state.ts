/**
 * The Timeline panel as a pure reducer: a cursor on a day of the timeline,
 * moved a week at a time or from step to step; a cursor over the
 * contributors; and the planner's arrivals for them, moved a week at a time
 * or typed as in a file (days, a range, a date), kept per scenario (as the
 * factor editor keeps factors) and applied to the scenario by
 * `withArrivals` before anything is computed. Typed text goes through the
 * file parser (`parseScheduleDay`); a bad value keeps the last good one.
 */
import { DAY_BOUNDS, sameUncertain, shiftUncertain, type Scenario, type Uncertain } from '../../core/index.js';
import { parseScheduleDay } from '../../scenarios/index.js';
import { moveCursor, type CursorMove } from '../keys/cursor-move.js';

/** The planner's arrival for each contributor that has one, by its index in the coalition. */
export type ArrivalEdits = ReadonlyMap<number, Uncertain>;

/** Why a change of an arrival was refused: before day 0, onto the departure, or text the file would refuse. */
export type TimelineNotice =
  | { readonly kind: 'beforeDayZero' }
  | { readonly kind: 'afterDeparture' }
  | { readonly kind: 'unreadable'; readonly expected: string; readonly received: string };

/** An arrival being typed for the contributor under the cursor. */
export interface ArrivalEntry {
  readonly text: string;
}

/** The Timeline panel's state. */
export interface TimelineState {
  /** The day under the cursor, from 0 to the horizon. */
  readonly day: number;
  /** The contributor under the cursor, in the coalition's order. */
  readonly contributor: number;
  /** The planner's arrivals by scenario id: only those that differ from the file. */
  readonly arrivalsById: ReadonlyMap<string, ArrivalEdits>;
  readonly entry: ArrivalEntry | null;
  readonly notice: TimelineNotice | null;
}

/** Days one Left or Right moves the cursor, and one - or + moves an arrival. */
export const CURSOR_STEP_DAYS = 7;

/** An action of the Timeline panel. `scenario` is the scenario as its file has it. */
export type TimelineAction =
  /** Moves the day by `days` (negative: back), kept within 0..horizonDays. */
  | { readonly type: 'moveDay'; readonly days: number; readonly horizonDays: number }
  /** To the next (1) or the previous (-1) of `stepDays` from the cursor's day; to day 0 at the start. */
  | { readonly type: 'toStep'; readonly direction: 1 | -1; readonly stepDays: readonly number[] }
  /** Moves the contributor cursor over `count` contributors. */
  | { readonly type: 'moveContributor'; readonly move: CursorMove; readonly count: number }
  /** Moves the arrival of the contributor under the cursor a week later (1) or earlier (-1). */
  | { readonly type: 'shiftArrival'; readonly scenario: Scenario; readonly direction: 1 | -1 }
  | { readonly type: 'startEntry' }
  | { readonly type: 'typeEntry'; readonly text: string }
  | { readonly type: 'deleteEntryChar' }
  | { readonly type: 'applyEntry'; readonly scenario: Scenario }
  | { readonly type: 'cancelEntry' }
  /** Another scenario: day 0, the first contributor; the arrivals of every scenario are kept. */
  | { readonly type: 'open' }
  /** The file's arrivals again for `id`. */
  | { readonly type: 'reset'; readonly id: string }
  /** `id` was saved with its arrivals: they are the file's now. */
  | { readonly type: 'fileSaved'; readonly id: string };

/** Day 0, the first contributor, no edits. */
export const initialTimelineState: TimelineState = { day: 0, contributor: 0, arrivalsById: new Map(), entry: null, notice: null };

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));
const DAY_ZERO: Uncertain = { min: 0, max: 0 };

/** The planner's arrivals for `id` (none where the file's stand). */
export function arrivalsFor(state: TimelineState, id: string): ArrivalEdits {
  return state.arrivalsById.get(id) ?? new Map();
}

/** `scenario` with the planner's arrivals in place of the file's. */
export function withArrivals(scenario: Scenario, arrivals: ArrivalEdits): Scenario {
  if (arrivals.size === 0 || scenario.coalition === null) return scenario;
  return {
    ...scenario,
    coalition: scenario.coalition.map((contributor, index) => {
      const arrives = arrivals.get(index);
      return arrives === undefined ? contributor : { ...contributor, arrives };
    }),
  };
}

/** `arrives` for the contributor under the cursor, if the file's rules allow it: stored, or why not. */
function withArrival(state: TimelineState, scenario: Scenario, arrives: Uncertain): TimelineState {
  const index = state.contributor;
  const contributor = scenario.coalition?.[index];
  if (contributor === undefined) return state;
  // The file's rules: a day from day 0, and a departure after every day of the arrival.
  if (arrives.min < DAY_BOUNDS.min) return { ...state, notice: { kind: 'beforeDayZero' } };
  if (contributor.leaves !== undefined && !(contributor.leaves.min > arrives.max)) return { ...state, notice: { kind: 'afterDeparture' } };
  const edits = new Map(arrivalsFor(state, scenario.id));
  if (sameUncertain(arrives, contributor.arrives ?? DAY_ZERO)) edits.delete(index);
  else edits.set(index, arrives);
  const arrivalsById = new Map(state.arrivalsById);
  if (edits.size === 0) arrivalsById.delete(scenario.id);
  else arrivalsById.set(scenario.id, edits);
  return { ...state, arrivalsById, entry: null, notice: null };
}

/** The arrival of the contributor under the cursor as it stands: the planner's, the file's, or day 0. */
function currentArrival(state: TimelineState, scenario: Scenario): Uncertain {
  return arrivalsFor(state, scenario.id).get(state.contributor) ?? scenario.coalition?.[state.contributor]?.arrives ?? DAY_ZERO;
}

/** The panel after an action. Pure. */
export function timelineReducer(state: TimelineState, action: TimelineAction): TimelineState {
  switch (action.type) {
    case 'moveDay':
      return { ...state, day: clamp(state.day + action.days, 0, action.horizonDays), notice: null };
    case 'toStep': {
      const later = action.stepDays.filter((day) => day > state.day);
      const earlier = action.stepDays.filter((day) => day < state.day);
      const target = action.direction === 1 ? (later[0] ?? state.day) : (earlier.at(-1) ?? 0);
      return { ...state, day: target, notice: null };
    }
    case 'moveContributor':
      return { ...state, contributor: moveCursor(state.contributor, action.move, action.count), notice: null };
    case 'shiftArrival':
      return withArrival(state, action.scenario, shiftUncertain(currentArrival(state, action.scenario), action.direction * CURSOR_STEP_DAYS));
    case 'startEntry':
      return { ...state, entry: { text: '' }, notice: null };
    case 'typeEntry':
      return state.entry === null ? state : { ...state, entry: { text: state.entry.text + action.text }, notice: null };
    case 'deleteEntryChar':
      return state.entry === null ? state : { ...state, entry: { text: [...state.entry.text].slice(0, -1).join('') }, notice: null };
    case 'applyEntry': {
      if (state.entry === null) return state;
      const parsed = parseScheduleDay(state.entry.text, action.scenario.start ?? null);
      if (!parsed.ok) return { ...state, notice: { kind: 'unreadable', expected: parsed.expected, received: parsed.received } };
      return withArrival(state, action.scenario, parsed.value);
    }
    case 'cancelEntry':
      return { ...state, entry: null, notice: null };
    case 'open':
      return { ...state, day: 0, contributor: 0, entry: null, notice: null };
    case 'reset':
    case 'fileSaved': {
      if (!state.arrivalsById.has(action.id)) return state;
      const arrivalsById = new Map(state.arrivalsById);
      arrivalsById.delete(action.id);
      return { ...state, arrivalsById, entry: null, notice: null };
    }
  }
}
