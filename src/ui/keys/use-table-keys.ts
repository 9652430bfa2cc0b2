import type { Dispatch } from 'react';
import type { TableCursorAction } from '../components/table-cursor-state.js';
import { cursorMoveOf } from './cursor-move.js';
import { useKeys } from './use-keys.js';

/** When a table's keys are on, its size, and what its editing keys do. */
export interface TableKeysOptions {
  readonly isActive: boolean;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Rows one PgUp/PgDn moves. */
  readonly pageSize: number;
  /** Enter: type into the cell under the cursor. */
  readonly onEdit: () => void;
  /** `a`: a new row, typed after the last. */
  readonly onAdd: () => void;
  /** `x`: the row under the cursor goes. */
  readonly onRemove: () => void;
}

/**
 * Keys of an editable table (the Sectors and Coalition panels): Up, Down,
 * PgUp, PgDn, Home and End move over the rows, Left and Right over the
 * columns one can type into; Enter types into the cell, `a` adds a row, `x`
 * removes one (Delete is not used: most terminals send Backspace as DEL,
 * and Backspace goes back to the list).
 */
export function useTableKeys(dispatch: Dispatch<TableCursorAction>, options: TableKeysOptions): void {
  const { isActive, rowCount, columnCount, pageSize, onEdit, onAdd, onRemove } = options;
  useKeys(
    (input, key) => {
      if (key.leftArrow || key.rightArrow) {
        dispatch({ type: 'moveColumn', by: key.leftArrow ? -1 : 1, columnCount });
        return;
      }
      if (key.return) onEdit();
      else if (input === 'a' && !key.ctrl) onAdd();
      else if (input === 'x' && !key.ctrl) onRemove();
      const move = cursorMoveOf(key, pageSize);
      if (move !== null) dispatch({ type: 'move', move, count: rowCount });
    },
    { isActive },
  );
}
