import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { uiScenario } from './build-scenarios.js';
import { arrowDown, enter, space } from './keys.js';
import { renderApp } from './render-app.js';
import { blank, frame, press, screen } from './terminal.js';

afterEach(cleanup);

/** 2,900..3,100 km at 6 /km: 17,400..18,600 troops, a figure long enough to crowd its bar. */
const contested = uiScenario({
  id: 'contested',
  title: 'Contested line',
  factors: { density: 6 },
  sectors: [{ name: 'Line', km: [2900, 3100] }],
  coalition: [{ country: 'Poland', troops: [10_000, 14_000] }],
});

describe('the right edge', () => {
  it('keeps each pledge bar and its figure on one line', async () => {
    const terminal = await renderApp({ scenarios: [contested] });
    await press(terminal, enter, '2');
    // Scale 18,600 troops over 40 cells: needed 17,400 is 37 cells, 18,600 all 40; pledged 22 and 30.
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · contested: Contested line',
        ' 1 Estimate  [2 Sectors]  3 Factors   4 Map',
        '  SECT…            KM       /KM          TROOPS',
        '> Line   2,900..3,100         6  17,400..18,600  #############################++',
        '  Total  2,900..3,100            17,400..18,600',
        '',
        'Needed   #####################################+++ 17,400..18,600 troops deployed',
        'Pledged  ######################++++++++           10,000..14,000 troops',
        'Shortfall 3,400..8,600 troops. Poland 10,000..14,000 troops.',
        ...blank(13),
        'Up/Down move  Tab panel  b back  s save  e export  ? help  q quit',
      ),
    );
  });

  it.each([
    [40, 12],
    [30, 10],
    [20, 8],
  ])('never draws past the right edge of a %i x %i terminal', async (columns, rows) => {
    for (const keys of [[], [enter], [enter, '2'], [enter, '3'], ['?'], [space, arrowDown, space, 'c']]) {
      const terminal = await renderApp({ size: { columns, rows } });
      await press(terminal, ...keys);
      const lines = frame(terminal).split('\n');
      expect(lines).toHaveLength(rows - 1);
      expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(columns);
      terminal.unmount();
    }
  });
});
