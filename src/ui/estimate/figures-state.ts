/**
 * The estimate panel as a pure reducer: the figure under the cursor and,
 * when asked for, one of two views over the table: the sources behind the
 * selected figure, or the uncertainty of every figure (each scrolled a line
 * at a time).
 */
import { FIGURE_NAMES, type FigureName } from '../../core/index.js';
import { moveCursor } from '../keys/cursor-move.js';

/** A view over the figure table, scrolled to line `scroll`. */
export interface ScrolledView {
  readonly scroll: number;
}

/** The estimate panel's state. */
export interface FiguresState {
  /** Index into FIGURE_NAMES: every scenario shows the same rows, coalition or not. */
  readonly cursor: number;
  /** The sources of the selected figure; null when hidden. */
  readonly sources: ScrolledView | null;
  /** The uncertainty of the estimate (simulation and tornado); null when hidden. Never shown with the sources. */
  readonly uncertainty: ScrolledView | null;
}

/** One action per thing the planner can do in the estimate panel. */
export type FiguresAction =
  | { readonly type: 'up' }
  | { readonly type: 'down' }
  | { readonly type: 'toggleSources' }
  | { readonly type: 'hideSources' }
  | { readonly type: 'scrollSourcesUp' }
  | { readonly type: 'scrollSourcesDown'; readonly maxScroll: number }
  | { readonly type: 'toggleUncertainty' }
  | { readonly type: 'hideUncertainty' }
  | { readonly type: 'scrollUncertaintyUp' }
  | { readonly type: 'scrollUncertaintyDown'; readonly maxScroll: number };

/** The first figure, no view over the table. */
export const initialFiguresState: FiguresState = { cursor: 0, sources: null, uncertainty: null };

/** The figure under the cursor. */
export function selectedFigure(state: FiguresState): FigureName {
  return FIGURE_NAMES[state.cursor] ?? FIGURE_NAMES[0];
}

const scrolledUp = (view: ScrolledView | null): ScrolledView | null => (view === null ? null : { scroll: Math.max(0, view.scroll - 1) });
const scrolledDown = (view: ScrolledView | null, maxScroll: number): ScrolledView | null =>
  view === null ? null : { scroll: Math.min(Math.max(0, maxScroll), view.scroll + 1) };

/** The estimate panel after an action. Pure. */
export function figuresReducer(state: FiguresState, action: FiguresAction): FiguresState {
  switch (action.type) {
    case 'up':
    case 'down':
      // Another figure has other sources: start them from the top.
      return {
        ...state,
        cursor: moveCursor(state.cursor, action, FIGURE_NAMES.length),
        sources: state.sources === null ? null : { scroll: 0 },
      };
    case 'toggleSources':
      return { ...state, sources: state.sources === null ? { scroll: 0 } : null, uncertainty: null };
    case 'hideSources':
      return { ...state, sources: null };
    case 'scrollSourcesUp':
      return { ...state, sources: scrolledUp(state.sources) };
    case 'scrollSourcesDown':
      return { ...state, sources: scrolledDown(state.sources, action.maxScroll) };
    case 'toggleUncertainty':
      return { ...state, uncertainty: state.uncertainty === null ? { scroll: 0 } : null, sources: null };
    case 'hideUncertainty':
      return { ...state, uncertainty: null };
    case 'scrollUncertaintyUp':
      return { ...state, uncertainty: scrolledUp(state.uncertainty) };
    case 'scrollUncertaintyDown':
      return { ...state, uncertainty: scrolledDown(state.uncertainty, action.maxScroll) };
  }
}
