import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario, Sector } from '../../src/core/index.js';
import { ceasefire, drawnRoof as drawn, roofKm } from './build-scenarios.js';
import { arrowDown, enter, shiftTab, tab } from './keys.js';
import { renderApp } from './render-app.js';
import { blank, frame, press, screen } from './terminal.js';

afterEach(cleanup);

/**
 * The body of the map panel for `drawn` at 80 x 24, in monochrome, so in ASCII: the roof fills the width
 * (its peak at the middle column, the two sides mirrored), then the renderer's scale bar, legend and method.
 */
const roofMap = [
  '',
  '                                       ***',
  '                                     **   **',
  '                                  ***       ***',
  '                               ***             **',
  '                             **                  ***',
  '                          ***                       **',
  '                       ***                            ***',
  '                     **                                  ***',
  '                  ***                                       **',
  '                **                                            ***',
  '             ***                                                 **',
  '          ***                                                      ***',
  '        **                                                            **',
  '      **                                                                **',
  '',
  '|----------------------| 50 km',
  '* Roof line                                                       180.9 km drawn',
  'Drawn lengths: geodesic on WGS84 (GeographicLib, Karney 2013) x tortuosity',
];

const mapFooter = 'Tab panel  b back  s save  e export  ? help  q quit';

/** The roof 30 times over, "Roof 1" to "Roof 30": more sectors than the panel has rows. */
const roofs: Scenario = {
  ...drawn,
  id: 'roofs',
  sectors: Array.from({ length: 30 }, (_, index): Sector => ({ ...(drawn.sectors[0] as Sector), name: `Roof ${index + 1}` })),
};

/**
 * The roof in 80 x 5 cells (ASCII, one character a cell, twice as tall as wide). Between the margins 77
 * steps across and 2 down: the box is 2 degrees x cos 50.25 = 1.279 units across and 0.5 down, so
 * min(77 / 1.279, 2 x 2 / 0.5) = 8 cells a unit across, 4 a degree down. Centred across at
 * 1 + (77 - 10.23) / 2 = 34.38: the ends land on columns 34 and 44.62 (45) of row 3, the peak on 39.5
 * (rounded up to 40) of row 1. Bresenham: 34-35 on row 3, 36-38 on row 2, 39-40 on row 1; then 41 on
 * row 1, 42-43 on row 2, 44-45 on row 3. Every sector draws the same cells, so the last one's "$" shows.
 */
const roofInFiveRows = ['', `${' '.repeat(39)}$$$`, `${' '.repeat(36)}$$$   $$`, `${' '.repeat(34)}$$        $$`, ''];

describe('map panel', () => {
  it('draws the sectors of a drawn scenario across the panel, with scale bar and legend', async () => {
    const terminal = await renderApp({ scenarios: [drawn, ceasefire] });
    await press(terminal, enter, '4');
    expect(roofKm).toBeCloseTo(180.9, 1);
    expect(frame(terminal)).toBe(
      screen('forcecalc · drawn: Drawn roof', ' 1 Estimate   2 Sectors   3 Factors  [4 Map]', ...roofMap, '', mapFooter),
    );
  });

  it('is the same map after a factor edit: it shows geometry, not figures', async () => {
    const terminal = await renderApp({ scenarios: [drawn] });
    await press(terminal, enter, '3', '+', '4');
    expect(frame(terminal)).toBe(
      screen('forcecalc · drawn: Drawn roof  * edited', ' 1 Estimate   2 Sectors   3 Factors  [4 Map]', ...roofMap, '', mapFooter),
    );
  });

  it('lists the first sectors of many within the panel, then how many more', async () => {
    // The panel's 19 rows: scale bar and method take 2, the map keeps 5; 12 for the legend: 11 sectors and
    // the count. 13.94 km a cell at 50.25 N (N = 6,390.8 km, 111.54 km a unit, 8 cells a unit): at most
    // 32 cells (446 km), so 200 km, 14 cells apart. Markers go round the ASCII set: * + o x # % = @ & $.
    const terminal = await renderApp({ scenarios: [roofs] });
    await press(terminal, enter, '4');
    const entry = (marker: string, count: number): string => `${marker} Roof ${count}`.padEnd(66) + '180.9 km drawn';
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · roofs: Drawn roof',
        ' 1 Estimate   2 Sectors   3 Factors  [4 Map]',
        ...roofInFiveRows,
        '|-------------| 200 km',
        ...[...'*+ox#%=@&$*'].map((marker, index) => entry(marker, index + 1)),
        '... and 19 more sectors',
        'Drawn lengths: geodesic on WGS84 (GeographicLib, Karney 2013) x tortuosity',
        '',
        mapFooter,
      ),
    );
  });

  it('shrinks the map to 3 rows and counts the sectors in a low panel; says what it needs in a lower one', async () => {
    // 80 x 10: a panel of 5 rows, the least: the map in 3 (no blank row above or below, so the same 2 steps
    // down as in 5), the scale bar, and no room for an entry and the count.
    const low = await renderApp({ scenarios: [roofs], size: { columns: 80, rows: 10 } });
    await press(low, enter, '4');
    expect(frame(low).split('\n').slice(2, 7)).toEqual([...roofInFiveRows.slice(1, 4), '|-------------| 200 km', '30 sectors: too few rows to list them']);
    low.unmount();
    const lower = await renderApp({ scenarios: [roofs], size: { columns: 80, rows: 9 } });
    await press(lower, enter, '4');
    expect(frame(lower).split('\n')[2]).toBe('The map needs 20 columns and 5 rows.');
  });

  it('says so when no sector of the scenario is drawn', async () => {
    const terminal = await renderApp({ scenarios: [drawn, ceasefire] });
    await press(terminal, arrowDown, enter, '4');
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · ceasefire: Ceasefire line',
        ' 1 Estimate   2 Sectors   3 Factors  [4 Map]',
        'No sector of this scenario is drawn: give a sector a path: or geojson: to see it',
        'here.',
        ...blank(18),
        mapFooter,
      ),
    );
  });

  it.each([
    ['Tab from the factors', [enter, '3', tab]],
    ['Shift-Tab from the estimate', [enter, shiftTab]],
  ])('is reached by %s', async (_name, keys) => {
    const terminal = await renderApp({ scenarios: [drawn] });
    await press(terminal, ...keys);
    expect(frame(terminal).split('\n')[1]).toBe(' 1 Estimate   2 Sectors   3 Factors  [4 Map]');
  });
});
