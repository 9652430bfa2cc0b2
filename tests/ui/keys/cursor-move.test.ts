import { describe, expect, it } from 'vitest';
import { moveCursor, type CursorMove } from '../../../src/ui/keys/cursor-move.js';

describe('moveCursor', () => {
  it.each<[number, CursorMove, number, number]>([
    // cursor, move, count, expected
    [0, { type: 'down' }, 5, 1],
    [0, { type: 'up' }, 5, 0],
    [4, { type: 'down' }, 5, 4],
    [2, { type: 'pageDown', page: 10 }, 5, 4],
    [3, { type: 'pageUp', page: 2 }, 5, 1],
    [3, { type: 'pageUp', page: 0 }, 5, 2],
    [3, { type: 'first' }, 5, 0],
    [0, { type: 'last' }, 5, 4],
    [3, { type: 'down' }, 0, 0],
    [7, { type: 'up' }, 3, 2],
  ])('from %i, %o over %i items -> %i', (cursor, move, count, expected) => {
    expect(moveCursor(cursor, move, count)).toBe(expected);
  });
});
