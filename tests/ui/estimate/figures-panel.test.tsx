// The estimate panel alone: every figure with its value, the selected one's
// formula and inputs, its sources. Frames in frames/ (vitest -u rewrites them;
// read the diff). The keys that lead here are figures-state's and the app's.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { estimate, type Estimate } from '../../../src/core/index.js';
import { FiguresPanel } from '../../../src/ui/estimate/figures-panel.js';
import { figuresReducer, initialFiguresState, type FiguresAction, type FiguresState } from '../../../src/ui/estimate/figures-state.js';
import { initialUncertaintyState } from '../../../src/ui/uncertainty/uncertainty-state.js';
import { border, ceasefire } from '../build-scenarios.js';
import { renderPanel } from '../render-panel.js';
import { frame, STANDARD_TERMINAL, type TerminalSize } from '../terminal.js';

afterEach(cleanup);

const figuresAfter = (...actions: FiguresAction[]): FiguresState => actions.reduce(figuresReducer, initialFiguresState);
/** Down to Brigades: Coverage length, Line troops, Line density, then Brigades. */
const BRIGADES: FiguresAction[] = [{ type: 'down' }, { type: 'down' }, { type: 'down' }];

async function panelFrame(result: Estimate, state: FiguresState, size: TerminalSize = STANDARD_TERMINAL): Promise<string> {
  const terminal = await renderPanel(
    ({ width, height }) => <FiguresPanel estimate={result} state={state} changed={new Set()} uncertainty={initialUncertaintyState} width={width} height={height} />,
    size,
  );
  return frame(terminal);
}

describe('the estimate panel', () => {
  it('shows every figure, and the formula and inputs of the selected one', async () => {
    // ceasefire: 6,600 troops in 2..3 brigades, pledges 8,000..10,000 (build-scenarios.ts).
    await expect(await panelFrame(estimate(ceasefire), figuresAfter(...BRIGADES))).toMatchFileSnapshot('frames/figures-brigades.txt');
  });

  it('says which density a figure that turns troops into km uses: the line density, with its value', async () => {
    // 6,600 troops over 1,350 km put the line at 4.89 /km, the density its brigades and pledges cover km at.
    await expect(await panelFrame(estimate(ceasefire), figuresAfter(...BRIGADES, { type: 'down' }))).toMatchFileSnapshot('frames/figures-brigade-coverage.txt');
  });

  it('shows which inputs make each figure beside its value when there is room', async () => {
    // border: no coalition, so the values are short and the inputs column fits 80 columns.
    await expect(await panelFrame(estimate(border), initialFiguresState)).toMatchFileSnapshot('frames/figures-inputs.txt');
  });

  it('shows the sources behind the selected figure, and the table again when they are hidden', async () => {
    const result = estimate(ceasefire);
    await expect(await panelFrame(result, figuresAfter(...BRIGADES, { type: 'toggleSources' }))).toMatchFileSnapshot('frames/figures-sources.txt');
    cleanup();
    expect(await panelFrame(result, figuresAfter(...BRIGADES, { type: 'toggleSources' }, { type: 'hideSources' }))).toBe(
      await panelFrame(result, figuresAfter(...BRIGADES)),
    );
  });

  it('scrolls sources that do not fit, a line at a time, saying how many lines are left', async () => {
    const scrolled = figuresAfter(...BRIGADES, { type: 'toggleSources' }, { type: 'scrollSourcesDown', maxScroll: 10 }, { type: 'scrollSourcesDown', maxScroll: 10 });
    await expect(await panelFrame(estimate(ceasefire), scrolled, { columns: 80, rows: 12 })).toMatchFileSnapshot('frames/figures-sources-scrolled.txt');
  });
});
