import type { Dispatch } from 'react';
import type { FiguresAction } from './figures-state.js';
import { useKeys } from './use-keys.js';

/** When the estimate panel keys are on, and what the arrows scroll. */
export interface FiguresKeysOptions {
  readonly isActive: boolean;
  /** True while the sources of the selected figure are shown: arrows scroll them. */
  readonly showingSources: boolean;
  /** The last line the sources can scroll to at this size. */
  readonly sourcesMaxScroll: number;
}

/** Keys of the estimate panel: choose a figure, show or hide its sources. */
export function useFiguresKeys(dispatch: Dispatch<FiguresAction>, options: FiguresKeysOptions): void {
  const { isActive, showingSources, sourcesMaxScroll } = options;
  useKeys(
    (input, key) => {
      if (key.ctrl) return;
      if (key.upArrow) dispatch(showingSources ? { type: 'scrollSourcesUp' } : { type: 'up' });
      else if (key.downArrow) dispatch(showingSources ? { type: 'scrollSourcesDown', maxScroll: sourcesMaxScroll } : { type: 'down' });
      else if (input === 'i' || key.return) dispatch({ type: 'toggleSources' });
      else if (key.escape && showingSources) dispatch({ type: 'hideSources' });
    },
    { isActive },
  );
}
