import type { Dispatch } from 'react';
import type { ExportFormat, PromptAction, PromptState } from './prompt-state.js';
import { isBackspace, typedText } from '../keys/typed-text.js';
import { useKeys } from '../keys/use-keys.js';

/** When the prompt keys are on, and what submitting does. */
export interface PromptKeysOptions {
  readonly isActive: boolean;
  /** Writes the file under the typed name (and a save's title); `overwrite` once the planner said yes. */
  readonly onSubmit: (overwrite: boolean) => void;
  readonly onChooseFormat: (format: ExportFormat) => void;
  /** Enter on a save's name: checks it and asks the title. */
  readonly onConfirmName: () => void;
}

/** Keys of the save and export prompts. */
export function usePromptKeys(
  prompt: PromptState | null,
  dispatch: Dispatch<PromptAction>,
  { isActive, onSubmit, onChooseFormat, onConfirmName }: PromptKeysOptions,
): void {
  const step = prompt?.step;
  useKeys(
    (input, key) => {
      if (key.ctrl) {
        if (input === 'u') dispatch({ type: 'clearText' });
        return;
      }
      if (key.escape) {
        dispatch({ type: 'cancel' });
        return;
      }
      switch (step) {
        case 'format':
          if (input === 'm') onChooseFormat('md');
          else if (input === 'j') onChooseFormat('json');
          break;
        case 'overwrite':
          if (input === 'y') onSubmit(true);
          else if (input === 'n') dispatch({ type: 'declineOverwrite' });
          break;
        case 'name':
        case 'title': {
          // A save asks the title after the name; an export writes on the name.
          if (key.return && step === 'name' && prompt?.kind === 'save') onConfirmName();
          else if (key.return) onSubmit(false);
          else if (isBackspace(key)) dispatch({ type: 'deleteChar' });
          else {
            const text = typedText(input, key);
            if (text !== null) dispatch({ type: 'typeText', text });
          }
          break;
        }
        case undefined:
          break;
      }
    },
    { isActive: isActive && prompt !== null },
  );
}
