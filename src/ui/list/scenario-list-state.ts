/**
 * The scenario list as a pure reducer: a cursor over the scenarios that match
 * the filter, the filter being typed, and the scenarios marked for compare.
 * No React, no Ink: tested as plain functions.
 */
import { moveCursor, type CursorMove } from '../keys/cursor-move.js';
import { replaceById } from '../app/replace-by-id.js';

/** A scenario as the list needs it. */
export interface ListItem {
  readonly id: string;
  /** The sanitised id and title in lower case: what the filter matches. */
  readonly searchText: string;
}

/** The scenario list's state. */
export interface ScenarioListState {
  /** Every scenario, in the order of the list. */
  readonly items: readonly ListItem[];
  /** Index into `visibleItems(state)`. */
  readonly cursor: number;
  readonly filter: string;
  /** True while the planner types the filter (after `/`). */
  readonly typingFilter: boolean;
  /** Ids marked for compare, in the order they were marked: the first is the base of the comparison. */
  readonly marked: readonly string[];
}

/** One action per thing the planner can do in the list. */
export type ScenarioListAction =
  | CursorMove
  | { readonly type: 'startFilter' }
  | { readonly type: 'typeFilter'; readonly text: string }
  | { readonly type: 'deleteFilterChar' }
  | { readonly type: 'keepFilter' }
  | { readonly type: 'clearFilter' }
  | { readonly type: 'toggleMark' }
  /** A scenario file saved from the UI: it replaces the item of the same id, or joins the end of the list; the cursor goes to it (the screen shows it). */
  | { readonly type: 'addItem'; readonly item: ListItem };

/** The list of `items`, cursor on the first, no filter, nothing marked. */
export function initialScenarioListState(items: readonly ListItem[]): ScenarioListState {
  return { items, cursor: 0, filter: '', typingFilter: false, marked: [] };
}

/** The scenarios whose id or title contains the filter (any case). */
export function visibleItems(state: Pick<ScenarioListState, 'items' | 'filter'>): readonly ListItem[] {
  const needle = state.filter.trim().toLowerCase();
  return needle === '' ? state.items : state.items.filter((item) => item.searchText.includes(needle));
}

/** The id under the cursor; null when nothing matches. */
export function selectedId(state: ScenarioListState): string | null {
  return visibleItems(state)[state.cursor]?.id ?? null;
}

/** A new filter keeps the cursor on the same scenario when it still matches, else on the first. */
function withFilter(state: ScenarioListState, filter: string): ScenarioListState {
  const current = selectedId(state);
  const index = visibleItems({ items: state.items, filter }).findIndex((item) => item.id === current);
  return { ...state, filter, cursor: Math.max(0, index) };
}

/** The list after an action. Pure. */
export function scenarioListReducer(state: ScenarioListState, action: ScenarioListAction): ScenarioListState {
  switch (action.type) {
    case 'up':
    case 'down':
    case 'pageUp':
    case 'pageDown':
    case 'first':
    case 'last':
      return { ...state, cursor: moveCursor(state.cursor, action, visibleItems(state).length) };
    case 'startFilter':
      return { ...state, typingFilter: true };
    case 'typeFilter':
      return withFilter(state, state.filter + action.text);
    case 'deleteFilterChar':
      return withFilter(state, [...state.filter].slice(0, -1).join(''));
    case 'keepFilter':
      return { ...state, typingFilter: false };
    case 'clearFilter':
      return { ...withFilter(state, ''), typingFilter: false };
    case 'toggleMark': {
      const id = selectedId(state);
      if (id === null) return state;
      const marked = state.marked.includes(id) ? state.marked.filter((other) => other !== id) : [...state.marked, id];
      return { ...state, marked };
    }
    case 'addItem': {
      const current = selectedId(state);
      const items = replaceById(state.items, action.item);
      const visible = visibleItems({ items, filter: state.filter });
      const added = visible.findIndex((other) => other.id === action.item.id);
      const index = added >= 0 ? added : visible.findIndex((other) => other.id === current);
      return { ...state, items, cursor: Math.max(0, index) };
    }
  }
}
