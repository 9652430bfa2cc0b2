import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { enter } from './keys.js';
import { renderApp } from './render-app.js';
import { frame, press, resizeTerminal, screen, settle } from './terminal.js';

afterEach(cleanup);

/** The ceasefire scenario at 130 x 30: factors and sectors on the left, the estimate on the right. */
const wide = screen(
  'forcecalc · ceasefire: Ceasefire line',
  '[1 Estimate]  2 Sectors   3 Factors   4 Map',
  '  Factors                                                         > Estimate',
  '    FACTOR                 VALUE                     FROM           FIGURE              VALUE',
  '>   Density                3 /km                     preset       > Coverage length     1,350 km',
  '    Brigade size           3,000..5,000 troops       preset         Line troops         6,600 troops',
  '    Air cover per brigade  1 package                 preset         Line density        4.89 /km',
  '    Enabler share          0%                        preset         Brigades            2..3 brigades',
  '    Rotation               1x                        preset         Brigade coverage    613.64..1,022.73 km',
  '                                                                    Air cover           2..3 packages',
  'Density: soldiers per km of line (a sector may override it).        Enablers            0 troops',
  '-/+ steps by 1 /km; Enter types a value or range, e.g. 3 / km       Deployed troops     6,600 troops',
  '                                                                    Committed troops    6,600 troops',
  '                                                                    Committed brigades  2..3 brigades',
  '                                                                    Pledged troops      8,000..10,000 troops',
  '  Sectors                                                           Pledged coverage    1,636.36..2,045.45 km',
  '  SECTOR                  KM       /KM     TROOPS                   Pledged density     5.93..7.41 /km',
  '> Line of contact      1,200         3      3,600  #############    Shortfall           0 troops',
  '  Hot spot               150        20      3,000  ###########',
  '  Total                1,350                6,600                 Coverage length = sum of sector lengths',
  '                                                                  from 2 sectors, 1,350 km',
  'Needed   ################         6,600 troops deployed',
  'Pledged  ###################+++++ 8,000..10,000 troops',
  'Shortfall 0 troops. France 1 brigade, United Kingdom 5,000',
  'troops.',
  '',
  '',
  '',
  'Up/Down figure  i sources  u uncertainty  Tab panel  s save  ? help  q quit',
);

describe('layout', () => {
  it('puts the panels side by side from 120 columns', async () => {
    const terminal = await renderApp({ size: { columns: 130, rows: 30 } });
    await press(terminal, enter);
    expect(frame(terminal)).toBe(wide);
  });

  it('follows a resize', async () => {
    const terminal = await renderApp();
    await press(terminal, enter);
    resizeTerminal(terminal, { columns: 130, rows: 30 });
    await settle();
    expect(frame(terminal)).toBe(wide);
  });

  it('cuts what does not fit a small terminal rather than drawing lines over each other', async () => {
    const terminal = await renderApp({ size: { columns: 60, rows: 12 } });
    await press(terminal, enter, '3');
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · ceasefire: Ceasefire line',
        ' 1 Estimate   2 Sectors  [3 Factors]  4 Map',
        '    FACTOR                 VALUE                     FROM',
        '>   Density                3 /km                     preset',
        '    Brigade size           3,000..5,000 troops       preset',
        '    Air cover per brigade  1 package                 preset',
        '    Enabler share          0%                        preset',
        '    Rotation               1x                        preset',
        '',
        '',
        'Up/Down factor  -/+ step  Enter type  r reset  Tab panel  s…',
      ),
    );
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
