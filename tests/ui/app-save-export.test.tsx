// Saving and exporting through the app: the prompt's questions and refusals,
// the status line after, and what was written (to a fake file system). The
// prompt alone: tests/ui/prompt/prompt-view.test.tsx.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { estimate } from '../../src/core/index.js';
import { formatEstimate } from '../../src/report/index.js';
import { OVERRIDE_SOURCE } from '../../src/ui/app/app.js';
import { editedTitle } from '../../src/ui/app/use-save-export.js';
import { ceasefire } from './build-scenarios.js';
import { backspace, ctrlU, enter, escape } from './keys.js';
import { fakeFiles, renderApp } from './render-app.js';
import { frame, press, type } from './terminal.js';

afterEach(cleanup);

const lines = (text: string): string[] => text.split('\n');
/** The last `count` lines of the frame: the prompt or the status line, and the footer. */
const bottom = (terminal: Parameters<typeof frame>[0], count: number): string[] => lines(frame(terminal)).slice(-count);
const estimateFooter = 'Up/Down figure  i sources  u uncertainty  Tab panel  s save  ? help  q quit';
const TITLE = 'forcecalc · ceasefire: Ceasefire line';

describe('save', () => {
  it('asks for a name and a title, asks before overwriting, refuses a bad name, then saves and shows the saved scenario', async () => {
    const fake = fakeFiles({ existing: ['scenarios/ceasefire-edited.yaml'] });
    const terminal = await renderApp({ files: fake.files, today: () => new Date('2026-12-04T12:00:00Z') });
    await press(terminal, enter, '3', '+', 's');
    expect(lines(frame(terminal))[0]).toBe(`${TITLE}  * edited`.slice(0, 80).trimEnd());
    expect(bottom(terminal, 4)).toEqual([
      '',
      'Save the edited scenario as: ceasefire-edited_',
      'A new scenario file in scenarios (".yaml" is added).',
      'type a name  Enter confirm  Esc cancel',
    ]);

    // The title next: the old one marked, so the list never shows two alike.
    await press(terminal, enter);
    expect(bottom(terminal, 3)).toEqual([
      'Title of the saved scenario: Ceasefire line (edited)_',
      'The list shows it; saved as ceasefire-edited.yaml.',
      'type a name  Enter confirm  Esc cancel',
    ]);

    await press(terminal, enter);
    expect(bottom(terminal, 3)).toEqual([
      'scenarios/ceasefire-edited.yaml already exists.',
      'Overwrite it? y yes, n another name, Esc nothing is written.',
      'y overwrite  n other name  Esc cancel',
    ]);

    await press(terminal, 'n', ...Array.from({ length: 6 }, () => backspace));
    await type(terminal, 'plan b');
    // A name that could not be a file is refused before the title is asked.
    await press(terminal, enter);
    expect(bottom(terminal, 4)).toEqual([
      'Save the edited scenario as: ceasefire-plan b_',
      '! "ceasefire-plan b" is not a plain file name: use only letters A-Z and a-z,',
      'digits, "-" and "_" (".yaml" is added)',
      'type a name  Enter confirm  Esc cancel',
    ]);
    expect(fake.written).toEqual([]);

    await press(terminal, backspace, backspace);
    await type(terminal, '-b');
    await press(terminal, enter, ctrlU);
    // A blank title would not load back: refused with the loader's words.
    await press(terminal, enter);
    expect(bottom(terminal, 2)[0]).toBe('! expected a title, found ""');
    await type(terminal, 'Plan B: a denser line');
    await press(terminal, enter);
    // The path is also printed above the screen, so it stays after quitting; the header names the saved scenario.
    expect(lines(frame(terminal)).slice(0, 2)).toEqual(['forcecalc: wrote scenarios/ceasefire-plan-b.yaml', 'forcecalc · ceasefire-plan-b: Plan B: a denser line']);
    expect(bottom(terminal, 2)).toEqual(['Saved scenarios/ceasefire-plan-b.yaml, listed as ceasefire-plan-b', 'Up/Down factor  -/+ step  Enter type  r reset  Tab panel  s save  ? help  q quit']);
    expect(fake.written).toEqual([{ path: 'scenarios/ceasefire-plan-b.yaml', scenarioId: 'ceasefire', overrides: { density: { min: 4, max: 4 } } }]);
    const saved = fake.saved.get('scenarios/ceasefire-plan-b.yaml');
    expect(saved?.title).toBe('Plan B: a denser line');
    // The description's figures were the original's: it is marked edited, with what changed.
    expect(saved?.description).toBe(
      `${ceasefire.description}\n\nEdited in forcecalc on 2026-12-04 from ceasefire: density 4 /km. Figures stated above are those of ceasefire before the edits; forcecalc prints this scenario's.`.trimStart(),
    );
  });

  it('offers the title a file gives sanitised, marked edited once, and within the length a file may hold', async () => {
    const hostile = { ...ceasefire, title: `\u001B[2JEvil\u202E title\u0007 ${'x'.repeat(195)}` };
    const terminal = await renderApp({ scenarios: [hostile] });
    await press(terminal, enter, 's', enter);
    const shown = frame(terminal);
    expect(shown).not.toContain('\u0007');
    expect(shown).not.toContain('\u202E');
    expect(bottom(terminal, 3)[0]).toMatch(/^Title of the saved scenario: …x+… \(edited\)_$/);
    expect(editedTitle('A (edited)')).toBe('A (edited)');
    expect([...editedTitle('y'.repeat(300))]).toHaveLength(200);
  });

  it('wraps a long refusal within the prompt instead of cutting it', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, 's', ctrlU);
    await type(terminal, 'plan for the northern border with Belarus and the quiet parts');
    await press(terminal, enter);
    // The message takes two lines; the estimate gives up its last two rows (Pledged density, Shortfall) for the prompt;
    // the field shows the name's end.
    const shown = lines(frame(terminal));
    expect(shown).toHaveLength(23);
    expect(shown.slice(14, 19)).toEqual(['  Pledged coverage    1,636.36..2,045.45 km', '', 'Coverage length = sum of sector lengths', 'from 2 sectors, 1,350 km', '']);
    expect(bottom(terminal, 4)).toEqual([
      'Save the edited scenario as: … northern border with Belarus and the quiet parts_',
      '! "plan for the northern border with Belarus and the quiet par…" is not a plain',
      'file name: use only letters A-Z and a-z, digits, "-" and "_" (".yaml" is added)',
      'type a name  Enter confirm  Esc cancel',
    ]);
  });

  it('overwrites when the planner says yes, with the edited factors', async () => {
    const fake = fakeFiles({ existing: ['scenarios/ceasefire-edited.yaml'] });
    const terminal = await renderApp({ files: fake.files });
    await press(terminal, enter, '3', '+', 's', enter, enter, 'y');
    expect(fake.written).toEqual([{ path: 'scenarios/ceasefire-edited.yaml', scenarioId: 'ceasefire', overrides: { density: { min: 4, max: 4 } } }]);
  });

  it('lists the saved scenario at once, read back from its file; the original shows its own file again', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3', '+', 's', enter, enter, 'b');
    // Density 4 in the new file; the edits are in it, so the original is no longer marked edited.
    expect(lines(frame(terminal)).slice(0, 8)).toEqual([
      'forcecalc: wrote scenarios/ceasefire-edited.yaml',
      'forcecalc · 4 scenarios in scenarios',
      '--------------------------------------------------------------------------------',
      '      ID                TITLE                                  LINE KM  BRIGADES',
      '  [ ] ceasefire         Ceasefire line                           1,350      2..3',
      '  [ ] border            Northern border                          2,000      2..4',
      '  [ ] coast             Coast watch                                900         1',
      '> [ ] ceasefire-edited  Ceasefire line (edited)                  1,350      2..3',
    ]);
    await press(terminal, enter, '3');
    expect(frame(terminal)).toContain('>   Density                4 /km                     file');
  });

  it('overwriting the open scenario with its edits leaves nothing marked edited', async () => {
    const fake = fakeFiles({ existing: ['scenarios/ceasefire.yaml'] });
    const terminal = await renderApp({ files: fake.files });
    await press(terminal, enter, '3', '+', 's', ctrlU);
    await type(terminal, 'ceasefire');
    await press(terminal, enter, ctrlU);
    await type(terminal, 'Ceasefire line');
    await press(terminal, enter, 'y');
    // The file now says 4 /km: no * on the factor or the title, the source column says file.
    const shown = lines(frame(terminal));
    expect(shown.slice(0, 5)).toEqual([
      'forcecalc: wrote scenarios/ceasefire.yaml',
      TITLE,
      ' 1 Estimate  2 Sectors [3 Factors] 4 Map  5 Capabilities  6 Timeline  7 Pledges',
      '    FACTOR                 VALUE                     FROM',
      '>   Density                4 /km                     file',
    ]);
    expect(shown).toContain('    Line troops         7,800 troops');
    expect(shown.filter((line) => line.includes('*'))).toEqual([]);
    expect(bottom(terminal, 2)).toEqual(['Saved scenarios/ceasefire.yaml, listed as ceasefire', 'Up/Down factor  -/+ step  Enter type  r reset  Tab panel  s save  ? help  q quit']);
    await press(terminal, 'b');
    expect(frame(terminal)).toContain('> [ ] ceasefire  Ceasefire line                                  1,350      2..3');
  });

  it('says so when a saved file does not read back', async () => {
    const fake = fakeFiles({ unreadable: ['scenarios/ceasefire-edited.yaml'] });
    const terminal = await renderApp({ files: fake.files });
    await press(terminal, enter, 's', enter, enter);
    expect(lines(frame(terminal))[0]).toBe('forcecalc: wrote scenarios/ceasefire-edited.yaml');
    expect(bottom(terminal, 2)).toEqual(['Saved, but not listed: scenarios/ceasefire-edited.yaml:1:1: expected a scenario…', estimateFooter]);
    await press(terminal, 'b');
    expect(frame(terminal)).toContain('3 scenarios in scenarios');
  });

  it('clears the status line when a factor changes after the save: "Saved" would no longer be true', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3', 's', enter, enter);
    expect(frame(terminal)).toContain('\nSaved scenarios/ceasefire-edited.yaml, listed as ceasefire-edited\n');
    await press(terminal, '+');
    expect(frame(terminal)).not.toContain('Saved');
    expect(frame(terminal)).toContain('> * Density                4 /km                     edited');
  });

  it('shows what the system refused on the status line', async () => {
    const terminal = await renderApp({ files: fakeFiles({ failWith: 'permission denied (EACCES)' }).files });
    await press(terminal, enter, 's', enter, enter);
    expect(lines(frame(terminal))[0]).toBe(TITLE);
    expect(bottom(terminal, 2)).toEqual(['Not saved: permission denied (EACCES), writing scenarios/ceasefire-edited.yaml', estimateFooter]);
  });

  it('writes nothing when cancelled', async () => {
    const fake = fakeFiles();
    const terminal = await renderApp({ files: fake.files });
    await press(terminal, enter);
    const before = frame(terminal);
    await press(terminal, 's', escape);
    expect(frame(terminal)).toBe(before);
    expect(fake.written).toEqual([]);
  });
});

