import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { arrowDown, arrowUp, enter, escape } from './keys.js';
import { renderApp } from './render-app.js';
import { border, ceasefire, coast, uiScenario } from './build-scenarios.js';
import { blank, frame, press, screen, type } from './terminal.js';

afterEach(cleanup);

const listFooter = 'Up/Down move  Enter open  / filter  Space mark  c compare  ? help  q quit';

describe('scenario list', () => {
  it('lines up titles of wide characters by terminal columns', async () => {
    const terminal = await renderApp({ scenarios: [{ ...ceasefire, title: '停戦ライン, the ceasefire line drawn by the staff officers' }, border] });
    // Each of the five Japanese characters takes two columns: the numbers stay in their columns.
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · 2 scenarios in scenarios',
        '--------------------------------------------------------------------------------',
        '      ID         TITLE                                         LINE KM  BRIGADES',
        '> [ ] ceasefire  停戦ライン, the ceasefire line drawn by t…      1,350      2..3',
        '  [ ] border     Northern border                                 2,000      2..4',
        ...blank(17),
        listFooter,
      ),
    );
  });

  describe('the description of the scenario at the cursor', () => {
    const described = [
      {
        ...ceasefire,
        description:
          'The line of contact as agreed at the ceasefire, held at the minimum density Palisa named, \u001B[2Jthree soldiers per kilometre, with pledges from two contributors, for a first look before the sectors are redrawn by the staff in the spring and summer, when the engineers have surveyed the crossings and the rivers.',
      },
      { ...border, description: 'The northern border with Belarus.' },
      coast,
    ];

    it('is shown under the list, wrapped, cut after four lines, its escape sequences removed', async () => {
      const rows = [
        'forcecalc · 3 scenarios in scenarios',
        '--------------------------------------------------------------------------------',
        '      ID         TITLE                                         LINE KM  BRIGADES',
      ];
      const terminal = await renderApp({ scenarios: described });
      expect(frame(terminal)).toBe(
        screen(
          ...rows,
          '> [ ] ceasefire  Ceasefire line                                  1,350      2..3',
          '  [ ] border     Northern border                                 2,000      2..4',
          '  [ ] coast      Coast watch                                       900         1',
          '',
          '  The line of contact as agreed at the ceasefire, held at the minimum density',
          '  Palisa named, three soldiers per kilometre, with pledges from two',
          '  contributors, for a first look before the sectors are redrawn by the staff in',
          '  the spring and summer, when the engineers have surveyed the crossings and the…',
          ...blank(11),
          listFooter,
        ),
      );
      await press(terminal, arrowDown);
      expect(frame(terminal)).toBe(
        screen(
          ...rows,
          '  [ ] ceasefire  Ceasefire line                                  1,350      2..3',
          '> [ ] border     Northern border                                 2,000      2..4',
          '  [ ] coast      Coast watch                                       900         1',
          '',
          '  The northern border with Belarus.',
          ...blank(14),
          listFooter,
        ),
      );
      // coast has no description: nothing under the list.
      await press(terminal, arrowDown);
      expect(frame(terminal)).toBe(
        screen(
          ...rows,
          '  [ ] ceasefire  Ceasefire line                                  1,350      2..3',
          '  [ ] border     Northern border                                 2,000      2..4',
          '> [ ] coast      Coast watch                                       900         1',
          ...blank(16),
          listFooter,
        ),
      );
    });

    it('gives way to the scenarios in a short terminal', async () => {
      const terminal = await renderApp({ scenarios: described, size: { columns: 60, rows: 10 } });
      expect(frame(terminal)).toBe(
        screen(
          'forcecalc · 3 scenarios in scenarios',
          '------------------------------------------------------------',
          '      ID         TITLE                     LINE KM  BRIGADES',
          '> [ ] ceasefire  Ceasefire line              1,350      2..3',
          '  [ ] border     Northern border             2,000      2..4',
          '  [ ] coast      Coast watch                   900         1',
          '',
          '',
          'Up/Down move  Enter open  / filter  Space mark  c compare  …',
        ),
      );
    });
  });


  it('shows id, title, line length and brigades, and the files that were skipped', async () => {
    const terminal = await renderApp({
      problems: [{ file: 'scenarios/bad.yaml', line: 7, column: 13, path: 'sectors[1].length', expected: 'a length such as "120 km"', received: '"3 kg"' }],
    });
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · 3 scenarios in scenarios',
        '--------------------------------------------------------------------------------',
        '      ID         TITLE                                         LINE KM  BRIGADES',
        '> [ ] ceasefire  Ceasefire line                                  1,350      2..3',
        '  [ ] border     Northern border                                 2,000      2..4',
        '  [ ] coast      Coast watch                                       900         1',
        ...blank(13),
        'Skipped 1 file with problems:',
        '  scenarios/bad.yaml:7:13 sectors[1].length: expected a length such as "120 km"…',
        '',
        listFooter,
      ),
    );
  });

  it('filters by typing / then text; Esc clears the filter and keeps the cursor', async () => {
    const terminal = await renderApp();
    await press(terminal, '/');
    await type(terminal, 'bor');
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · 3 scenarios in scenarios',
        '--------------------------------------------------------------------------------',
        'Filter: bor_',
        '      ID      TITLE                                            LINE KM  BRIGADES',
        '> [ ] border  Northern border                                    2,000      2..4',
        ...blank(17),
        'type filter  Up/Down move  Enter keep  Esc clear',
      ),
    );

    await press(terminal, escape);
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · 3 scenarios in scenarios',
        '--------------------------------------------------------------------------------',
        '      ID         TITLE                                         LINE KM  BRIGADES',
        '  [ ] ceasefire  Ceasefire line                                  1,350      2..3',
        '> [ ] border     Northern border                                 2,000      2..4',
        '  [ ] coast      Coast watch                                       900         1',
        ...blank(16),
        listFooter,
      ),
    );
  });

  it('says when nothing matches a kept filter', async () => {
    const terminal = await renderApp();
    await press(terminal, '/');
    await type(terminal, 'zz');
    await press(terminal, enter);
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · 3 scenarios in scenarios',
        '--------------------------------------------------------------------------------',
        'Filter: zz',
        '      ID    TITLE                                              LINE KM  BRIGADES',
        '  No scenario matches "zz".',
        ...blank(17),
        listFooter,
      ),
    );
  });

  it('opens the scenario under the cursor', async () => {
    const terminal = await renderApp();
    await press(terminal, arrowDown, enter);
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · border: Northern border',
        '[1 Estimate]  2 Sectors   3 Factors   4 Map',
        '  FIGURE              VALUE          FROM',
        '> Coverage length     2,000 km       sectors',
        '  Line troops         10,000 troops  sectors, density',
        '  Line density        5 /km          sectors, density',
        '  Brigades            2..4 brigades  sectors, density, brigade size',
        '  Brigade coverage    600..1,000 km  line density, brigade size, sectors, densi…',
        '  Air cover           2..4 packages  sectors, density, brigade size, air cover …',
        '  Enablers            0 troops       sectors, density, enabler share',
        '  Deployed troops     10,000 troops  sectors, density, enabler share',
        '  Committed troops    10,000 troops  sectors, density, enabler share, rotation',
        '  Committed brigades  2..4 brigades  sectors, density, brigade size, rotation',
        '  Pledged troops      -              pledges, brigade size',
        '  Pledged coverage    -              pledges, brigade size, line density, secto…',
        '  Pledged density     -              pledges, brigade size, sectors',
        '  Shortfall           -              pledges, brigade size, sectors, density, e…',
        '',
        'Coverage length = sum of sector lengths',
        'from 1 sector, 2,000 km',
        '',
        '',
        'Up/Down figure  i sources  u uncertainty  Tab panel  s save  ? help  q quit',
      ),
    );
  });

  it('takes keys that arrive in one chunk one after the other', async () => {
    const terminal = await renderApp();
    await press(terminal, `${arrowDown}${arrowDown}${enter}`);
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · coast: Coast watch',
        '[1 Estimate]  2 Sectors   3 Factors   4 Map',
        '  FIGURE              VALUE',
        '> Coverage length     900 km',
        '  Line troops         2,700 troops',
        '  Line density        3 /km',
        '  Brigades            1 brigade',
        '  Brigade coverage    1,000..1,666.67 km',
        '  Air cover           1 package',
        '  Enablers            0 troops',
        '  Deployed troops     2,700 troops',
        '  Committed troops    8,100 troops',
        '  Committed brigades  3 brigades',
        '  Pledged troops      -',
        '  Pledged coverage    -',
        '  Pledged density     -',
        '  Shortfall           -',
        '',
        'Coverage length = sum of sector lengths',
        'from 1 sector, 900 km',
        '',
        '',
        'Up/Down figure  i sources  u uncertainty  Tab panel  s save  ? help  q quit',
      ),
    );
  });

  it('shows text from files without its escape sequences and control characters', async () => {
    const hostile = uiScenario({
      id: 'evil',
      title: '\u001B[2JEvil\u202E title\u0007',
      sectors: [{ name: 'A\u001B]0;owned\u0007 line', km: 100 }],
    });
    const terminal = await renderApp({
      scenarios: [hostile],
      problems: [{ file: 'scenarios/x\u001B[31m.yaml', line: 2, column: 8, path: 'title', expected: 'text', received: '"\u001B[2J"' }],
    });
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · 1 scenario in scenarios',
        '--------------------------------------------------------------------------------',
        '      ID    TITLE                                              LINE KM  BRIGADES',
        '> [ ] evil  Evil title                                             100         1',
        ...blank(15),
        'Skipped 1 file with problems:',
        // A file name is escaped, never stripped: stripped, it would name a file that does not exist.
        '  scenarios/x\\u001b[31m.yaml:2:8 title: expected text, got ""',
        '',
        listFooter,
      ),
    );

    await press(terminal, enter, '2');
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · evil: Evil title',
        ' 1 Estimate  [2 Sectors]  3 Factors   4 Map',
        '  SECTOR         KM       /KM     TROOPS',
        '> A line        100         3        300  ######################################',
        '  Total         100                  300',
        '',
        'No coalition pledges in this scenario: 300 troops needed on the ground.',
        ...blank(15),
        'Up/Down move  Tab panel  b back  s save  e export  ? help  q quit',
      ),
    );
  });

  it('widens a number column rather than cutting a number', async () => {
    // 1,219.74..1,221.03 km at 3 /km: 3,660..3,664 troops, brigades ceil(3,660 / 5,000) = 1 to ceil(3,664 / 3,000) = 2.
    const drawn = uiScenario({ id: 'drawn', title: 'Drawn line', sectors: [{ km: [1219.74, 1221.03] }] });
    const terminal = await renderApp({ scenarios: [drawn] });
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · 1 scenario in scenarios',
        '--------------------------------------------------------------------------------',
        '      ID     TITLE                                             LINE KM  BRIGADES',
        '> [ ] drawn  Drawn line                             1,219.74..1,221.03      1..2',
        ...blank(18),
        listFooter,
      ),
    );
  });

  describe('columns at any width', () => {
    // 1,219.74..1,251.84 km at 3 /km: ceil(3,659.22) = 3,660 to ceil(3,755.52) = 3,756 troops, brigades
    // ceil(3,660 / 5,000) = 1 to ceil(3,756 / 3,000) = 2: an 18-column LINE KM.
    const drawn = uiScenario({ id: 'line-of-contact-2025-drawn', title: 'The line, drawn', sectors: [{ km: [1219.74, 1251.84] }] });
    // 3,650 km at 12.5 /km = 45,625 troops: ceil(45,625 / 5,000) = 10 to ceil(45,625 / 3,000) = 16 brigades.
    const dozen = uiScenario({ id: 'coalition-of-a-dozen', title: 'A coalition of about a dozen', factors: { density: 12.5 }, sectors: [{ km: 3650 }] });
    const edited = uiScenario({ id: 'line-of-contact-2025-edited', title: 'The line, edited', sectors: [{ km: 1250 }] });

    it('never cut a number: the title gives way first, then the id', async () => {
      const scenarios = [ceasefire, drawn, dozen];
      // 60 columns: 6 + 2 + 18 + 2 + 8 = 36 without id and title; the 26-column id takes the 24 left, no title.
      const narrow = await renderApp({ scenarios, size: { columns: 60, rows: 15 } });
      expect(frame(narrow)).toBe(
        screen(
          'forcecalc · 3 scenarios in scenarios',
          '------------------------------------------------------------',
          '      ID                                   LINE KM  BRIGADES',
          '> [ ] ceasefire                              1,350      2..3',
          '  [ ] line-of-contact-2025-dr…  1,219.74..1,251.84      1..2',
          '  [ ] coalition-of-a-dozen                   3,650    10..16',
          ...blank(7),
          'Up/Down move  Enter open  / filter  Space mark  c compare  …',
        ),
      );
      // 40 columns: the id keeps 4 columns, 3 letters and "…"; the numbers stay whole.
      const narrower = await renderApp({ scenarios, size: { columns: 40, rows: 10 } });
      expect(frame(narrower)).toBe(
        screen(
          'forcecalc · 3 scenarios in scenarios',
          '----------------------------------------',
          '      ID               LINE KM  BRIGADES',
          '> [ ] cea…               1,350      2..3',
          '  [ ] lin…  1,219.74..1,251.84      1..2',
          '  [ ] coa…               3,650    10..16',
          '',
          '',
          'Up/Down move  Enter open  / filter  Spa…',
        ),
      );
    });

    it('widen the id column to the longest id when there is room, the title taking the rest', async () => {
      const terminal = await renderApp({ scenarios: [drawn, edited], size: { columns: 100, rows: 8 } });
      // 100 - 6 - 27 - 2 - 2 - 18 - 2 - 8 = 35 columns of title.
      expect(frame(terminal)).toBe(
        screen(
          'forcecalc · 2 scenarios in scenarios',
          '----------------------------------------------------------------------------------------------------',
          '      ID                           TITLE                                           LINE KM  BRIGADES',
          '> [ ] line-of-contact-2025-drawn   The line, drawn                      1,219.74..1,251.84      1..2',
          '  [ ] line-of-contact-2025-edited  The line, edited                                  1,250      1..2',
          '',
          'Up/Down move  Enter open  / filter  Space mark  c compare  ? help  q quit',
        ),
      );
    });
  });

  it('says how many scenarios are out of view above and below', async () => {
    // Line n is 100 x n km at 3 /km, 300 x n troops: 1 brigade up to 3,000 troops (n = 1..10).
    const lines = Array.from({ length: 8 }, (_, index) =>
      uiScenario({ id: `line-${index + 1}`, title: `Line ${index + 1}`, sectors: [{ km: 100 * (index + 1) }] }),
    );
    const terminal = await renderApp({ scenarios: lines, size: { columns: 60, rows: 12 } });
    const top = [
      'forcecalc · 8 scenarios in scenarios',
      '------------------------------------------------------------',
      '      ID      TITLE                        LINE KM  BRIGADES',
    ];
    const bottom = ['', 'Up/Down move  Enter open  / filter  Space mark  c compare  …'];
    // 12 rows: 7 lines of body under the headings, 6 for the list: 5 scenarios and the count of the others.
    expect(frame(terminal)).toBe(
      screen(
        ...top,
        '> [ ] line-1  Line 1                           100         1',
        '  [ ] line-2  Line 2                           200         1',
        '  [ ] line-3  Line 3                           300         1',
        '  [ ] line-4  Line 4                           400         1',
        '  [ ] line-5  Line 5                           500         1',
        '      (3 more: Down)',
        ...bottom,
      ),
    );
    await press(terminal, arrowDown, arrowDown, arrowDown, arrowDown);
    expect(frame(terminal)).toBe(
      screen(
        ...top,
        '  [ ] line-3  Line 3                           300         1',
        '  [ ] line-4  Line 4                           400         1',
        '> [ ] line-5  Line 5                           500         1',
        '  [ ] line-6  Line 6                           600         1',
        '  [ ] line-7  Line 7                           700         1',
        '      (2 more: Up, 1 more: Down)',
        ...bottom,
      ),
    );
    await press(terminal, arrowDown, arrowDown, arrowDown, arrowUp);
    expect(frame(terminal)).toBe(
      screen(
        ...top,
        '  [ ] line-4  Line 4                           400         1',
        '  [ ] line-5  Line 5                           500         1',
        '  [ ] line-6  Line 6                           600         1',
        '> [ ] line-7  Line 7                           700         1',
        '  [ ] line-8  Line 8                           800         1',
        '      (3 more: Up)',
        ...bottom,
      ),
    );
  });
});
