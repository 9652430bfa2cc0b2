import type { Dispatch } from 'react';
import type { FactorEditorAction } from './factor-editor-state.js';
import { entryKey } from '../keys/typed-text.js';
import { useKeys } from '../keys/use-keys.js';

/** When the factor editor keys are on, and whether a value is being typed. */
export interface FactorEditorKeysOptions {
  readonly isActive: boolean;
  /** True while a value is being typed: letters go into it. */
  readonly typing: boolean;
}

/** Keys of the factor editor: choose, step, type a value. */
export function useFactorEditorKeys(dispatch: Dispatch<FactorEditorAction>, { isActive, typing }: FactorEditorKeysOptions): void {
  useKeys(
    (input, key) => {
      if (key.ctrl) return;
      if (typing) {
        entryKey(input, key, {
          apply: () => dispatch({ type: 'applyEntry' }),
          cancel: () => dispatch({ type: 'cancelEntry' }),
          deleteChar: () => dispatch({ type: 'deleteEntryChar' }),
          type: (text) => dispatch({ type: 'typeEntry', text }),
        });
        return;
      }
      if (key.upArrow) dispatch({ type: 'up' });
      else if (key.downArrow) dispatch({ type: 'down' });
      else if (key.leftArrow || input === '-') dispatch({ type: 'stepDown' });
      // `=` is `+` without Shift on most keyboards.
      else if (key.rightArrow || input === '+' || input === '=') dispatch({ type: 'stepUp' });
      else if (key.return) dispatch({ type: 'startEntry' });
    },
    { isActive },
  );
}
