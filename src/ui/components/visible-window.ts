/** The rows `[start, end)` of a list that fit on screen. */
export interface VisibleWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * Which `height` of `count` rows to show so that the cursor is visible: the
 * cursor sits in the middle once the list scrolls, and the window never runs
 * past either end. Derived from the cursor alone, so no scroll position has to
 * be kept in state.
 */
export function visibleWindow(count: number, cursor: number, height: number): VisibleWindow {
  const rows = Math.max(1, height);
  if (count <= rows) return { start: 0, end: Math.max(0, count) };
  const start = Math.min(count - rows, Math.max(0, cursor - Math.floor((rows - 1) / 2)));
  return { start, end: start + rows };
}
