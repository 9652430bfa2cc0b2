// The whole app at small sizes: no screen draws past the right edge. (The sectors panel's long
// figures beside their bars: tests/ui/estimate/sectors-panel.test.tsx.)
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { arrowDown, enter, space } from './keys.js';
import { renderApp } from './render-app.js';
import { frame, press } from './terminal.js';

afterEach(cleanup);

describe('the right edge', () => {
  it.each([
    [40, 12],
    [30, 10],
    [20, 8],
  ])('never draws past the right edge of a %i x %i terminal', async (columns, rows) => {
    for (const keys of [[], [enter], [enter, '2'], [enter, '3'], ['?'], [space, arrowDown, space, 'c']]) {
      const terminal = await renderApp({ size: { columns, rows } });
      await press(terminal, ...keys);
      const lines = frame(terminal).split('\n');
      expect(lines).toHaveLength(rows - 1);
      expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(columns);
      terminal.unmount();
    }
  });
});
