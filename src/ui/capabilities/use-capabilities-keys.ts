import type { Dispatch } from 'react';
import type { FactorSettings } from '../../core/index.js';
import type { CapabilitiesAction } from './capabilities-state.js';
import { entryKey } from '../keys/typed-text.js';
import { cursorMoveOf } from '../keys/cursor-move.js';
import { useKeys } from '../keys/use-keys.js';

/** When the Capabilities panel's keys are on, whether a need is being typed, and the factors the planner set. */
export interface CapabilitiesKeysOptions {
  readonly isActive: boolean;
  /** True while a need is being typed: letters go into it. */
  readonly typing: boolean;
  /** The planner's factors, against which a new need is checked. */
  readonly overrides: FactorSettings;
  /** Rows a page moves. */
  readonly pageSize: number;
  /** `a`: declare a capability (its name, per and need are typed). */
  readonly onAdd: () => void;
  /** `x`: remove the capability under the cursor. */
  readonly onRemove: () => void;
}

/** Keys of the Capabilities panel: choose a capability, step its need, type a need (as the factor editor does), add and remove one. */
export function useCapabilitiesKeys(dispatch: Dispatch<CapabilitiesAction>, { isActive, typing, overrides, pageSize, onAdd, onRemove }: CapabilitiesKeysOptions): void {
  useKeys(
    (input, key) => {
      if (key.ctrl) return;
      if (typing) {
        entryKey(input, key, {
          apply: () => dispatch({ type: 'applyEntry', overrides }),
          cancel: () => dispatch({ type: 'cancelEntry' }),
          deleteChar: () => dispatch({ type: 'deleteEntryChar' }),
          type: (text) => dispatch({ type: 'typeEntry', text }),
        });
        return;
      }
      const move = cursorMoveOf(key, pageSize);
      if (move !== null) dispatch({ type: 'move', move });
      else if (key.leftArrow || input === '-') dispatch({ type: 'stepDown', overrides });
      // `=` is `+` without Shift on most keyboards.
      else if (key.rightArrow || input === '+' || input === '=') dispatch({ type: 'stepUp', overrides });
      else if (key.return) dispatch({ type: 'startEntry' });
      else if (input === 'a') onAdd();
      else if (input === 'x') onRemove();
    },
    { isActive },
  );
}
