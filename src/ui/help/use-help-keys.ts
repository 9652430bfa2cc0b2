import type { Dispatch } from 'react';
import type { AppAction } from '../app/app-state.js';
import { useKeys } from '../keys/use-keys.js';

/** When the help keys are on, and how far they scroll. */
export interface HelpKeysOptions {
  readonly isActive: boolean;
  /** The last line the help can scroll to at this terminal size. */
  readonly maxScroll: number;
  /** Edits not saved: `q` asks first. */
  readonly unsaved: boolean;
}

/** The help overlay: scroll, close with `?` or Esc, quit with `q`. */
export function useHelpKeys(dispatch: Dispatch<AppAction>, { isActive, maxScroll, unsaved }: HelpKeysOptions): void {
  useKeys(
    (input, key) => {
      if (key.upArrow) dispatch({ type: 'scrollHelpUp' });
      else if (key.downArrow) dispatch({ type: 'scrollHelpDown', maxScroll });
      else if (key.escape || input === '?') dispatch({ type: 'closeHelp' });
      else if (input === 'q' && !key.ctrl) dispatch({ type: 'quit', unsaved });
    },
    { isActive },
  );
}
