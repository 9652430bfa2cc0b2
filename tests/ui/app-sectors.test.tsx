import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { uiScenario } from './build-scenarios.js';
import { enter } from './keys.js';
import { renderApp } from './render-app.js';
import { blank, frame, press, screen } from './terminal.js';

afterEach(cleanup);

/** 1,200 km at 3 /km = 3,600 troops and 150 km at 20 /km = 3,000: 6,600 troops, no pledges. */
const longNames = uiScenario({
  id: 'long-names',
  title: 'Long names',
  sectors: [
    // 46 and 65 characters.
    { name: 'Line of contact, Kherson to the Kharkiv border', km: 1200 },
    { name: 'Zaporizhzhia hot spot, Orikhiv to Huliaipole and Velyka Novosilka', km: 150, density: 20 },
  ],
});

describe('sectors panel', () => {
  it('gives sector names the width there is, keeping a quarter of it for the bars', async () => {
    const terminal = await renderApp({ scenarios: [longNames], size: { columns: 100, rows: 14 } });
    await press(terminal, enter, '2');
    // The numbers take 2 + 2 + 9 + 2 + 8 + 2 + 9 + 2 = 36 columns; of the 64 left the bar keeps 16, the names 48:
    // the first whole, the second cut. Bars: 3,600 troops fill 16 cells, 3,000 take round(16 x 3,000 / 3,600) = 13.
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · long-names: Long names',
        ' 1 Estimate  [2 Sectors]  3 Factors   4 Map',
        '  SECTOR                                                   KM       /KM     TROOPS',
        '> Line of contact, Kherson to the Kharkiv border        1,200         3      3,600  ################',
        '  Zaporizhzhia hot spot, Orikhiv to Huliaipole an…        150        20      3,000  #############',
        '  Total                                                 1,350                6,600',
        '',
        'No coalition pledges in this scenario: 6,600 troops needed on the ground.',
        ...blank(4),
        'Up/Down move  Tab panel  b back  s save  e export  ? help  q quit',
      ),
    );
  });
});
