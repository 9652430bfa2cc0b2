// The sectors panel alone: each sector with a bar of its troops, the total,
// why the rows add up to more than it where they do, and the pledged troops
// against those needed. Frames in frames/ (`npx vitest run <this file> -u`
// rewrites them; read the diff).
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { estimate, type Scenario } from '../../../src/core/index.js';
import { SectorsPanel } from '../../../src/ui/estimate/sectors-panel.js';
import { initialTableCursor, tableCursorReducer, type TableCursorState } from '../../../src/ui/components/table-cursor-state.js';
import { ceasefire, uiScenario } from '../build-scenarios.js';
import { renderPanel } from '../render-panel.js';
import { frame, STANDARD_TERMINAL, type TerminalSize } from '../terminal.js';

afterEach(cleanup);

async function panelFrame(scenario: Scenario, state: TableCursorState = initialTableCursor, size: TerminalSize = STANDARD_TERMINAL): Promise<string> {
  const result = estimate(scenario);
  return frame(await renderPanel(({ width, height }) => <SectorsPanel estimate={result} state={state} width={width} height={height} />, size));
}

describe('the sectors panel', () => {
  it('shows each sector with a bar of its troops, and pledged against needed', async () => {
    // Bars: 3,600 fills the 29 columns, 3,000 takes 24; needed 6,600 of 10,000 takes 26 of 40,
    // pledged 8,000..10,000 takes 32 solid and 8 more.
    await expect(await panelFrame(ceasefire)).toMatchFileSnapshot('frames/sectors-pledged.txt');
  });

  it('keeps each pledge bar and its figure on one line when the figures are long', async () => {
    // 2,900..3,100 km at 6 /km: 17,400..18,600 troops, a figure long enough to crowd its bar. Scale 18,600 troops
    // over 40 cells: needed 17,400 is 37 cells, 18,600 all 40; pledged 22 and 30.
    const contested = uiScenario({
      id: 'contested',
      title: 'Contested line',
      factors: { density: 6 },
      sectors: [{ name: 'Line', km: [2900, 3100] }],
      coalition: [{ country: 'Poland', troops: [10_000, 14_000] }],
    });
    await expect(await panelFrame(contested)).toMatchFileSnapshot('frames/sectors-long-figures.txt');
  });

  it('gives sector names the width there is, keeping a quarter of it for the bars', async () => {
    // 1,200 km at 3 /km = 3,600 troops and 150 km at 20 /km = 3,000: no pledges. The numbers take
    // 2 + 2 + 9 + 2 + 8 + 2 + 9 + 2 = 36 of 100 columns; of the 64 left the bar keeps 16, the names 48: the
    // first whole, the second cut. Bars: 3,600 troops fill 16 cells, 3,000 take round(16 x 3,000 / 3,600) = 13.
    const longNames = uiScenario({
      id: 'long-names',
      title: 'Long names',
      sectors: [
        { name: 'Line of contact, Kherson to the Kharkiv border', km: 1200 },
        { name: 'Zaporizhzhia hot spot, Orikhiv to Huliaipole and Velyka Novosilka', km: 150, density: 20 },
      ],
    });
    await expect(await panelFrame(longNames, initialTableCursor, { columns: 100, rows: 14 })).toMatchFileSnapshot('frames/sectors-long-names.txt');
  });

  it('scrolls to keep the cursor in the middle, bars scaled to the largest sector', async () => {
    // Sector n is 50 x n km at the preset 3 /km: 150 x n troops; 10,500 km and 31,500 troops in all. Sector 20
    // (3,000 troops) would fill the 35 columns of bar: sector n takes round(35 x n / 20).
    const twenty = uiScenario({
      id: 'twenty',
      title: 'Twenty sectors',
      sectors: Array.from({ length: 20 }, (_, index) => ({ name: `Sector ${index + 1}`, km: 50 * (index + 1) })),
    });
    const atEleven = Array.from({ length: 10 }).reduce<TableCursorState>(
      (state) => tableCursorReducer(state, { type: 'move', move: { type: 'down' }, count: 20 }),
      initialTableCursor,
    );
    expect(atEleven.cursor).toBe(10);
    await expect(await panelFrame(twenty, atEleven)).toMatchFileSnapshot('frames/sectors-scrolled.txt');
  });

  it('shows sector names without their escape sequences and control characters', async () => {
    const hostile = uiScenario({ id: 'evil', title: 'Evil', sectors: [{ name: 'A\u001B]0;owned\u0007 line', km: 100 }] });
    const lines = (await panelFrame(hostile)).split('\n');
    expect(lines[1]).toBe('> A line          100         3        300  ####################################');
  });
});

/** northern-border's two sectors at 3 /km: rows of 3,253 and 5,923 troops, 9,175 in all (9,174.72 rounded up once). */
const roundedRows = uiScenario({ id: 'rounded-rows', title: 'Rows rounded one by one', sectors: [{ name: 'Belarus', km: 1_084.2 }, { name: 'Russia', km: 1_974.04 }] });
const wholeRows = uiScenario({ id: 'whole-rows', title: 'Whole rows', sectors: [{ name: 'Belarus', km: 1_000 }, { name: 'Russia', km: 2_000 }] });

const panel = (scenario: typeof roundedRows, height = 14): string[] =>
  (render(<SectorsPanel estimate={estimate(scenario)} state={initialTableCursor} width={60} height={height} />).lastFrame() ?? '').split('\n').map((line) => line.trimEnd());

describe('SectorsPanel', () => {
  it('says under the total why the rows add up to one more than it', () => {
    expect(panel(roundedRows).slice(0, 7)).toEqual([
      '  [SECTOR]         KM       /KM     TROOPS',
      '> Belarus     1,084.2         3      3,253  #########',
      '  Russia     1,974.04         3      5,923  ################',
      '  Total      3,058.24                9,175',
      "The sectors' troops add up to 9,176 against 9,175 line",
      'troops: each sector is rounded up to whole soldiers on its',
      'own, the line troops once, from the unrounded sum.',
    ]);
  });

  it('says nothing where the rows add up to the total', () => {
    const lines = panel(wholeRows);
    expect(lines[3]).toMatch(/^ {2}Total +3,000 +9,000$/);
    expect(lines.join('\n')).not.toContain('add up to');
  });
});
