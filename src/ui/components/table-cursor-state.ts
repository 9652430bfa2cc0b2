/**
 * A cursor over the rows of a table, and the column the planner types into:
 * the Sectors panel (name, length, density) and the Pledges panel (country,
 * pledge, departure, tour, then each capability a contributor may provide).
 * A pure reducer.
 */
import { moveCursor, type CursorMove } from '../keys/cursor-move.js';

/** The row and the column under the cursor. */
export interface TableCursorState {
  readonly cursor: number;
  readonly column: number;
}

/** A move over `count` rows, a move to the next or previous of `columnCount` columns, or a reset for another scenario. */
export type TableCursorAction =
  | { readonly type: 'move'; readonly move: CursorMove; readonly count: number }
  | { readonly type: 'moveColumn'; readonly by: 1 | -1; readonly columnCount: number }
  | { readonly type: 'reset' };

/** The first row, the first column. */
export const initialTableCursor: TableCursorState = { cursor: 0, column: 0 };

/** The row under the cursor among `count` rows: the cursor kept on a row after rows were removed. */
export function cursorRow(state: TableCursorState, count: number): number {
  return Math.max(0, Math.min(state.cursor, count - 1));
}

/** The column under the cursor among `count` columns: kept on one after columns went (a capability removed). */
export function cursorColumn(state: TableCursorState, count: number): number {
  return Math.max(0, Math.min(state.column, count - 1));
}

/** The table cursor after an action. Pure; columns stop at the ends, as rows do. */
export function tableCursorReducer(state: TableCursorState, action: TableCursorAction): TableCursorState {
  switch (action.type) {
    case 'move':
      // From the row shown: after rows were removed the stored cursor may be past the end.
      return { ...state, cursor: moveCursor(cursorRow(state, action.count), action.move, action.count) };
    case 'moveColumn':
      // From the column shown, as a move is from the row shown.
      return { ...state, column: cursorColumn({ ...state, column: cursorColumn(state, action.columnCount) + action.by }, action.columnCount) };
    case 'reset':
      return initialTableCursor;
  }
}
