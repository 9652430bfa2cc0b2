// The factor editor alone, over the ceasefire scenario: each factor with its
// value and where it comes from, the one under the cursor explained, a value
// being typed and why it was refused, and the figures the values give. Frames
// in frames/ (vitest -u rewrites them; read the diff). The keys are
// factor-editor-state's and the app's.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core/index.js';
import { OVERRIDE_SOURCE } from '../../../src/scenarios/index.js';
import { FactorEditor } from '../../../src/ui/factor-editor/factor-editor.js';
import { factorEditorReducer, initialFactorEditorState, overridesFor, type FactorEditorAction } from '../../../src/ui/factor-editor/factor-editor-state.js';
import { ceasefire } from '../build-scenarios.js';
import { renderPanel } from '../render-panel.js';
import { frame, STANDARD_TERMINAL, type TerminalSize } from '../terminal.js';

afterEach(cleanup);

/** The editor over ceasefire after `actions`, its figures recomputed from the values as the app does. */
async function editorFrame(actions: readonly FactorEditorAction[], size: TerminalSize = STANDARD_TERMINAL): Promise<string> {
  const state = actions.reduce(factorEditorReducer, factorEditorReducer(initialFactorEditorState, { type: 'open', scenario: ceasefire }));
  const result = estimate(ceasefire, { overrides: overridesFor(state, ceasefire.id), overrideSource: OVERRIDE_SOURCE });
  return frame(await renderPanel(({ width, height }) => <FactorEditor state={state} estimate={result} width={width} height={height} showSummary />, size));
}

const typed = (text: string): FactorEditorAction[] => [{ type: 'startEntry' }, ...[...text].map((character): FactorEditorAction => ({ type: 'typeEntry', text: character }))];
const down = (count: number): FactorEditorAction[] => Array.from({ length: count }, () => ({ type: 'down' }) as const);

describe('the factor editor', () => {
  it('shows the factors, where each comes from, and what they give', async () => {
    await expect(await editorFrame([])).toMatchFileSnapshot('frames/file-values.txt');
  });

  it('marks a stepped factor edited and shows the figures it gives', async () => {
    // 1,200 km x 4 /km + 150 km x 20 /km (the hot spot keeps its own density) = 7,800 troops.
    await expect(await editorFrame([{ type: 'stepUp' }])).toMatchFileSnapshot('frames/density-stepped.txt');
  });

  it('moves both bounds of a range by the step', async () => {
    // 6,600 troops in brigades of 2,500..4,500: ceil(6,600 / 4,500) = 2 to ceil(6,600 / 2,500) = 3;
    // pledges of 2,500..4,500 + 5,000 = 7,500..9,500 cover the 6,600 needed.
    await expect(await editorFrame([{ type: 'down' }, { type: 'stepDown' }])).toMatchFileSnapshot('frames/brigade-size-stepped.txt');
  });

  it('shows why a typed value is wrong and keeps the last good value', async () => {
    await expect(await editorFrame([{ type: 'stepUp' }, ...typed('3 kg'), { type: 'applyEntry' }])).toMatchFileSnapshot('frames/refused-value.txt');
  });

  it('applies a typed range', async () => {
    // Rotation 2..3: 6,600 x 2..3 = 13,200..19,800 committed; 2..3 brigades x 2..3 = 4..9.
    const actions = [...down(4), ...typed('2..3'), { type: 'applyEntry' } as const, ...Array.from({ length: 4 }, () => ({ type: 'up' }) as const)];
    await expect(await editorFrame(actions)).toMatchFileSnapshot('frames/rotation-range.txt');
  });

  it('shows a typed distribution as written, with its range, and steps it whole', async () => {
    // 1,200 x 2 + 3,000 = 5,400 to 1,200 x 5 + 3,000 = 9,000: 2 (of 5,000) to 3 (of 3,000) brigades; short 0..1,000.
    const pert = [...typed('pert(2, 3, 5) / km'), { type: 'applyEntry' } as const];
    await expect(await editorFrame(pert)).toMatchFileSnapshot('frames/distribution.txt');
    cleanup();
    // One step down moves the whole distribution: 1,200 x 1 + 3,000 = 4,200 (1 brigade of 5,000) to
    // 1,200 x 4 + 3,000 = 7,800 (3 of 3,000), within the 8,000 pledged.
    await expect(await editorFrame([...pert, { type: 'stepDown' }])).toMatchFileSnapshot('frames/distribution-stepped.txt');
  });

  it('shows the file values again after a reset', async () => {
    const reset = await editorFrame([{ type: 'stepUp' }, { type: 'down' }, { type: 'stepDown' }, { type: 'up' }, { type: 'reset' }]);
    cleanup();
    expect(reset).toBe(await editorFrame([]));
  });

  describe('on a short terminal', () => {
    it('keeps the value being typed and its error in view, the factors giving way', async () => {
      // 80 x 12: 7 lines of body. Typing takes 2 of them: the heading and 4 factors are left, no blank line.
      const size = { columns: 80, rows: 12 };
      await expect(await editorFrame(typed('3 kg'), size)).toMatchFileSnapshot('frames/short-typing.txt');
      cleanup();
      await expect(await editorFrame([...typed('3 kg'), { type: 'applyEntry' }], size)).toMatchFileSnapshot('frames/short-refused.txt');
    });

    it('keeps the factor being typed in view when only it fits', async () => {
      // 40 x 10: 5 lines of body; the error wraps into 2 at 40 columns, leaving the heading and 1 factor.
      await expect(await editorFrame([...down(4), ...typed('3 kg'), { type: 'applyEntry' }], { columns: 40, rows: 10 })).toMatchFileSnapshot(
        'frames/narrow-refused.txt',
      );
    });
  });
});
