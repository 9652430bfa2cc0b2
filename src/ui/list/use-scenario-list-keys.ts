import type { Dispatch } from 'react';
import type { ScenarioListAction } from './scenario-list-state.js';
import { isBackspace, typedText } from '../keys/typed-text.js';
import { useKeys } from '../keys/use-keys.js';

/** When the list keys are on, and what Enter and `c` do. */
export interface ScenarioListKeysOptions {
  readonly isActive: boolean;
  /** True while the filter is being typed: letters go into it. */
  readonly typing: boolean;
  /** True when a filter is set, so Esc clears it rather than quitting. */
  readonly hasFilter: boolean;
  /** Rows one PgUp/PgDn moves. */
  readonly pageSize: number;
  readonly onOpen: () => void;
  readonly onCompare: () => void;
}

/** Keys of the scenario list and its filter. */
export function useScenarioListKeys(dispatch: Dispatch<ScenarioListAction>, options: ScenarioListKeysOptions): void {
  const { isActive, typing, hasFilter, pageSize, onOpen, onCompare } = options;
  useKeys(
    (input, key) => {
      if (key.ctrl) return;
      if (key.upArrow) dispatch({ type: 'up' });
      else if (key.downArrow) dispatch({ type: 'down' });
      else if (key.pageUp) dispatch({ type: 'pageUp', page: pageSize });
      else if (key.pageDown) dispatch({ type: 'pageDown', page: pageSize });
      else if (typing) {
        if (key.return) dispatch({ type: 'keepFilter' });
        else if (key.escape) dispatch({ type: 'clearFilter' });
        else if (isBackspace(key)) dispatch({ type: 'deleteFilterChar' });
        else {
          const text = typedText(input, key);
          if (text !== null) dispatch({ type: 'typeFilter', text });
        }
      } else if (key.home) dispatch({ type: 'first' });
      else if (key.end) dispatch({ type: 'last' });
      else if (key.return) onOpen();
      else if (key.escape && hasFilter) dispatch({ type: 'clearFilter' });
      else if (input === '/') dispatch({ type: 'startFilter' });
      else if (input === ' ') dispatch({ type: 'toggleMark' });
      else if (input === 'c') onCompare();
    },
    { isActive },
  );
}
