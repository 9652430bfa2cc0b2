// The uncertainty through the app: u opens it where it belongs, Down scrolls
// it, Esc closes it, and it follows a factor change beside the factor editor
// (that wide screen is pinned in frames/). The view's own frames are tested
// alone (tests/ui/uncertainty/uncertainty-view.test.tsx).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { UncertaintyRunner } from '../../src/ui/uncertainty/uncertainty-runner.js';
import { coast } from './build-scenarios.js';
import { arrowDown, enter, escape } from './keys.js';
import { renderApp } from './render-app.js';
import { frame, press } from './terminal.js';

afterEach(cleanup);

const lines = (text: string): string[] => text.split('\n');
const footer = 'Up/Down scroll  u/Esc close  Tab panel  s save  ? help  q quit';

describe('uncertainty in the estimate panel', () => {
  it('opens on u, scrolls with Down and closes on Esc', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, 'u');
    // Air cover's chance to suffice and the chance all do, under the pledges, add five lines.
    expect(lines(frame(terminal))[2]).toBe('Uncertainty: 2,000 samples, seed 20250409 (9 more lines: Down)');
    expect(lines(frame(terminal)).at(-1)).toBe(footer);

    await press(terminal, ...Array.from({ length: 10 }, () => arrowDown));
    expect(lines(frame(terminal))[2]).toBe('Uncertainty: 2,000 samples, seed 20250409, from line 10');
    expect(lines(frame(terminal)).at(-3)).toBe('  Brigade size    3     2  |===================  opposite');

    await press(terminal, escape);
    expect(lines(frame(terminal))[2]).toBe('  FIGURE              VALUE');
    expect(lines(frame(terminal)).at(-1)).toBe('Up/Down figure  i sources  u uncertainty  Tab panel  s save  ? help  q quit');
  });

  it('follows a factor change beside the factor editor on a wide screen', async () => {
    const terminal = await renderApp({ size: { columns: 130, rows: 30 } });
    // u from the factors panel: the estimate beside it shows the uncertainty, the keys stay with the factors.
    // Density 4 /km: 1,200 x 4 + 150 x 20 = 7,800 troops; 3 brigades for sizes 3,000..3,899 (900 of 2,001, 45.0%).
    await press(terminal, enter, '3', 'u', '+');
    await expect(frame(terminal)).toMatchFileSnapshot('frames/uncertainty-wide-130x30.txt');
  });

  it('goes to the estimate panel on a narrow screen', async () => {
    const terminal = await renderApp({ scenarios: [coast] });
    await press(terminal, enter, '2', 'u');
    expect(lines(frame(terminal)).slice(1, 3)).toEqual(['[1 Estimate] 2 Sectors  3 Factors  4 Map  5 Capabilities  6 Timeline  7 Pledges', 'Uncertainty: 2,000 samples, seed 20250409']);
  });
});

describe('background work is cancelled when it is no longer wanted', () => {
  /** A runner that never answers (a job of a huge scenario, still computing) and records starts and cancels. */
  function stalledRunner() {
    const events: string[] = [];
    const runner: UncertaintyRunner = {
      start: (job) => {
        events.push(`start ${job.scenario.id}`);
        return () => events.push(`cancel ${job.scenario.id}`);
      },
      close: () => events.push('close'),
    };
    return { runner, events };
  }

  it.each<[string, string[]]>([
    ['q quits at once, cancelling the job under way', ['q']],
    ['Esc closes the view and cancels the job', [escape]],
    ['u closes the view and cancels the job', ['u']],
    ['b back to the list cancels the job', ['b']],
  ])('%s', async (_name, keys) => {
    const { runner, events } = stalledRunner();
    const terminal = await renderApp({ uncertaintyRunner: runner });
    await press(terminal, enter, 'u');
    expect(frame(terminal)).toContain('simulating');
    expect(events).toEqual(['start ceasefire']);
    await press(terminal, ...keys);
    expect(events).toEqual(['start ceasefire', 'cancel ceasefire']);
  });

  it('a factor change cancels the job for the old values before starting the new one', async () => {
    const { runner, events } = stalledRunner();
    const terminal = await renderApp({ uncertaintyRunner: runner, size: { columns: 120, rows: 40 } });
    await press(terminal, enter, 'u', '3', '+');
    expect(events).toEqual(['start ceasefire', 'cancel ceasefire', 'start ceasefire']);
  });
});
