/** The sectors panel as a pure reducer: a cursor over the open scenario's sectors. */
import { moveCursor, type CursorMove } from '../keys/cursor-move.js';

/** The sectors panel's state. */
export interface SectorsState {
  readonly cursor: number;
}

/** A move of the cursor (over `sectorCount` sectors), or a reset for another scenario. */
export type SectorsAction =
  | { readonly type: 'move'; readonly move: CursorMove; readonly sectorCount: number }
  | { readonly type: 'reset' };

/** The cursor on the first sector. */
export const initialSectorsState: SectorsState = { cursor: 0 };

/** The sectors panel after an action. Pure. */
export function sectorsReducer(state: SectorsState, action: SectorsAction): SectorsState {
  switch (action.type) {
    case 'move':
      return { cursor: moveCursor(state.cursor, action.move, action.sectorCount) };
    case 'reset':
      return initialSectorsState;
  }
}
