// The scenario screen through the app: the keys that open a panel or a view
// and what they open. Each panel's own frames are tested alone
// (tests/ui/estimate/); here one whole screen is pinned (frames/).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { arrowDown, enter, escape, tab } from './keys.js';
import { renderApp } from './render-app.js';
import { frame, press } from './terminal.js';

afterEach(cleanup);

const lines = (text: string): string[] => text.split('\n');

describe('the scenario screen', () => {
  it('at 80 x 24: the title, the panel tabs, the estimate panel with the selected figure, the footer', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, arrowDown, arrowDown, arrowDown);
    await expect(frame(terminal)).toMatchFileSnapshot('frames/estimate-80x24.txt');
  });

  it('shows the sources behind the selected figure on i, and hides them on Esc', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, arrowDown, arrowDown, arrowDown);
    const table = frame(terminal);
    await press(terminal, 'i');
    const sources = lines(frame(terminal));
    expect(sources.slice(0, 3)).toEqual(['forcecalc · ceasefire: Ceasefire line', '[1 Estimate] 2 Sectors  3 Factors  4 Map  5 Capabilities  6 Timeline  7 Pledges', 'Sources of Brigades']);
    expect(sources.at(-1)).toBe('Up/Down scroll  i/Esc close  Tab panel  ? help  q quit');
    await press(terminal, escape);
    expect(frame(terminal)).toBe(table);
  });

  it('scrolls sources that do not fit a line at a time with Down', async () => {
    const terminal = await renderApp({ size: { columns: 80, rows: 12 } });
    await press(terminal, enter, arrowDown, arrowDown, arrowDown, 'i', arrowDown, arrowDown);
    expect(lines(frame(terminal))[2]).toBe('Sources of Brigades, from line 3 (6 more lines: Down)');
  });

  it('goes to the sectors panel on Tab', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, tab);
    const shown = lines(frame(terminal));
    expect(shown.slice(1, 3)).toEqual([' 1 Estimate [2 Sectors] 3 Factors  4 Map  5 Capabilities  6 Timeline  7 Pledges', '  [SECTOR]                KM       /KM     TROOPS']);
    expect(shown.at(-1)).toBe('Up/Down sector  Left/Right column  Enter type  a add  x remove  z/y undo/redo  …');
  });
});
