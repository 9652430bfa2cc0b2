/**
 * Undo and redo as a pure data structure: the states before each edit
 * (`past`, oldest first) and the states undone (`future`, the next redo
 * last). One per scenario, so undoing in one scenario never takes back an
 * edit of another.
 */

/** The states to go back and forward to. */
export interface EditHistory<T> {
  readonly past: readonly T[];
  readonly future: readonly T[];
}

/** Edits kept per scenario: enough for a session, bounded so that a key held down cannot grow memory without end. */
export const HISTORY_LIMIT = 500;

/** No edit yet. */
export function emptyHistory<T>(): EditHistory<T> {
  return { past: [], future: [] };
}

/** After an edit made from `before`: `before` can be gone back to, and nothing undone can be redone. */
export function recordEdit<T>(history: EditHistory<T>, before: T): EditHistory<T> {
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1 - HISTORY_LIMIT) : history.past;
  return { past: [...past, before], future: [] };
}

/** Undo from `current`: the state to restore and the history after; null with nothing to undo. */
export function undoEdit<T>(history: EditHistory<T>, current: T): { readonly state: T; readonly history: EditHistory<T> } | null {
  const state = history.past.at(-1);
  if (state === undefined) return null;
  return { state, history: { past: history.past.slice(0, -1), future: [...history.future, current] } };
}

/** Redo from `current`: the state to restore and the history after; null with nothing to redo. */
export function redoEdit<T>(history: EditHistory<T>, current: T): { readonly state: T; readonly history: EditHistory<T> } | null {
  const state = history.future.at(-1);
  if (state === undefined) return null;
  return { state, history: { past: [...history.past, current], future: history.future.slice(0, -1) } };
}
