import type { Dispatch } from 'react';
import { useKeys } from '../keys/use-keys.js';
import type { AppAction } from './app-state.js';

/** Keys while the app asks whether to quit with edits not saved: `s` save, `d` discard and quit, Esc or `n` stay. */
export function useConfirmQuitKeys(dispatch: Dispatch<AppAction>, { isActive, onSave }: { readonly isActive: boolean; readonly onSave: () => void }): void {
  useKeys(
    (input, key) => {
      if (key.ctrl) return;
      if (input === 's') {
        dispatch({ type: 'stay' });
        onSave();
      } else if (input === 'd') dispatch({ type: 'discardAndQuit' });
      else if (key.escape || input === 'n') dispatch({ type: 'stay' });
    },
    { isActive },
  );
}
