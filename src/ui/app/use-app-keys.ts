import type { Dispatch } from 'react';
import type { AppAction } from './app-state.js';
import { useKeys } from '../keys/use-keys.js';

/** When the app-level keys are on, and what Esc does. */
export interface AppKeysOptions {
  /** Off while typing, in a prompt and in the help overlay (which has its own keys). */
  readonly isActive: boolean;
  /** False while something is open that Esc closes first (sources, a filter). */
  readonly escapeQuits: boolean;
  /** Edits not saved: quitting asks first. */
  readonly unsaved: boolean;
}

/** Keys that work on every screen: `q` and Esc quit, `?` opens the help. */
export function useAppKeys(dispatch: Dispatch<AppAction>, { isActive, escapeQuits, unsaved }: AppKeysOptions): void {
  useKeys(
    (input, key) => {
      if (key.ctrl) return;
      if (key.escape) {
        if (escapeQuits) dispatch({ type: 'quit', unsaved });
      } else if (input === 'q') dispatch({ type: 'quit', unsaved });
      else if (input === '?') dispatch({ type: 'toggleHelp' });
    },
    { isActive },
  );
}
