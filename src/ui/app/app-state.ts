/**
 * App-level navigation as a pure reducer: which screen is shown, which panel
 * of the scenario screen has the focus, the help overlay, the status line,
 * the files written so far and whether the planner asked to quit.
 */

export type Screen = 'list' | 'scenario' | 'compare';

/** The panels of the scenario screen, in Tab order. */
export const PANELS = ['estimate', 'sectors', 'factors', 'map', 'capabilities', 'timeline', 'coalition'] as const;
/** A panel of the scenario screen. */
export type Panel = (typeof PANELS)[number];

/** One line about the last thing that happened (a save, an export, a hint). */
export interface Status {
  readonly tone: 'info' | 'success' | 'error';
  readonly text: string;
}

/** Where the planner is in the app. */
export interface AppState {
  readonly screen: Screen;
  readonly panel: Panel;
  /** The scenario the scenario screen shows. */
  readonly scenarioId: string | null;
  /** The help overlay, scrolled to line `scroll`; null when closed. */
  readonly help: { readonly scroll: number } | null;
  readonly status: Status | null;
  /** Paths saved or exported, oldest first: printed above the screen so they stay after quitting. */
  readonly written: readonly string[];
  readonly quitting: boolean;
  /** Asked to quit with edits not saved: the planner chooses to save, discard or stay. */
  readonly confirmingQuit: boolean;
}

/** One action per thing the planner can do at app level. */
export type AppAction =
  | { readonly type: 'openScenario'; readonly id: string }
  | { readonly type: 'openCompare' }
  | { readonly type: 'back' }
  | { readonly type: 'nextPanel' }
  | { readonly type: 'previousPanel' }
  | { readonly type: 'showPanel'; readonly panel: Panel }
  | { readonly type: 'toggleHelp' }
  | { readonly type: 'closeHelp' }
  | { readonly type: 'scrollHelpUp' }
  | { readonly type: 'scrollHelpDown'; readonly maxScroll: number }
  | { readonly type: 'showStatus'; readonly status: Status }
  /** The status line emptied: what it said (a save, a reset) is no longer the last thing that happened. */
  | { readonly type: 'clearStatus' }
  | { readonly type: 'fileWritten'; readonly path: string }
  /**
   * `q`, Esc or Ctrl-C. With `unsaved` edits the app asks first; asked
   * again (a second Ctrl-C), or with nothing to lose, it quits.
   */
  | { readonly type: 'quit'; readonly unsaved: boolean }
  /** Quit and drop the unsaved edits. */
  | { readonly type: 'discardAndQuit' }
  /** Back to the screen, the edits kept. */
  | { readonly type: 'stay' };

/** The app as it opens: the scenario list. */
export const initialAppState: AppState = {
  screen: 'list',
  panel: 'estimate',
  scenarioId: null,
  help: null,
  status: null,
  written: [],
  quitting: false,
  confirmingQuit: false,
};

function cyclePanel(panel: Panel, by: 1 | -1): Panel {
  const index = PANELS.indexOf(panel);
  return PANELS[(index + by + PANELS.length) % PANELS.length] ?? 'estimate';
}

/** The app after an action. Pure. */
export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'openScenario':
      return { ...state, screen: 'scenario', scenarioId: action.id, status: null };
    case 'openCompare':
      return { ...state, screen: 'compare', status: null };
    case 'back':
      return { ...state, screen: 'list', status: null };
    case 'nextPanel':
      return { ...state, panel: cyclePanel(state.panel, 1) };
    case 'previousPanel':
      return { ...state, panel: cyclePanel(state.panel, -1) };
    case 'showPanel':
      return { ...state, panel: action.panel };
    case 'toggleHelp':
      return { ...state, help: state.help === null ? { scroll: 0 } : null };
    case 'closeHelp':
      return { ...state, help: null };
    case 'scrollHelpUp':
      return state.help === null ? state : { ...state, help: { scroll: Math.max(0, state.help.scroll - 1) } };
    case 'scrollHelpDown':
      return state.help === null
        ? state
        : { ...state, help: { scroll: Math.min(Math.max(0, action.maxScroll), state.help.scroll + 1) } };
    case 'clearStatus':
      return state.status === null ? state : { ...state, status: null };
    case 'showStatus':
      return { ...state, status: action.status };
    case 'fileWritten':
      return { ...state, written: [...state.written, action.path] };
    case 'quit':
      return action.unsaved && !state.confirmingQuit ? { ...state, confirmingQuit: true, help: null } : { ...state, quitting: true };
    case 'discardAndQuit':
      return { ...state, quitting: true };
    case 'stay':
      return { ...state, confirmingQuit: false };
  }
}
