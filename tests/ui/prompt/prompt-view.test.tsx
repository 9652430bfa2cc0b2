import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { saveScenarioFile } from '../../../src/scenarios/save.js';
import { promptReducer, type PromptAction, type PromptState } from '../../../src/ui/prompt/prompt-state.js';
import { fieldLine, promptHeight, PromptView } from '../../../src/ui/prompt/prompt-view.js';
import { themeFor } from '../../../src/ui/components/theme.js';
import { ThemeContext } from '../../../src/ui/components/theme-context.js';
import { ceasefire } from '../build-scenarios.js';
import { frame, renderTerminal, screen } from '../terminal.js';

afterEach(cleanup);

/** The save prompt after the planner typed `name` and pressed Enter: refused by the real name check. */
function refused(name: string): PromptState {
  const result = saveScenarioFile('scenarios', name, ceasefire, {}, { overwrite: false });
  const actions: PromptAction[] = [{ type: 'openSave', name, title: 'Ceasefire line (edited)' }, { type: 'confirmName' }, { type: 'outcome', result }];
  const state = actions.reduce<PromptState | null>(promptReducer, null);
  if (state === null) throw new Error('the prompt closed');
  return state;
}

/** The prompt alone, `width` wide, in `height` lines. */
function renderPrompt(prompt: PromptState, width: number, height: number) {
  return renderTerminal(
    <ThemeContext.Provider value={themeFor(false)}>
      <PromptView prompt={prompt} scenariosDir="scenarios" exportDir="/home/planner" width={width} height={height} />
    </ThemeContext.Provider>,
    { columns: width, rows: 10 },
  );
}

const plainNameRule = '"a b" is not a plain file name: use only letters A-Z and a-z, digits, "-" and "_" (".yaml" is added)';

describe('the save and export prompt', () => {
  it('is refused with the whole rule', () => {
    expect(refused('a b').error).toBe(plainNameRule);
  });

  it.each([
    // The question, then "! " and the rule wrapped: 2 lines at 80 columns, 3 at 40.
    [80, 3],
    [40, 4],
  ])('needs, at %i columns, %i lines for a refused name', (width, lines) => {
    expect(promptHeight(refused('a b'), width, 'scenarios', '/home/planner')).toBe(lines);
  });

  it('wraps a message in the lines the layout gives it', async () => {
    const wide = await renderPrompt(refused('a b'), 80, 3);
    expect(frame(wide)).toBe(
      screen(
        'Save the edited scenario as: a b_',
        '! "a b" is not a plain file name: use only letters A-Z and a-z, digits, "-" and',
        '"_" (".yaml" is added)',
      ),
    );
    const narrow = await renderPrompt(refused('a b'), 40, 4);
    expect(frame(narrow)).toBe(
      screen(
        'Save the edited scenario as: a b_',
        '! "a b" is not a plain file name: use',
        'only letters A-Z and a-z, digits, "-"',
        'and "_" (".yaml" is added)',
      ),
    );
  });

  it('cuts a message longer than its lines, the last ending in "…"', async () => {
    const terminal = await renderPrompt(refused('a b'), 40, 3);
    expect(frame(terminal)).toBe(
      // The third line and the rest of the message, cut at 39 columns and "…".
      screen('Save the edited scenario as: a b_', '! "a b" is not a plain file name: use', 'only letters A-Z and a-z, digits, "-" a…'),
    );
  });

  it.each([
    // question, typed, width, line: the end of the name and the cursor always show.
    ['Export to file: ', 'plan.md', 30, 'Export to file: plan.md_'],
    ['Export to file: ', 'a'.repeat(13), 30, `Export to file: ${'a'.repeat(13)}_`],
    ['Export to file: ', `${'a'.repeat(13)}bc`, 30, `Export to file: …${'a'.repeat(10)}bc_`],
    // 20 columns leave the name 3 beside the question: the question goes, the name takes 19 and the cursor 1.
    ['Export to file: ', 'abc', 20, 'Export to file: abc_'],
    ['Export to file: ', 'short', 20, 'short_'],
    ['Export to file: ', `${'a'.repeat(20)}bc`, 20, `…${'a'.repeat(16)}bc_`],
  ])('shows %j with %j at %i columns as %j', (question, typed, width, line) => {
    expect(fieldLine(question, typed, width)).toBe(line);
  });

  it('scrolls a long name so that its end and the cursor stay in view', async () => {
    const actions: PromptAction[] = [
      { type: 'openExport' },
      { type: 'chooseFormat', format: 'json', name: 'ceasefire.json' },
      { type: 'clearText' },
      { type: 'typeText', text: `${'a'.repeat(300)}xyz` },
    ];
    const prompt = actions.reduce<PromptState | null>(promptReducer, null);
    if (prompt === null) throw new Error('the prompt closed');
    const terminal = await renderPrompt(prompt, 80, 2);
    // 80 columns: "Export to file: " (16), "…", the last 62 characters typed, "_".
    expect(frame(terminal).split('\n')).toEqual([`Export to file: …${'a'.repeat(59)}xyz_`, 'In /home/planner; a path (folder/name) goes where it says.']);
  });
});
