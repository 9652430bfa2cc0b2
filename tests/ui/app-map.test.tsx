// The map panel through the app: the keys that reach it, and that an edit
// leaves it alone. Its frames are tested alone (tests/ui/map/map-panel.test.tsx).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ceasefire, drawnRoof as drawn } from './build-scenarios.js';
import { enter, shiftTab, tab } from './keys.js';
import { renderApp } from './render-app.js';
import { frame, press } from './terminal.js';

afterEach(cleanup);

const MAP_TABS = ' 1 Estimate  2 Sectors  3 Factors [4 Map] 5 Capabilities  6 Timeline  7 Pledges';
const lines = (text: string): string[] => text.split('\n');

describe('map panel', () => {
  it('opens on 4, the map across the body, its own footer', async () => {
    const terminal = await renderApp({ scenarios: [drawn, ceasefire] });
    await press(terminal, enter, '4');
    const shown = lines(frame(terminal));
    expect(shown.slice(0, 2)).toEqual(['forcecalc · drawn: Drawn roof', MAP_TABS]);
    expect(shown).toContain('* Roof line                                                       180.9 km drawn');
    expect(shown.at(-1)).toBe('Tab panel  b back  s save  e export  ? help  q quit');
  });

  it('is the same map after a factor edit: it shows geometry, not figures', async () => {
    const terminal = await renderApp({ scenarios: [drawn] });
    await press(terminal, enter, '4');
    const before = lines(frame(terminal));
    await press(terminal, '3', '+', '4');
    const after = lines(frame(terminal));
    expect(after[0]).toBe('forcecalc · drawn: Drawn roof  * edited');
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it.each([
    ['Tab from the factors', [enter, '3', tab]],
    ['Shift-Tab from the capabilities', [enter, '5', shiftTab]],
  ])('is reached by %s', async (_name, keys) => {
    const terminal = await renderApp({ scenarios: [drawn] });
    await press(terminal, ...keys);
    expect(lines(frame(terminal))[1]).toBe(MAP_TABS);
  });
});
