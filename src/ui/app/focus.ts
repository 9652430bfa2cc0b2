/**
 * Where the keys go. Exactly one part of the screen has the focus, and each
 * key hook is active only for its focus, so two hooks never act on one key.
 */
import type { AppState } from './app-state.js';
import type { FactorEditorState } from '../factor-editor/factor-editor-state.js';
import type { FiguresState } from '../estimate/figures-state.js';
import type { PromptState } from '../prompt/prompt-state.js';
import type { CapabilitiesState } from '../capabilities/capabilities-state.js';
import type { ScenarioListState } from '../list/scenario-list-state.js';
import type { TimelineState } from '../timeline/timeline-state.js';

/** The part of the screen that takes the keys. */
export type Focus =
  | 'list'
  | 'filter'
  | 'estimate'
  | 'sources'
  | 'uncertainty'
  | 'sectors'
  | 'factors'
  | 'entry'
  | 'map'
  | 'capabilities'
  | 'capabilityEntry'
  | 'timeline'
  | 'timelineEntry'
  | 'coalition'
  /** A scenario input (title, description, a sector, a contributor) being typed, from any panel. */
  | 'inputEntry'
  | 'compare'
  | 'help'
  | 'confirmQuit'
  | 'promptText'
  | 'promptOverwrite'
  | 'promptFormat';

/** The states the focus follows from. */
export interface FocusInputs {
  readonly app: AppState;
  readonly list: ScenarioListState;
  readonly editor: FactorEditorState;
  readonly figures: FiguresState;
  readonly capabilities: CapabilitiesState;
  readonly timeline: TimelineState;
  readonly prompt: PromptState | null;
  /** True while a scenario input is typed (the workbench's entry). */
  readonly typingInput?: boolean;
}

/** The focus: a prompt first, then the help overlay, then the screen's part. */
export function currentFocus({ app, list, editor, figures, capabilities, timeline, prompt, typingInput = false }: FocusInputs): Focus {
  if (prompt !== null) {
    return prompt.step === 'format' ? 'promptFormat' : prompt.step === 'overwrite' ? 'promptOverwrite' : 'promptText';
  }
  if (app.confirmingQuit) return 'confirmQuit';
  if (app.help !== null) return 'help';
  switch (app.screen) {
    case 'list':
      return list.typingFilter ? 'filter' : 'list';
    case 'compare':
      return 'compare';
    case 'scenario':
      if (typingInput) return 'inputEntry';
      switch (app.panel) {
        case 'estimate':
          return figures.sources !== null ? 'sources' : figures.uncertainty !== null ? 'uncertainty' : 'estimate';
        case 'sectors':
          return 'sectors';
        case 'factors':
          return editor.entry === null ? 'factors' : 'entry';
        case 'map':
          return 'map';
        case 'capabilities':
          return capabilities.entry === null ? 'capabilities' : 'capabilityEntry';
        case 'timeline':
          return timeline.entry === null ? 'timeline' : 'timelineEntry';
        case 'coalition':
          return 'coalition';
      }
  }
}

/** Focuses where every printable key is text being typed: only Ctrl-C quits. */
export function isTyping(focus: Focus): boolean {
  return focus === 'filter' || focus === 'entry' || focus === 'capabilityEntry' || focus === 'timelineEntry' || focus === 'inputEntry' || focus === 'promptText';
}

/** True where Esc quits: no prompt, overlay, sources, uncertainty or filter is open to close first. */
export function escapeQuits(focus: Focus, list: ScenarioListState): boolean {
  switch (focus) {
    case 'list':
      return list.filter === '';
    case 'estimate':
    case 'sectors':
    case 'factors':
    case 'map':
    case 'capabilities':
    case 'timeline':
    case 'coalition':
    case 'compare':
      return true;
    default:
      return false;
  }
}
