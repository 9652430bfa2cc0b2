// The compare view alone: the marked scenarios side by side, differences to
// the base marked, scrolled down and across. Frames in frames/ (vitest -u
// rewrites them; read the diff). The keys are compare-state's and the app's.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { estimate, point } from '../../../src/core/index.js';
import { compareLayout } from '../../../src/ui/compare/compare-layout.js';
import { compareRows, type CompareColumn } from '../../../src/ui/compare/compare-rows.js';
import { compareReducer, initialCompareState, type CompareAction } from '../../../src/ui/compare/compare-state.js';
import { CompareView } from '../../../src/ui/compare/compare-view.js';
import { border, ceasefire, coast } from '../build-scenarios.js';
import { bodySize, renderPanel } from '../render-panel.js';
import { frame, STANDARD_TERMINAL, type TerminalSize } from '../terminal.js';

afterEach(cleanup);

const column = (scenario: typeof ceasefire, edited = false): CompareColumn => ({ estimate: estimate(scenario), edited });

/** The view of `columns` (the first the base) after `actions`, as the compare screen lays it out in a terminal of `size`. */
async function compareFrame(columns: readonly CompareColumn[], actions: readonly CompareAction[] = [], size: TerminalSize = STANDARD_TERMINAL) {
  const rows = compareRows(columns);
  const ids = columns.map((entry) => entry.estimate.scenario.id);
  const names = { ids, edited: ids.filter((_, index) => columns[index]?.edited === true) };
  const { width, height } = bodySize(size);
  const layout = compareLayout(rows, names, width, height);
  const state = actions.reduce(compareReducer, compareReducer(initialCompareState, { type: 'open', ids }));
  return { layout, text: frame(await renderPanel(() => <CompareView names={names} rows={rows} layout={layout} state={state} width={width} height={height} />, size)) };
}

describe('the compare view', () => {
  it('shows the scenarios side by side, differences to the first with *, and scrolls down to the last row', async () => {
    const columns = [column(ceasefire), column(coast)];
    const top = await compareFrame(columns);
    // 25 rows under the legend and headings (air cover's name and its 4 figures last), 17 shown: eight more below.
    expect(top.layout.maxRowOffset).toBe(8);
    await expect(top.text).toMatchFileSnapshot('frames/two-scenarios.txt');
    await expect((await compareFrame(columns, Array.from({ length: 9 }, () => ({ type: 'down' as const, maxOffset: 8 })))).text).toMatchFileSnapshot('frames/two-scenarios-scrolled.txt');
  });

  it('gives two scenarios a difference column where the width allows: B - A and its share of A', async () => {
    const { text } = await compareFrame([column(ceasefire), column(coast)], [], { columns: 130, rows: 30 });
    const lines = text.split('\n');
    expect(lines.find((line) => line.startsWith('FIGURE'))).toMatch(/DIFFERENCE$/);
    // Coverage 1,350 km for the ceasefire line, 900 km for the coast: -450 km, -33.3%.
    expect(lines.find((line) => line.startsWith('Coverage length'))).toMatch(/1,350 +900 \* +-450 \(-33\.3%\)$/);
    await expect(text).toMatchFileSnapshot('frames/two-scenarios-difference-130x30.txt');
    // At 80 columns two columns of figures leave no room for it.
    expect((await compareFrame([column(ceasefire), column(coast)])).text).not.toContain('DIFFERENCE');
  });

  it('names the edited scenarios and how many more there are across', async () => {
    // coast, then border with its density edited from 5 to 6, then ceasefire; one column across.
    const edited: CompareColumn = { estimate: estimate(border, { overrides: { density: point(6) } }), edited: true };
    const { text } = await compareFrame([column(coast), edited, column(ceasefire)], [{ type: 'right', maxOffset: 1 }]);
    await expect(text).toMatchFileSnapshot('frames/edited-and-across.txt');
  });

  it('narrows the columns, cutting a long id, so that a second scenario stands beside the base', async () => {
    // 27 columns of id would make a 26-column scenario column, and 22 + 10 + 2 x 26 > 80. Two columns of 24 (the 48
    // left by the figure and unit columns): 22 for an id, cut with "…", then 2 blank.
    const { text } = await compareFrame([column(ceasefire), column({ ...border, id: 'northern-borders-after-2025' })]);
    await expect(text).toMatchFileSnapshot('frames/long-id.txt');
  });

  it('shows one scenario at a time where two do not fit, Left/Right going through all of them', async () => {
    // 60 - 22 - 10 = 28 columns: one scenario column of 22 (its longest value, "2,666.67..3,333.33 *", and 2).
    // The legend wraps at 60, leaving 10 - 2 - 1 = 7 of the 18 rows: 11 more below.
    const columns = [column(ceasefire), column(border), column(coast)];
    const size = { columns: 60, rows: 15 };
    const first = await compareFrame(columns, [], size);
    expect(first.layout.maxColumnOffset).toBe(2);
    await expect(first.text).toMatchFileSnapshot('frames/one-at-a-time-1.txt');
    await expect((await compareFrame(columns, [{ type: 'right', maxOffset: 2 }], size)).text).toMatchFileSnapshot('frames/one-at-a-time-2.txt');
    await expect((await compareFrame(columns, [{ type: 'right', maxOffset: 2 }, { type: 'right', maxOffset: 2 }], size)).text).toMatchFileSnapshot(
      'frames/one-at-a-time-3.txt',
    );
  });
});
