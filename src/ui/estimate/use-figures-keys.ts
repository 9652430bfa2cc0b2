import type { Dispatch } from 'react';
import type { FiguresAction } from './figures-state.js';
import { useKeys } from '../keys/use-keys.js';

/** When the estimate panel keys are on, and what the arrows move. */
export interface FiguresKeysOptions {
  readonly isActive: boolean;
  /** What the panel shows: the arrows choose a figure in the table, and scroll the sources or the uncertainty. */
  readonly view: 'table' | 'sources' | 'uncertainty';
  /** The last line the shown view can scroll to at this size. */
  readonly maxScroll: number;
}

/** Keys of the estimate panel: choose a figure, show or hide its sources, scroll a view; Esc closes it. */
export function useFiguresKeys(dispatch: Dispatch<FiguresAction>, { isActive, view, maxScroll }: FiguresKeysOptions): void {
  useKeys(
    (input, key) => {
      if (key.ctrl) return;
      if (key.upArrow) {
        dispatch(view === 'sources' ? { type: 'scrollSourcesUp' } : view === 'uncertainty' ? { type: 'scrollUncertaintyUp' } : { type: 'up' });
      } else if (key.downArrow) {
        dispatch(
          view === 'sources'
            ? { type: 'scrollSourcesDown', maxScroll }
            : view === 'uncertainty'
              ? { type: 'scrollUncertaintyDown', maxScroll }
              : { type: 'down' },
        );
      } else if (input === 'i' || key.return) dispatch({ type: 'toggleSources' });
      else if (key.escape && view === 'sources') dispatch({ type: 'hideSources' });
      else if (key.escape && view === 'uncertainty') dispatch({ type: 'hideUncertainty' });
    },
    { isActive },
  );
}
