import type { Dispatch } from 'react';
import { PANELS, type AppAction } from '../app/app-state.js';
import { isBackspace } from '../keys/typed-text.js';
import { useKeys } from '../keys/use-keys.js';

/** When the scenario screen keys are on, and what `r`, `s`, `e`, `u`, `z`, `y`, `t` and `d` do. */
export interface ScenarioScreenKeysOptions {
  readonly isActive: boolean;
  readonly onReset: () => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onEditTitle: () => void;
  readonly onEditDescription: () => void;
  readonly onSave: () => void;
  readonly onExport: () => void;
  /** Shows or hides the uncertainty in the estimate panel. */
  readonly onToggleUncertainty: () => void;
}

/**
 * Keys of the scenario screen whatever panel has the focus: panels, back,
 * undo and redo (`z`, `y`, and Ctrl-Z, Ctrl-Y, which the UI's raw mode
 * receives as keys), the title and description, reset, save, export,
 * uncertainty.
 */
export function useScenarioScreenKeys(dispatch: Dispatch<AppAction>, options: ScenarioScreenKeysOptions): void {
  const { isActive, onReset, onUndo, onRedo, onEditTitle, onEditDescription, onSave, onExport, onToggleUncertainty } = options;
  useKeys(
    (input, key) => {
      if (input === 'z') onUndo();
      else if (input === 'y') onRedo();
      if (key.ctrl || input === 'z' || input === 'y') return;
      const panel = PANELS[Number(input) - 1];
      if (key.tab) dispatch({ type: key.shift ? 'previousPanel' : 'nextPanel' });
      else if (panel !== undefined && /^[1-9]$/.test(input)) dispatch({ type: 'showPanel', panel });
      else if (input === 'b' || isBackspace(key)) dispatch({ type: 'back' });
      else if (input === 'r') onReset();
      else if (input === 't') onEditTitle();
      else if (input === 'd') onEditDescription();
      else if (input === 's') onSave();
      else if (input === 'e') onExport();
      else if (input === 'u') onToggleUncertainty();
    },
    { isActive },
  );
}
