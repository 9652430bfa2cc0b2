/**
 * The estimate panel as a pure reducer: the figure under the cursor and,
 * when asked for, the sources behind it (scrolled a line at a time).
 */
import { FIGURE_NAMES, type FigureName } from '../core/index.js';
import { moveCursor } from './cursor-move.js';

/** The estimate panel's state. */
export interface FiguresState {
  /** Index into FIGURE_NAMES: every scenario shows the same rows, coalition or not. */
  readonly cursor: number;
  /** The sources of the selected figure, from line `scroll` on; null when hidden. */
  readonly sources: { readonly scroll: number } | null;
}

/** One action per thing the planner can do in the estimate panel. */
export type FiguresAction =
  | { readonly type: 'up' }
  | { readonly type: 'down' }
  | { readonly type: 'toggleSources' }
  | { readonly type: 'hideSources' }
  | { readonly type: 'scrollSourcesUp' }
  | { readonly type: 'scrollSourcesDown'; readonly maxScroll: number };

/** The first figure, sources hidden. */
export const initialFiguresState: FiguresState = { cursor: 0, sources: null };

/** The figure under the cursor. */
export function selectedFigure(state: FiguresState): FigureName {
  return FIGURE_NAMES[state.cursor] ?? FIGURE_NAMES[0];
}

/** The estimate panel after an action. Pure. */
export function figuresReducer(state: FiguresState, action: FiguresAction): FiguresState {
  switch (action.type) {
    case 'up':
    case 'down':
      // Another figure has other sources: start them from the top.
      return {
        cursor: moveCursor(state.cursor, action, FIGURE_NAMES.length),
        sources: state.sources === null ? null : { scroll: 0 },
      };
    case 'toggleSources':
      return { ...state, sources: state.sources === null ? { scroll: 0 } : null };
    case 'hideSources':
      return { ...state, sources: null };
    case 'scrollSourcesUp':
      return state.sources === null ? state : { ...state, sources: { scroll: Math.max(0, state.sources.scroll - 1) } };
    case 'scrollSourcesDown':
      return state.sources === null
        ? state
        : { ...state, sources: { scroll: Math.min(Math.max(0, action.maxScroll), state.sources.scroll + 1) } };
  }
}
