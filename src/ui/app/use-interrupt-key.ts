import { useKeys } from '../keys/use-keys.js';

/**
 * Ctrl-C quits from anywhere, also while typing. The app handles it itself
 * (Ink's `exitOnCtrlC` is off) so that quitting always takes the same path:
 * the screen is cleared, then Ink restores the cursor and the terminal mode.
 */
export function useInterruptKey(onInterrupt: () => void): void {
  useKeys(
    (input, key) => {
      if (key.ctrl && input === 'c') onInterrupt();
    },
    { isActive: true },
  );
}
