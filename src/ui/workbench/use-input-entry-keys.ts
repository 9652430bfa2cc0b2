import type { Dispatch } from 'react';
import { entryKey } from '../keys/typed-text.js';
import { useKeys } from '../keys/use-keys.js';
import type { WorkbenchAction } from './workbench-state.js';

/** Keys while a scenario input is typed: Enter applies (or asks the next step), Esc cancels, Backspace deletes, Ctrl-U clears. */
export function useInputEntryKeys(dispatch: Dispatch<WorkbenchAction>, { isActive }: { readonly isActive: boolean }): void {
  useKeys(
    (input, key) => {
      if (key.ctrl) {
        if (input === 'u') dispatch({ type: 'clearEntry' });
        return;
      }
      entryKey(input, key, {
        apply: () => dispatch({ type: 'submitEntry' }),
        cancel: () => dispatch({ type: 'cancelEntry' }),
        deleteChar: () => dispatch({ type: 'deleteEntryChar' }),
        type: (text) => dispatch({ type: 'typeEntry', text }),
      });
    },
    { isActive },
  );
}
