import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { arrowDown, enter, escape, tab } from './keys.js';
import { renderApp } from './render-app.js';
import { blank, frame, press, screen } from './terminal.js';

afterEach(cleanup);

/**
 * The ceasefire scenario's estimate with Brigades selected (numbers worked out in build-scenarios.ts):
 * 6,600 troops over 1,350 km put the line at 4.89 /km, the density its brigades and pledges cover km at.
 */
const brigadesSelected = screen(
  'forcecalc · ceasefire: Ceasefire line',
  '[1 Estimate]  2 Sectors   3 Factors   4 Map',
  '  FIGURE              VALUE',
  '  Coverage length     1,350 km',
  '  Line troops         6,600 troops',
  '  Line density        4.89 /km',
  '> Brigades            2..3 brigades',
  '  Brigade coverage    613.64..1,022.73 km',
  '  Air cover           2..3 packages',
  '  Enablers            0 troops',
  '  Deployed troops     6,600 troops',
  '  Committed troops    6,600 troops',
  '  Committed brigades  2..3 brigades',
  '  Pledged troops      8,000..10,000 troops',
  '  Pledged coverage    1,636.36..2,045.45 km',
  '  Pledged density     5.93..7.41 /km',
  '  Shortfall           0 troops',
  '',
  'Brigades = round up (troops / brigade size)',
  'from 2 sectors, 1,350 km · Density 3 /km · Brigade size 3,000..5,000 troops',
  '',
  '',
  'Up/Down figure  i sources  u uncertainty  Tab panel  s save  ? help  q quit',
);

describe('estimate panel', () => {
  it('shows every figure, and the formula and inputs of the selected one', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, arrowDown, arrowDown, arrowDown);
    expect(frame(terminal)).toBe(brigadesSelected);
  });

  it('says which density a figure that turns troops into km uses: the line density, with its value', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, arrowDown, arrowDown, arrowDown, arrowDown);
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · ceasefire: Ceasefire line',
        '[1 Estimate]  2 Sectors   3 Factors   4 Map',
        '  FIGURE              VALUE',
        '  Coverage length     1,350 km',
        '  Line troops         6,600 troops',
        '  Line density        4.89 /km',
        '  Brigades            2..3 brigades',
        '> Brigade coverage    613.64..1,022.73 km',
        '  Air cover           2..3 packages',
        '  Enablers            0 troops',
        '  Deployed troops     6,600 troops',
        '  Committed troops    6,600 troops',
        '  Committed brigades  2..3 brigades',
        '  Pledged troops      8,000..10,000 troops',
        '  Pledged coverage    1,636.36..2,045.45 km',
        '  Pledged density     5.93..7.41 /km',
        '  Shortfall           0 troops',
        '',
        'Brigade coverage = brigade size / line density (km of this line per brigade)',
        'from Line density 4.89 /km · Brigade size 3,000..5,000 troops · 2 sectors, 1,350',
        'km · Density 3 /km',
        '',
        'Up/Down figure  i sources  u uncertainty  Tab panel  s save  ? help  q quit',
      ),
    );
  });

  it('shows the sources behind the selected figure on i, and hides them on Esc', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, arrowDown, arrowDown, arrowDown, 'i');
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · ceasefire: Ceasefire line',
        '[1 Estimate]  2 Sectors   3 Factors   4 Map',
        'Sources of Brigades',
        'Sectors: 2 sectors, 1,350 km',
        '  Lengths and sector densities from the scenario file (its sources below).',
        'Density 3 /km (preset)',
        "  Politico Europe, 'Ukraine lays out peacekeeping mission wish list' (Pavlo",
        "  Palisa), 9 Apr 2025 in its mirrors, 10 Apr 2025 on Politico's page: \"even if",
        '  deployed with a minimum density — for example, three soldiers per kilometer —',
        '  it will still have to provide air cover" (docs/sources.md, density)',
        'Brigade size 3,000..5,000 troops (preset)',
        "  Politico Europe, 'Ukraine lays out peacekeeping mission wish list' (Pavlo",
        `  Palisa), 9 Apr 2025 in its mirrors, 10 Apr 2025 on Politico's page: "A brigade`,
        "  has from 3,000 to 5,000 troops\" (the journalist's gloss, not Palisa's words);",
        '  NATO brigades 3,200-5,500 (Reuters, 2022) (docs/sources.md, brigade size)',
        'Scenario source 1',
        '  Test source: a ceasefire line of 1,200 km',
        ...blank(5),
        'Up/Down scroll  i/Esc close  Tab panel  ? help  q quit',
      ),
    );

    await press(terminal, escape);
    expect(frame(terminal)).toBe(brigadesSelected);
  });

  it('scrolls sources that do not fit, a line at a time', async () => {
    const terminal = await renderApp({ size: { columns: 80, rows: 12 } });
    await press(terminal, enter, arrowDown, arrowDown, arrowDown, 'i', arrowDown, arrowDown);
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · ceasefire: Ceasefire line',
        '[1 Estimate]  2 Sectors   3 Factors   4 Map',
        'Sources of Brigades, from line 3 (6 more lines: Down)',
        'Density 3 /km (preset)',
        "  Politico Europe, 'Ukraine lays out peacekeeping mission wish list' (Pavlo",
        "  Palisa), 9 Apr 2025 in its mirrors, 10 Apr 2025 on Politico's page: \"even if",
        '  deployed with a minimum density — for example, three soldiers per kilometer —',
        '  it will still have to provide air cover" (docs/sources.md, density)',
        'Brigade size 3,000..5,000 troops (preset)',
        '',
        'Up/Down scroll  i/Esc close  Tab panel  ? help  q quit',
      ),
    );
  });
});

describe('sectors panel', () => {
  it('shows each sector with a bar of its troops, and pledged against needed', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, tab);
    // Bars: 3,600 fills the 29 columns, 3,000 takes 24; needed 6,600 of 10,000 takes 26 of 40,
    // pledged 8,000..10,000 takes 32 solid and 8 more.
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · ceasefire: Ceasefire line',
        ' 1 Estimate  [2 Sectors]  3 Factors   4 Map',
        '  SECTOR                  KM       /KM     TROOPS',
        '> Line of contact      1,200         3      3,600  #############################',
        '  Hot spot               150        20      3,000  ########################',
        '  Total                1,350                6,600',
        '',
        'Needed   ##########################               6,600 troops deployed',
        'Pledged  ################################++++++++ 8,000..10,000 troops',
        'Shortfall 0 troops. France 1 brigade, United Kingdom 5,000 troops.',
        ...blank(12),
        'Up/Down move  Tab panel  b back  s save  e export  ? help  q quit',
      ),
    );
  });
});
