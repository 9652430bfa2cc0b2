import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { uiScenario } from '../build-scenarios.js';
import { arrowDown, enter } from '../keys.js';
import { renderApp } from '../render-app.js';
import { frame, press, screen } from '../terminal.js';

afterEach(cleanup);

/** Sector n is 50 x n km at the preset 3 /km: 150 x n troops; 10,500 km and 31,500 troops in all. */
const twenty = uiScenario({
  id: 'twenty',
  title: 'Twenty sectors',
  sectors: Array.from({ length: 20 }, (_, index) => ({ name: `Sector ${index + 1}`, km: 50 * (index + 1) })),
});

describe('sectors panel with more sectors than fit', () => {
  it('scrolls to keep the cursor in the middle, bars scaled to the largest sector', async () => {
    const terminal = await renderApp({ scenarios: [twenty] });
    await press(terminal, enter, '2', ...Array.from({ length: 10 }, () => arrowDown));
    // Sector 20 (3,000 troops) would fill the 35 columns of bar: sector n takes round(35 x n / 20).
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · twenty: Twenty sectors',
        ' 1 Estimate  [2 Sectors]  3 Factors   4 Map',
        '  SECTOR            KM       /KM     TROOPS',
        '  Sector 6         300         3        900  ###########',
        '  Sector 7         350         3      1,050  ############',
        '  Sector 8         400         3      1,200  ##############',
        '  Sector 9         450         3      1,350  ################',
        '  Sector 10        500         3      1,500  ##################',
        '> Sector 11        550         3      1,650  ###################',
        '  Sector 12        600         3      1,800  #####################',
        '  Sector 13        650         3      1,950  #######################',
        '  Sector 14        700         3      2,100  #########################',
        '  Sector 15        750         3      2,250  ##########################',
        '  Sector 16        800         3      2,400  ############################',
        '  Sector 17        850         3      2,550  ##############################',
        '  Total         10,500               31,500',
        '',
        'No coalition pledges in this scenario: 31,500 troops needed on the ground.',
        '',
        '',
        '',
        '',
        'Up/Down move  Tab panel  b back  s save  e export  ? help  q quit',
      ),
    );
  });
});
