// The scenario list through the app: the screen as it opens (pinned in
// frames/), and the keys that filter, move and open. The list's own frames at
// any width are tested alone (tests/ui/list/scenario-list-view.test.tsx).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { arrowDown, enter, escape } from './keys.js';
import { renderApp } from './render-app.js';
import { uiScenario } from './build-scenarios.js';
import { frame, press, type } from './terminal.js';

afterEach(cleanup);

const lines = (text: string): string[] => text.split('\n');
const listFooter = 'Up/Down move  Enter open  / filter  Space mark  c compare  ? help  q quit';
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/;

describe('scenario list', () => {
  it('at 80 x 24: the title, the list with its columns, the files that were skipped, the footer', async () => {
    const terminal = await renderApp({
      problems: [{ file: 'scenarios/bad.yaml', line: 7, column: 13, path: 'sectors[1].length', expected: 'a length such as "120 km"', received: '"3 kg"' }],
    });
    await expect(frame(terminal)).toMatchFileSnapshot('frames/list-80x24.txt');
  });

  it('filters by typing / then text; Esc clears the filter and keeps the cursor', async () => {
    const terminal = await renderApp();
    await press(terminal, '/');
    await type(terminal, 'bor');
    const filtered = lines(frame(terminal));
    expect(filtered.slice(2, 5)).toEqual([
      'Filter: bor_',
      '      ID      TITLE                                            LINE KM  BRIGADES',
      '> [ ] border  Northern border                                    2,000      2..4',
    ]);
    expect(filtered.at(-1)).toBe('type filter  Up/Down move  Enter keep  Esc clear');

    await press(terminal, escape);
    const cleared = lines(frame(terminal));
    expect(cleared.slice(3, 6)).toEqual([
      '  [ ] ceasefire  Ceasefire line                                  1,350      2..3',
      '> [ ] border     Northern border                                 2,000      2..4',
      '  [ ] coast      Coast watch                                       900         1',
    ]);
    expect(cleared.at(-1)).toBe(listFooter);
  });

  it('keeps a filter on Enter and says when nothing matches it', async () => {
    const terminal = await renderApp();
    await press(terminal, '/');
    await type(terminal, 'zz');
    await press(terminal, enter);
    const shown = lines(frame(terminal));
    expect(shown.slice(2, 5)).toEqual(['Filter: zz', '      ID    TITLE                                              LINE KM  BRIGADES', '  No scenario matches "zz".']);
    expect(shown.at(-1)).toBe(listFooter);
  });

  it('opens the scenario under the cursor', async () => {
    const terminal = await renderApp();
    await press(terminal, arrowDown, enter);
    expect(lines(frame(terminal)).slice(0, 4)).toEqual([
      'forcecalc · border: Northern border',
      '[1 Estimate] 2 Sectors  3 Factors  4 Map  5 Capabilities  6 Timeline  7 Pledges',
      '  FIGURE              VALUE          FROM',
      '> Coverage length     2,000 km       sectors',
    ]);
  });

  it('takes keys that arrive in one chunk one after the other', async () => {
    const terminal = await renderApp();
    await press(terminal, `${arrowDown}${arrowDown}${enter}`);
    expect(lines(frame(terminal)).slice(0, 2)).toEqual(['forcecalc · coast: Coast watch', '[1 Estimate] 2 Sectors  3 Factors  4 Map  5 Capabilities  6 Timeline  7 Pledges']);
  });

  it('shows text from files without escape sequences or control characters, on the list and in the scenario', async () => {
    const hostile = uiScenario({ id: 'evil', title: '\u001B[2JEvil\u202E title\u0007', sectors: [{ name: 'A\u001B]0;owned\u0007 line', km: 100 }] });
    const terminal = await renderApp({
      scenarios: [hostile],
      problems: [{ file: 'scenarios/x\u001B[31m.yaml', line: 2, column: 8, path: 'title', expected: 'text', received: '"\u001B[2J"' }],
    });
    expect(frame(terminal)).not.toMatch(CONTROL);
    expect(frame(terminal)).toContain('> [ ] evil  Evil title');
    await press(terminal, enter, '2');
    expect(frame(terminal)).not.toMatch(CONTROL);
    expect(lines(frame(terminal))[0]).toBe('forcecalc · evil: Evil title');
    expect(lines(frame(terminal))[3]).toMatch(/^> A line +100 +3 +300 +#+$/);
  });
});
