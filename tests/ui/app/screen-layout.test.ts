import { describe, expect, it } from 'vitest';
import { screenLayout } from '../../../src/ui/app/screen-layout.js';

describe('screenLayout', () => {
  it.each([
    // rows, lines asked under the body, body lines, bottom lines: the title, tab line and footer take 3, the
    // app draws one line less than the terminal, and the status line or prompt takes what is left.
    [24, 1, 19, 1],
    [24, 2, 18, 2],
    // A refused name wrapped in 3 lines: the body gives one up.
    [24, 3, 17, 3],
    // Beyond 2 lines, only while the body keeps 6: 14 rows leave 10 lines, 4 for the prompt at most.
    [14, 3, 7, 3],
    [14, 5, 6, 4],
    // 12 rows leave 8 lines: the prompt keeps its 2, the body 6.
    [12, 4, 6, 2],
    [12, 1, 7, 1],
    // A terminal too small for all: the body keeps a line, the prompt its 2, and the rest is cut.
    [7, 3, 1, 2],
    [5, 1, 1, 1],
  ])('%i rows with %i lines under the body: body %i, bottom %i', (rows, bottomLines, bodyHeight, bottomHeight) => {
    const layout = screenLayout({ columns: 80, rows }, bottomLines);
    expect({ bodyHeight: layout.bodyHeight, bottomHeight: layout.bottomHeight }).toEqual({ bodyHeight, bottomHeight });
    expect(layout.liveHeight).toBe(rows - 1);
  });
});
