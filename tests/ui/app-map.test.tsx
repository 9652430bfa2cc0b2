import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
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