describe('export', () => {
  it('asks for the format and a name, then writes the text the CLI prints', async () => {
    const fake = fakeFiles();
    const terminal = await renderApp({ files: fake.files });
    await press(terminal, enter, 'e');
    expect(bottom(terminal, 3)).toEqual(['Export the estimate as: m Markdown, j JSON', 'The same text as forcecalc estimate --format md|json.', 'm Markdown  j JSON  Esc cancel']);

    await press(terminal, 'j');
    expect(bottom(terminal, 3)).toEqual(['Export to file: ceasefire.json_', 'In /home/planner; a path (folder/name) goes where it says.', 'type a name  Enter confirm  Esc cancel']);

    await press(terminal, enter);
    expect(lines(frame(terminal)).slice(0, 2)).toEqual(['forcecalc: wrote /home/planner/ceasefire.json', TITLE]);
    expect(bottom(terminal, 2)).toEqual(['Exported /home/planner/ceasefire.json', estimateFooter]);
    expect(fake.written).toEqual([{ path: '/home/planner/ceasefire.json', text: formatEstimate(estimate(ceasefire), 'json') }]);
  });

  it('exports the edited estimate as Markdown', async () => {
    const fake = fakeFiles();
    const terminal = await renderApp({ files: fake.files });
    await press(terminal, enter, '3', '+', 'e', 'm', enter);
    const edited = estimate(ceasefire, { overrides: { density: { min: 4, max: 4 } }, overrideSource: OVERRIDE_SOURCE });
    expect(fake.written).toEqual([{ path: '/home/planner/ceasefire.md', text: formatEstimate(edited, 'md') }]);
  });
});
