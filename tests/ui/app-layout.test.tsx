// The whole app's layout: the panels side by side from 120 columns, a resize
// followed, a small terminal cut rather than overdrawn (both pinned in frames/),
// and one line less than the terminal at any size.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { enter } from './keys.js';
import { renderApp } from './render-app.js';
import { frame, press, resizeTerminal, settle } from './terminal.js';

afterEach(cleanup);

describe('layout', () => {
  it('puts the panels side by side from 120 columns', async () => {
    const terminal = await renderApp({ size: { columns: 130, rows: 30 } });
    await press(terminal, enter);
    await expect(frame(terminal)).toMatchFileSnapshot('frames/estimate-wide-130x30.txt');
  });

  it('follows a resize', async () => {
    const wide = await renderApp({ size: { columns: 130, rows: 30 } });
    await press(wide, enter);
    const expected = frame(wide);
    wide.unmount();
    const terminal = await renderApp();
    await press(terminal, enter);
    resizeTerminal(terminal, { columns: 130, rows: 30 });
    await settle();
    expect(frame(terminal)).toBe(expected);
  });

  it('cuts what does not fit a small terminal rather than drawing lines over each other', async () => {
    const terminal = await renderApp({ size: { columns: 60, rows: 12 } });
    await press(terminal, enter, '3');
    await expect(frame(terminal)).toMatchFileSnapshot('frames/factors-small-60x12.txt');
  });

  it.each([
    [80, 24],
    [130, 30],
    [60, 12],
    [200, 50],
  ])('draws one line less than a %i x %i terminal, so Ink never clears the whole screen', async (columns, rows) => {
    for (const keys of [[], [enter], [enter, '2'], [enter, '3'], ['?']]) {
      const terminal = await renderApp({ size: { columns, rows } });
      await press(terminal, ...keys);
      const lines = frame(terminal).split('\n');
      expect(lines).toHaveLength(rows - 1);
      expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(columns);
      terminal.unmount();
    }
  });
});
