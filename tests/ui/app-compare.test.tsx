import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { arrowDown, arrowLeft, arrowRight, enter, space } from './keys.js';
import { border, ceasefire, coast } from './build-scenarios.js';
import { renderApp } from './render-app.js';
import { blank, frame, press, screen } from './terminal.js';

afterEach(cleanup);

const footer = 'Up/Down figures  Left/Right scenarios  b back  ? help  q quit';

describe('compare', () => {
  it('shows the marked scenarios side by side, differences to the first marked with *', async () => {
    const terminal = await renderApp();
    await press(terminal, space, arrowDown, arrowDown, space, 'c');
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · compare 2 scenarios',
        '--------------------------------------------------------------------------------',
        // 19 rows under the legend and headings, 17 shown: two more below.
        '* differs from ceasefire. (2 more lines: Down)',
        'FIGURE                UNIT      ceasefire             coast',
        'Density               /km       3                     3',
        'Brigade size          troops    3,000..5,000          3,000..5,000',
        'Air cover per brigade packages  1                     1',
        'Enabler share                   0%                    0%',
        'Rotation                        1x                    3x *',
        'Coverage length       km        1,350                 900 *',
        'Line troops           troops    6,600                 2,700 *',
        // The ceasefire line's hot spot puts it at 4.89 /km; the coast is at the scenario's 3.
        'Line density          /km       4.89                  3 *',
        'Brigades              brigades  2..3                  1 *',
        'Brigade coverage      km        613.64..1,022.73      1,000..1,666.67 *',
        'Air cover             packages  2..3                  1 *',
        'Enablers              troops    0                     0',
        'Deployed troops       troops    6,600                 2,700 *',
        'Committed troops      troops    6,600                 8,100 *',
        'Committed brigades    brigades  2..3                  3 *',
        'Pledged troops        troops    8,000..10,000         - *',
        'Pledged coverage      km        1,636.36..2,045.45    - *',
        '',
        footer,
      ),
    );

    await press(terminal, arrowDown, arrowDown);
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · compare 2 scenarios',
        '--------------------------------------------------------------------------------',
        '* differs from ceasefire.',
        'FIGURE                UNIT      ceasefire             coast',
        'Air cover per brigade packages  1                     1',
        'Enabler share                   0%                    0%',
        'Rotation                        1x                    3x *',
        'Coverage length       km        1,350                 900 *',
        'Line troops           troops    6,600                 2,700 *',
        'Line density          /km       4.89                  3 *',
        'Brigades              brigades  2..3                  1 *',
        'Brigade coverage      km        613.64..1,022.73      1,000..1,666.67 *',
        'Air cover             packages  2..3                  1 *',
        'Enablers              troops    0                     0',
        'Deployed troops       troops    6,600                 2,700 *',
        'Committed troops      troops    6,600                 8,100 *',
        'Committed brigades    brigades  2..3                  3 *',
        'Pledged troops        troops    8,000..10,000         - *',
        'Pledged coverage      km        1,636.36..2,045.45    - *',
        'Pledged density       /km       5.93..7.41            - *',
        'Shortfall             troops    0                     - *',
        '',
        footer,
      ),
    );
  });

  it('uses the order of marking, the edits made and scrolls across scenarios that do not fit', async () => {
    const terminal = await renderApp();
    // Edit border (density 5 -> 6), then mark coast, border and ceasefire in that order.
    await press(terminal, arrowDown, enter, '3', '+', 'b', arrowDown, space, '\u001B[A', space, '\u001B[A', space, 'c', arrowRight);
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · compare 3 scenarios',
        '--------------------------------------------------------------------------------',
        '* differs from coast. Edited: border. 1 more: Left/Right. (2 more lines: Down)',
        'FIGURE                UNIT      coast                 ceasefire',
        'Density               /km       3                     3',
        'Brigade size          troops    3,000..5,000          3,000..5,000',
        'Air cover per brigade packages  1                     1',
        'Enabler share                   0%                    0%',
        'Rotation                        3x                    1x *',
        'Coverage length       km        900                   1,350 *',
        'Line troops           troops    2,700                 6,600 *',
        'Line density          /km       3                     4.89 *',
        'Brigades              brigades  1                     2..3 *',
        'Brigade coverage      km        1,000..1,666.67       613.64..1,022.73 *',
        'Air cover             packages  1                     2..3 *',
        'Enablers              troops    0                     0',
        'Deployed troops       troops    2,700                 6,600 *',
        'Committed troops      troops    8,100                 6,600 *',
        'Committed brigades    brigades  3                     2..3 *',
        'Pledged troops        troops    -                     8,000..10,000 *',
        'Pledged coverage      km        -                     1,636.36..2,045.45 *',
        '',
        footer,
      ),
    );
  });

  it('asks for two marked scenarios first', async () => {
    const terminal = await renderApp();
    await press(terminal, space, 'c');
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · 3 scenarios in scenarios',
        '--------------------------------------------------------------------------------',
        '      ID         TITLE                                         LINE KM  BRIGADES',
        '> [x] ceasefire  Ceasefire line                                  1,350      2..3',
        '  [ ] border     Northern border                                 2,000      2..4',
        '  [ ] coast      Coast watch                                       900         1',
        ...blank(15),
        'Mark at least two scenarios with Space, then press c.',
        'Up/Down move  Enter open  / filter  Space mark  c compare  ? help  q quit',
      ),
    );
  });

  it('narrows the columns, cutting a long id, so that a second scenario stands beside the base', async () => {
    // 27 columns of id would make a 26-column scenario column, and 22 + 10 + 2 x 26 > 80.
    const longId = { ...border, id: 'northern-borders-after-2025' };
    const terminal = await renderApp({ scenarios: [ceasefire, longId] });
    await press(terminal, space, arrowDown, space, 'c', arrowRight);
    // Two columns of 24 (the 48 left by the figure and unit columns): 22 for an id, cut with "…", then 2 blank.
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · compare 2 scenarios',
        '--------------------------------------------------------------------------------',
        '* differs from ceasefire. (2 more lines: Down)',
        'FIGURE                UNIT      ceasefire               northern-borders-afte…',
        'Density               /km       3                       5 *',
        'Brigade size          troops    3,000..5,000            3,000..5,000',
        'Air cover per brigade packages  1                       1',
        'Enabler share                   0%                      0%',
        'Rotation                        1x                      1x',
        'Coverage length       km        1,350                   2,000 *',
        'Line troops           troops    6,600                   10,000 *',
        'Line density          /km       4.89                    5 *',
        'Brigades              brigades  2..3                    2..4 *',
        'Brigade coverage      km        613.64..1,022.73        600..1,000 *',
        'Air cover             packages  2..3                    2..4 *',
        'Enablers              troops    0                       0',
        'Deployed troops       troops    6,600                   10,000 *',
        'Committed troops      troops    6,600                   10,000 *',
        'Committed brigades    brigades  2..3                    2..4 *',
        'Pledged troops        troops    8,000..10,000           - *',
        'Pledged coverage      km        1,636.36..2,045.45      - *',
        '',
        footer,
      ),
    );
  });

  it('shows one scenario at a time where two do not fit, Left/Right going through all of them', async () => {
    const terminal = await renderApp({ scenarios: [ceasefire, border, coast], size: { columns: 60, rows: 15 } });
    await press(terminal, space, arrowDown, space, arrowDown, space, 'c');
    // 60 - 22 - 10 = 28 columns: one scenario column of 22 (its longest value, "1,636.36..2,045.45 *", and 2).
    // The legend wraps at 60, leaving 10 - 2 - 1 = 7 of the 19 rows: 12 more below.
    const legend = ['* differs from ceasefire. 2 more: Left/Right. (12 more', 'lines: Down)'];
    const shortFooter = 'Up/Down figures  Left/Right scenarios  b back  ? help  q qu…';
    const ceasefireColumn = screen(
      'forcecalc · compare 3 scenarios',
      '------------------------------------------------------------',
      ...legend,
      'FIGURE                UNIT      ceasefire',
      'Density               /km       3',
      'Brigade size          troops    3,000..5,000',
      'Air cover per brigade packages  1',
      'Enabler share                   0%',
      'Rotation                        1x',
      'Coverage length       km        1,350',
      'Line troops           troops    6,600',
      '',
      shortFooter,
    );
    expect(frame(terminal)).toBe(ceasefireColumn);

    await press(terminal, arrowRight);
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · compare 3 scenarios',
        '------------------------------------------------------------',
        ...legend,
        'FIGURE                UNIT      border',
        'Density               /km       5 *',
        'Brigade size          troops    3,000..5,000',
        'Air cover per brigade packages  1',
        'Enabler share                   0%',
        'Rotation                        1x',
        'Coverage length       km        2,000 *',
        'Line troops           troops    10,000 *',
        '',
        shortFooter,
      ),
    );

    // Past the last scenario Right does nothing; Left goes back to the base.
    await press(terminal, arrowRight, arrowRight);
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · compare 3 scenarios',
        '------------------------------------------------------------',
        ...legend,
        'FIGURE                UNIT      coast',
        'Density               /km       3',
        'Brigade size          troops    3,000..5,000',
        'Air cover per brigade packages  1',
        'Enabler share                   0%',
        'Rotation                        3x *',
        'Coverage length       km        900 *',
        'Line troops           troops    2,700 *',
        '',
        shortFooter,
      ),
    );
    await press(terminal, arrowLeft, arrowLeft);
    expect(frame(terminal)).toBe(ceasefireColumn);
  });
});
