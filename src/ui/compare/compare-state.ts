/**
 * The compare view as a pure reducer: which scenarios are side by side (the
 * first is the base the others are measured against) and how far the table
 * is scrolled down (rows) and across (scenario columns).
 */

export interface CompareState {
  readonly ids: readonly string[];
  readonly rowOffset: number;
  /**
   * Columns skipped after the base column, which stays in view where two
   * columns fit; where only one fits, the index of the scenario shown.
   */
  readonly columnOffset: number;
}

/** One action per thing the planner can do in the compare view. */
export type CompareAction =
  | { readonly type: 'open'; readonly ids: readonly string[] }
  /**
   * Back a row or a column. `maxOffset`, the furthest the table scrolls at
   * this size, brings back at once an offset that a resize left beyond it.
   */
  | { readonly type: 'up'; readonly maxOffset?: number }
  | { readonly type: 'down'; readonly maxOffset: number }
  | { readonly type: 'left'; readonly maxOffset?: number }
  | { readonly type: 'right'; readonly maxOffset: number };

/** No comparison yet. */
export const initialCompareState: CompareState = { ids: [], rowOffset: 0, columnOffset: 0 };

/** The compare view after an action. Pure. */
export function compareReducer(state: CompareState, action: CompareAction): CompareState {
  switch (action.type) {
    case 'open':
      return { ids: action.ids, rowOffset: 0, columnOffset: 0 };
    case 'up':
      return { ...state, rowOffset: Math.max(0, Math.min(state.rowOffset, action.maxOffset ?? state.rowOffset) - 1) };
    case 'down':
      return { ...state, rowOffset: Math.min(Math.max(0, action.maxOffset), state.rowOffset + 1) };
    case 'left':
      return { ...state, columnOffset: Math.max(0, Math.min(state.columnOffset, action.maxOffset ?? state.columnOffset) - 1) };
    case 'right':
      return { ...state, columnOffset: Math.min(Math.max(0, action.maxOffset), state.columnOffset + 1) };
  }
}
