import { describe, expect, it } from 'vitest';
import { visibleWindow } from '../../../src/ui/components/visible-window.js';

describe('visibleWindow', () => {
  it.each([
    // count, cursor, height, start, end
    [3, 0, 5, 0, 3],
    [3, 2, 5, 0, 3],
    [20, 0, 5, 0, 5],
    [20, 2, 5, 0, 5],
    [20, 3, 5, 1, 6],
    [20, 10, 5, 8, 13],
    [20, 19, 5, 15, 20],
    [20, 10, 4, 9, 13],
    [0, 0, 5, 0, 0],
    [5, 3, 0, 3, 4],
  ])('%i rows, cursor %i, %i high: rows %i to %i', (count, cursor, height, start, end) => {
    const window = visibleWindow(count, cursor, height);
    expect(window).toEqual({ start, end });
    if (count > 0) expect(cursor >= window.start && cursor < window.end).toBe(true);
  });
});
