/**
 * The save and export prompts as a pure reducer. Saving asks for a name,
 * then the title the list will show; exporting first asks for the format. When the file exists the prompt asks
 * before overwriting; "no" goes back to the name. The file itself is written
 * by `use-save-export.ts`, which reports the outcome here.
 */
import type { SaveResult } from '../../scenarios/save.js';

/** The formats `e` exports, as `formatEstimate` names them. */
export type ExportFormat = 'md' | 'json';

/** An open save or export prompt. */
export interface PromptState {
  /** `save`: the edited scenario as a new scenario file; `export`: the estimate's text. */
  readonly kind: 'save' | 'export';
  readonly step: 'format' | 'name' | 'title' | 'overwrite';
  /** Chosen at the `format` step of an export; null for a save. */
  readonly format: ExportFormat | null;
  /** The file name typed so far. */
  readonly text: string;
  /** The title of the saved scenario typed so far (a save's `title` step); empty for an export. */
  readonly title: string;
  /** Why the last name was refused; cleared by the next key. */
  readonly error: string | null;
  /** What the save said about the existing file ("<path> already exists"), at the `overwrite` step. */
  readonly existing: string | null;
}

/** One action per thing the planner (or the file write) can do to a prompt. */
export type PromptAction =
  | { readonly type: 'openSave'; readonly name: string; readonly title: string }
  /** Enter on a save's name: the title is asked next. */
  | { readonly type: 'confirmName' }
  /** The title typed would not load back (blank, too long): why, as the loader says it. */
  | { readonly type: 'refuseTitle'; readonly message: string }
  | { readonly type: 'openExport' }
  | { readonly type: 'chooseFormat'; readonly format: ExportFormat; readonly name: string }
  | { readonly type: 'typeText'; readonly text: string }
  | { readonly type: 'deleteChar' }
  /** Ctrl-U, as in a shell: the whole name goes. */
  | { readonly type: 'clearText' }
  | { readonly type: 'outcome'; readonly result: SaveResult }
  | { readonly type: 'declineOverwrite' }
  | { readonly type: 'cancel' };

const blank = { format: null, text: '', title: '', error: null, existing: null } as const;

/** The field the step types into: the name, or a save's title. */
function typed(state: PromptState, change: (text: string) => string): PromptState {
  if (state.step === 'name') return { ...state, text: change(state.text), error: null };
  if (state.step === 'title') return { ...state, title: change(state.title), error: null };
  return state;
}

/** The prompt after an action; null when no prompt is open. */
export function promptReducer(state: PromptState | null, action: PromptAction): PromptState | null {
  switch (action.type) {
    case 'openSave':
      return { ...blank, kind: 'save', step: 'name', text: action.name, title: action.title };
    case 'openExport':
      return { ...blank, kind: 'export', step: 'format' };
    case 'cancel':
      return null;
  }
  if (state === null) return null;
  switch (action.type) {
    case 'chooseFormat':
      return state.step === 'format' ? { ...state, step: 'name', format: action.format, text: action.name, error: null } : state;
    case 'typeText':
      return typed(state, (text) => text + action.text);
    case 'deleteChar':
      return typed(state, (text) => [...text].slice(0, -1).join(''));
    case 'clearText':
      return typed(state, () => '');
    case 'confirmName':
      return state.kind === 'save' && state.step === 'name' ? { ...state, step: 'title', error: null } : state;
    case 'refuseTitle':
      return state.step === 'title' ? { ...state, error: action.message } : state;
    case 'declineOverwrite':
      return state.step === 'overwrite' ? { ...state, step: 'name', existing: null } : state;
    case 'outcome': {
      const { result } = action;
      if (result.ok) return null;
      switch (result.reason) {
        case 'exists':
          return { ...state, step: 'overwrite', error: null, existing: result.message };
        case 'invalid-name':
          return { ...state, step: 'name', error: result.message };
        case 'io':
          // Nothing more to ask: the status line says what the system refused.
          return null;
      }
    }
  }
}
