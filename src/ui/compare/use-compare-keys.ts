import type { Dispatch } from 'react';
import type { AppAction } from '../app/app-state.js';
import type { CompareAction } from './compare-state.js';
import { isBackspace } from '../keys/typed-text.js';
import { useKeys } from '../keys/use-keys.js';

/** When the compare keys are on, and how far they scroll. */
export interface CompareKeysOptions {
  readonly isActive: boolean;
  /** How far the table can scroll down and across at this terminal size. */
  readonly maxRowOffset: number;
  readonly maxColumnOffset: number;
}

/** Keys of the compare view: scroll the table, go back to the list. */
export function useCompareKeys(
  dispatch: Dispatch<CompareAction>,
  dispatchApp: Dispatch<AppAction>,
  { isActive, maxRowOffset, maxColumnOffset }: CompareKeysOptions,
): void {
  useKeys(
    (input, key) => {
      if (key.ctrl) return;
      if (key.upArrow) dispatch({ type: 'up', maxOffset: maxRowOffset });
      else if (key.downArrow) dispatch({ type: 'down', maxOffset: maxRowOffset });
      else if (key.leftArrow) dispatch({ type: 'left', maxOffset: maxColumnOffset });
      else if (key.rightArrow) dispatch({ type: 'right', maxOffset: maxColumnOffset });
      else if (input === 'b' || isBackspace(key)) dispatchApp({ type: 'back' });
    },
    { isActive },
  );
}
