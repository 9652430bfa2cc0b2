/**
 * The Timeline panel as a pure reducer: a cursor on a day of the timeline,
 * moved a week at a time or from step to step; a cursor over the
 * contributors; and the planner's moves of each contributor's arrival, a
 * week at a time, kept per scenario (as the factor editor keeps factors)
 * and applied to the scenario by `withArrivalShifts` before anything is
 * computed.
 */
import { DAY_BOUNDS, shiftUncertain, type Scenario } from '../../core/index.js';
import { moveCursor, type CursorMove } from '../keys/cursor-move.js';

/** Days each contributor's arrival is moved by, by its index in the coalition; only non-zero moves. */
export type ArrivalShifts = ReadonlyMap<number, number>;

/** Why a step of an arrival changed nothing. */
export type TimelineNotice =
  | { readonly kind: 'beforeDayZero' }
  | { readonly kind: 'afterDeparture' };

/** The Timeline panel's state. */
export interface TimelineState {
  /** The day under the cursor, from 0 to the horizon. */
  readonly day: number;
  /** The contributor under the cursor, in the coalition's order. */
  readonly contributor: number;
  /** The planner's arrival moves by scenario id. */
  readonly shiftsById: ReadonlyMap<string, ArrivalShifts>;
  readonly notice: TimelineNotice | null;
}

/** Days one Left or Right moves the cursor, and one - or + moves an arrival. */
export const CURSOR_STEP_DAYS = 7;

/** An action of the Timeline panel. */
export type TimelineAction =
  /** Moves the day by `days` (negative: back), kept within 0..horizonDays. */
  | { readonly type: 'moveDay'; readonly days: number; readonly horizonDays: number }
  /** To the next (1) or the previous (-1) of `stepDays` from the cursor's day; to day 0 at the start. */
  | { readonly type: 'toStep'; readonly direction: 1 | -1; readonly stepDays: readonly number[] }
  /** Moves the contributor cursor over `count` contributors. */
  | { readonly type: 'moveContributor'; readonly move: CursorMove; readonly count: number }
  /** Moves the arrival of the contributor under the cursor of `scenario` (as loaded) by a week later (1) or earlier (-1). */
  | { readonly type: 'shiftArrival'; readonly scenario: Scenario; readonly direction: 1 | -1 }
  /** Another scenario: day 0, the first contributor; the moves of every scenario are kept. */
  | { readonly type: 'open' }
  /** The file's arrivals again for `id`. */
  | { readonly type: 'reset'; readonly id: string }
  /** `id` was saved with its moves: they are the file's now. */
  | { readonly type: 'fileSaved'; readonly id: string };

/** Day 0, the first contributor, no moves. */
export const initialTimelineState: TimelineState = { day: 0, contributor: 0, shiftsById: new Map(), notice: null };

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** The moves of `id` ({} where none). */
export function shiftsFor(state: TimelineState, id: string): ArrivalShifts {
  return state.shiftsById.get(id) ?? new Map();
}

/** `scenario` with each contributor's arrival moved by its shift (a contributor without `arrives` arrives on day 0). */
export function withArrivalShifts(scenario: Scenario, shifts: ArrivalShifts): Scenario {
  if (shifts.size === 0 || scenario.coalition === null) return scenario;
  return {
    ...scenario,
    coalition: scenario.coalition.map((contributor, index) => {
      const shift = shifts.get(index) ?? 0;
      return shift === 0 ? contributor : { ...contributor, arrives: shiftUncertain(contributor.arrives ?? { min: 0, max: 0 }, shift) };
    }),
  };
}

function withShift(state: TimelineState, scenario: Scenario, direction: 1 | -1): TimelineState {
  const index = state.contributor;
  const contributor = scenario.coalition?.[index];
  if (contributor === undefined) return state;
  const shifts = shiftsFor(state, scenario.id);
  const shift = (shifts.get(index) ?? 0) + direction * CURSOR_STEP_DAYS;
  const arrives = contributor.arrives ?? { min: 0, max: 0 };
  // The file's rules: a day from day 0, and a departure after every day of the arrival.
  if (arrives.min + shift < DAY_BOUNDS.min) return { ...state, notice: { kind: 'beforeDayZero' } };
  if (contributor.leaves !== undefined && !(contributor.leaves.min > arrives.max + shift)) return { ...state, notice: { kind: 'afterDeparture' } };
  const next = new Map(shifts);
  if (shift === 0) next.delete(index);
  else next.set(index, shift);
  const shiftsById = new Map(state.shiftsById);
  if (next.size === 0) shiftsById.delete(scenario.id);
  else shiftsById.set(scenario.id, next);
  return { ...state, shiftsById, notice: null };
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
      return withShift(state, action.scenario, action.direction);
    case 'open':
      return { ...state, day: 0, contributor: 0, notice: null };
    case 'reset':
    case 'fileSaved': {
      if (!state.shiftsById.has(action.id)) return state;
      const shiftsById = new Map(state.shiftsById);
      shiftsById.delete(action.id);
      return { ...state, shiftsById, notice: null };
    }
  }
}
