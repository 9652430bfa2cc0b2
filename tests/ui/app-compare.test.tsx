// Compare through the app: the screen it opens (pinned in frames/), the order
// of marking, the edits made, and the keys that scroll it. The view's own
// frames are tested alone (tests/ui/compare/compare-view.test.tsx).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { arrowDown, arrowLeft, arrowRight, arrowUp, enter, space } from './keys.js';
import { border, ceasefire, coast } from './build-scenarios.js';
import { renderApp } from './render-app.js';
import { frame, press } from './terminal.js';

afterEach(cleanup);

const lines = (text: string): string[] => text.split('\n');
const footer = 'Up/Down figures  Left/Right scenarios  b back  ? help  q quit';

describe('compare', () => {
  it('at 80 x 24: the marked scenarios side by side, differences to the first marked with *', async () => {
    const terminal = await renderApp();
    await press(terminal, space, arrowDown, arrowDown, space, 'c');
    await expect(frame(terminal)).toMatchFileSnapshot('frames/compare-80x24.txt');
  });

  it('scrolls down a row with each Down, to the last', async () => {
    const terminal = await renderApp();
    // 25 rows, 17 shown: eight Downs reach the last, a ninth stays there.
    await press(terminal, space, arrowDown, arrowDown, space, 'c', ...Array.from({ length: 9 }, () => arrowDown));
    const shown = lines(frame(terminal));
    expect(shown.slice(2, 5)).toEqual([
      '* differs from ceasefire.',
      'FIGURE                UNIT      ceasefire             coast',
      'Brigades              brigades  2..3                  1 *',
    ]);
    expect(shown.slice(-3)).toEqual(['  Without backstop    packages  2..3                  - *', '', footer]);
  });

  it('uses the order of marking and the edits made, and goes across with Right', async () => {
    const terminal = await renderApp();
    // Edit border (density 5 -> 6), then mark coast, border and ceasefire in that order.
    await press(terminal, arrowDown, enter, '3', '+', 'b', arrowDown, space, arrowUp, space, arrowUp, space, 'c', arrowRight);
    expect(lines(frame(terminal)).slice(0, 4)).toEqual([
      'forcecalc · compare 3 scenarios',
      '--------------------------------------------------------------------------------',
      '* differs from coast. Edited: border. 1 more: Left/Right. (8 more lines: Down)',
      'FIGURE                UNIT      coast                 ceasefire',
    ]);
  });

  it('asks for two marked scenarios first', async () => {
    const terminal = await renderApp();
    await press(terminal, space, 'c');
    const shown = lines(frame(terminal));
    expect(shown[3]).toBe('> [x] ceasefire  Ceasefire line                                  1,350      2..3');
    expect(shown.slice(-2)).toEqual(['Mark at least two scenarios with Space, then press c.', 'Up/Down move  Enter open  / filter  Space mark  c compare  ? help  q quit']);
  });

  it('shows one scenario at a time where two do not fit, Left/Right going through all of them', async () => {
    const terminal = await renderApp({ scenarios: [ceasefire, border, coast], size: { columns: 60, rows: 15 } });
    await press(terminal, space, arrowDown, space, arrowDown, space, 'c');
    const heading = (): string => lines(frame(terminal))[4] ?? '';
    expect(heading()).toBe('FIGURE                UNIT      ceasefire');
    await press(terminal, arrowRight);
    expect(heading()).toBe('FIGURE                UNIT      border');
    // Past the last scenario Right does nothing; Left goes back to the base.
    await press(terminal, arrowRight, arrowRight);
    expect(heading()).toBe('FIGURE                UNIT      coast');
    await press(terminal, arrowLeft, arrowLeft);
    expect(heading()).toBe('FIGURE                UNIT      ceasefire');
  });
});
