/**
 * The Timeline panel as a pure reducer: a cursor on a day of the timeline,
 * moved a week at a time or from step to step, and a cursor over the
 * contributors (whose arrival an edit moves).
 */
import { moveCursor, type CursorMove } from '../keys/cursor-move.js';

/** The Timeline panel's state. */
export interface TimelineState {
  /** The day under the cursor, from 0 to the horizon. */
  readonly day: number;
  /** The contributor under the cursor, in the coalition's order. */
  readonly contributor: number;
}

/** Days one Left or Right moves the cursor. */
export const CURSOR_STEP_DAYS = 7;

/** An action of the Timeline panel. */
export type TimelineAction =
  /** Moves the day by `days` (negative: back), kept within 0..horizonDays. */
  | { readonly type: 'moveDay'; readonly days: number; readonly horizonDays: number }
  /** To the next (1) or the previous (-1) of `stepDays` from the cursor's day; to day 0 or the last step at the ends. */
  | { readonly type: 'toStep'; readonly direction: 1 | -1; readonly stepDays: readonly number[] }
  /** Moves the contributor cursor over `count` contributors. */
  | { readonly type: 'moveContributor'; readonly move: CursorMove; readonly count: number }
  /** Another scenario: day 0, the first contributor. */
  | { readonly type: 'reset' };

/** Day 0, the first contributor. */
export const initialTimelineState: TimelineState = { day: 0, contributor: 0 };

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** The panel after an action. Pure. */
export function timelineReducer(state: TimelineState, action: TimelineAction): TimelineState {
  switch (action.type) {
    case 'moveDay':
      return { ...state, day: clamp(state.day + action.days, 0, action.horizonDays) };
    case 'toStep': {
      const later = action.stepDays.filter((day) => day > state.day);
      const earlier = action.stepDays.filter((day) => day < state.day);
      const target = action.direction === 1 ? (later[0] ?? state.day) : (earlier.at(-1) ?? 0);
      return { ...state, day: target };
    }
    case 'moveContributor':
      return { ...state, contributor: moveCursor(state.contributor, action.move, action.count) };
    case 'reset':
      return initialTimelineState;
  }
}
