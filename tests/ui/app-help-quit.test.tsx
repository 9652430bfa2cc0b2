// The help overlay and quitting through the app. The overlay's own frames are
// tested alone (tests/ui/help/help-overlay.test.tsx); the screen it covers at
// 80 x 24 is pinned in frames/.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { arrowDown, ctrlC, enter, escape } from './keys.js';
import { renderApp } from './render-app.js';
import { frame, press, type } from './terminal.js';

afterEach(cleanup);

const lines = (text: string): string[] => text.split('\n');

describe('help overlay', () => {
  it('at 80 x 24: every key over the body of the screen it covers', async () => {
    const terminal = await renderApp();
    await press(terminal, '?');
    await expect(frame(terminal)).toMatchFileSnapshot('frames/help-80x24.txt');
  });

  it('scrolls with Down', async () => {
    const terminal = await renderApp();
    await press(terminal, '?', ...Array.from({ length: 9 }, () => arrowDown));
    expect(lines(frame(terminal))[2]).toBe('Keys, from line 10 (16 more: Down)');
    expect(lines(frame(terminal)).at(-1)).toBe('Up/Down scroll  ?/Esc close  q quit');
  });

  it('closes on Esc and returns to the screen it covered', async () => {
    const terminal = await renderApp();
    const list = frame(terminal);
    await press(terminal, '?', escape);
    expect(frame(terminal)).toBe(list);
  });
});

describe('quitting', () => {
  // Quitting clears the screen before Ink exits: an empty frame. Under CI=true
  // Ink (is-in-ci) ends by writing the last frame and a newline, which the
  // real executable never meets (no UI in CI: overviewMode); hence trim().
  it.each<[string, string[]]>([
    ['q on the list', ['q']],
    ['Esc on the list', [escape]],
    ['q in the help', ['?', 'q']],
    ['Esc on a scenario', [enter, escape]],
    ['Ctrl-C while typing a filter', ['/', 'q', ctrlC]],
    ['Ctrl-C in the save prompt', [enter, 's', ctrlC]],
  ])('%s', async (_name, keys) => {
    const terminal = await renderApp();
    await press(terminal, ...keys);
    expect(frame(terminal).trim()).toBe('');
  });

  it('Esc first clears a kept filter, and only then quits', async () => {
    const terminal = await renderApp();
    await press(terminal, '/');
    await type(terminal, 'coast');
    await press(terminal, enter, escape);
    const shown = lines(frame(terminal));
    expect(shown.slice(2, 6)).toEqual([
      '      ID         TITLE                                         LINE KM  BRIGADES',
      '  [ ] ceasefire  Ceasefire line                                  1,350      2..3',
      '  [ ] border     Northern border                                 2,000      2..4',
      '> [ ] coast      Coast watch                                       900         1',
    ]);
    await press(terminal, escape);
    expect(frame(terminal).trim()).toBe('');
  });

  it('q typed into a filter is text, not quit', async () => {
    const terminal = await renderApp();
    await press(terminal, '/', 'q');
    const shown = lines(frame(terminal));
    expect(shown.slice(2, 5)).toEqual(['Filter: q_', '      ID    TITLE                                              LINE KM  BRIGADES', '  No scenario matches "q".']);
    expect(shown.at(-1)).toBe('type filter  Up/Down move  Enter keep  Esc clear');
  });
});

describe('quitting with edits not saved', () => {
  // Density of the ceasefire scenario stepped up on the factors panel: an edit not saved.
  const edited = [enter, '3', '+'];

  it.each<[string, string[]]>([
    ['q', ['q']],
    ['Esc', [escape]],
    ['Ctrl-C', [ctrlC]],
  ])('%s asks first: save, discard or stay', async (_name, keys) => {
    const terminal = await renderApp();
    await press(terminal, ...edited, ...keys);
    const shown = lines(frame(terminal));
    expect(shown).toContain('Quit with edits not saved? s save them, d discard them and quit, Esc stay.');
    expect(shown.at(-1)).toBe('s save  d discard and quit  Esc stay');
  });

  it('Esc stays with the edits, d quits, a second Ctrl-C quits', async () => {
    const terminal = await renderApp();
    await press(terminal, ...edited, 'q', escape);
    expect(lines(frame(terminal))[0]).toMatch(/\* edited$/);
    expect(frame(terminal)).not.toContain('Quit with edits not saved?');
    await press(terminal, 'q', 'd');
    expect(frame(terminal).trim()).toBe('');
    const again = await renderApp();
    await press(again, ...edited, ctrlC, ctrlC);
    expect(frame(again).trim()).toBe('');
  });

  it('s opens the save prompt, the edits kept', async () => {
    const terminal = await renderApp();
    await press(terminal, ...edited, 'q', 's');
    expect(frame(terminal)).toContain("Save the edited scenario as: ceasefire-edited_");
    expect(lines(frame(terminal))[0]).toMatch(/\* edited$/);
  });
});
