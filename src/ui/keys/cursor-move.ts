import type { Key } from 'ink';

/** A move of a cursor over a list: one step, one page, or to an end. */
export type CursorMove =
  | { readonly type: 'up' }
  | { readonly type: 'down' }
  | { readonly type: 'pageUp'; readonly page: number }
  | { readonly type: 'pageDown'; readonly page: number }
  | { readonly type: 'first' }
  | { readonly type: 'last' };

/**
 * The cursor after a move over `count` items, kept on an item (0 for an empty
 * list). Moves stop at the ends rather than wrapping round, so holding a key
 * never jumps from the last row to the first.
 */
export function moveCursor(cursor: number, move: CursorMove, count: number): number {
  if (count <= 0) return 0;
  const last = count - 1;
  const target = (() => {
    switch (move.type) {
      case 'up':
        return cursor - 1;
      case 'down':
        return cursor + 1;
      case 'pageUp':
        return cursor - Math.max(1, move.page);
      case 'pageDown':
        return cursor + Math.max(1, move.page);
      case 'first':
        return 0;
      case 'last':
        return last;
    }
  })();
  return Math.min(last, Math.max(0, target));
}

/** The move a key asks of a list cursor (arrows, PgUp and PgDn by `pageSize`, Home, End), or null for another key. */
export function cursorMoveOf(key: Key, pageSize: number): CursorMove | null {
  if (key.upArrow) return { type: 'up' };
  if (key.downArrow) return { type: 'down' };
  if (key.pageUp) return { type: 'pageUp', page: pageSize };
  if (key.pageDown) return { type: 'pageDown', page: pageSize };
  if (key.home) return { type: 'first' };
  if (key.end) return { type: 'last' };
  return null;
}
