import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { estimate } from '../../src/core/index.js';
import type { UncertaintyRunner } from '../../src/ui/uncertainty/uncertainty-runner.js';
import { initialUncertaintyState, type UncertaintyState } from '../../src/ui/uncertainty/uncertainty-state.js';
import { UncertaintyView } from '../../src/ui/uncertainty/uncertainty-view.js';
import { ceasefire, coast } from './build-scenarios.js';
import { arrowDown, enter, escape } from './keys.js';
import { renderApp } from './render-app.js';
import { blank, frame, press, renderTerminal, screen } from './terminal.js';

afterEach(cleanup);

const footer = 'Up/Down scroll  u/Esc close  Tab panel  s save  ? help  q quit';

/*
 * The ceasefire scenario (build-scenarios.ts) varies only in the brigade size,
 * a whole number drawn from 3,000..5,000, so most of what the screen shows can
 * be worked out by hand: 6,600 line troops in every sample; 3 brigades for the
 * sizes 3,000..3,299 (300 of 2,001, 15.0%), else 2, so p5 = p50 = 2 and p95 = 3;
 * pledges of at least 8,000 troops always cover 6,600; and the tornado moves
 * the size from 3,000 (3 brigades) to 5,000 (2), its central 4,000 giving 2.
 * The shares (86.1% and 14.0%) and the pledged percentiles are the draws of
 * the screen's fixed seed, the same `forcecalc simulate --samples 2000` prints.
 */
describe('uncertainty in the estimate panel', () => {
  it('shows p5, p50 and p95 beside each figure, whether the pledges suffice, the histogram and the tornado on u', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, 'u');
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · ceasefire: Ceasefire line',
        '[1 Estimate]  2 Sectors   3 Factors   4 Map',
        'Uncertainty: 2,000 samples, seed 20250409 (3 more lines: Down)',
        '  FIGURE              RANGE                       P5      P50      P95',
        '  Line troops         6,600 troops             6,600    6,600    6,600',
        '  Brigades            2..3 brigades                2        2        3',
        '  Air cover           2..3 packages                2        2        3',
        '  Deployed troops     6,600 troops             6,600    6,600    6,600',
        '  Committed troops    6,600 troops             6,600    6,600    6,600',
        '  Committed brigades  2..3 brigades                2        2        3',
        '  Pledged troops      8,000..10,000 troops     8,110    9,003    9,899',
        '  Pledged coverage    1,636.36..2,045.45 km  1,658.9  1,841.5  2,024.8',
        '  Pledged density     5.93..7.41 /km            6.01     6.67     7.33',
        '  Shortfall           0 troops                     0        0        0',
        '',
        'Pledges suffice in 100.0% of samples (pledged at least deployed troops).',
        '',
        'Brigades in 2,000 samples            SHARE  AT MOST',
        '  2  ##############################  86.1%    86.1%',
        '  3  #####                           14.0%   100.0%',
        '',
        '',
        footer,
      ),
    );

    await press(terminal, arrowDown, arrowDown, arrowDown, arrowDown);
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · ceasefire: Ceasefire line',
        '[1 Estimate]  2 Sectors   3 Factors   4 Map',
        'Uncertainty: 2,000 samples, seed 20250409, from line 4',
        '  Air cover           2..3 packages                2        2        3',
        '  Deployed troops     6,600 troops             6,600    6,600    6,600',
        '  Committed troops    6,600 troops             6,600    6,600    6,600',
        '  Committed brigades  2..3 brigades                2        2        3',
        '  Pledged troops      8,000..10,000 troops     8,110    9,003    9,899',
        '  Pledged coverage    1,636.36..2,045.45 km  1,658.9  1,841.5  2,024.8',
        '  Pledged density     5.93..7.41 /km            6.01     6.67     7.33',
        '  Shortfall           0 troops                     0        0        0',
        '',
        'Pledges suffice in 100.0% of samples (pledged at least deployed troops).',
        '',
        'Brigades in 2,000 samples            SHARE  AT MOST',
        '  2  ##############################  86.1%    86.1%',
        '  3  #####                           14.0%   100.0%',
        '',
        'What moves committed brigades (2 with every input central)',
        '  INPUT         LOW  HIGH  2                  3',
        '  Brigade size    3     2  |===================  opposite',
        '',
        footer,
      ),
    );

    await press(terminal, escape);
    const lines = frame(terminal).split('\n');
    expect(lines[2]).toBe('  FIGURE              VALUE');
    expect(lines.at(-1)).toBe('Up/Down figure  i sources  u uncertainty  Tab panel  s save  ? help  q quit');
  });

  it('follows a factor change beside the factor editor on a wide screen', async () => {
    const terminal = await renderApp({ size: { columns: 130, rows: 30 } });
    // u from the factors panel: the estimate beside it shows the uncertainty, the keys stay with the factors.
    await press(terminal, enter, '3', 'u', '+');
    // Density 4 /km: 1,200 x 4 + 150 x 20 = 7,800 troops; 3 brigades for sizes 3,000..3,899 (900 of 2,001, 45.0%).
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · ceasefire: Ceasefire line  * edited',
        ' 1 Estimate   2 Sectors  [3 Factors]  4 Map',
        '> Factors                                                           Estimate',
        '    FACTOR                 VALUE                     FROM         Uncertainty: 2,000 samples, seed 20250409',
        '> * Density                4 /km                     edited         FIGURE                   P5      P50      P95',
        '    Brigade size           3,000..5,000 troops       preset         Line troops           7,800    7,800    7,800',
        '    Air cover per brigade  1 package                 preset         Brigades                  2        2        3',
        '    Enabler share          0%                        preset         Air cover                 2        2        3',
        '    Rotation               1x                        preset         Deployed troops       7,800    7,800    7,800',
        '                                                                    Committed troops      7,800    7,800    7,800',
        'Density: soldiers per km of line (a sector may override it).        Committed brigades        2        2        3',
        '-/+ steps by 1 /km; Enter types a value or range, e.g. 3 / km       Pledged troops        8,110    9,003    9,899',
        '                                                                    Pledged coverage    1,403.7  1,558.2  1,713.3',
        '                                                                    Pledged density        6.01     6.67     7.33',
        '                                                                    Shortfall                 0        0        0',
        '  Sectors',
        '  SECTOR                  KM       /KM     TROOPS                 Pledges suffice in 100.0% of samples (pledged at least deployed',
        '> Line of contact      1,200         4      4,800  #############  troops).',
        '  Hot spot               150        20      3,000  ########',
        '  Total                1,350                7,800                 Brigades in 2,000 samples            SHARE  AT MOST',
        '                                                                    2  ##############################  55.8%    55.8%',
        'Needed   ###################      7,800 troops deployed             3  ########################        44.2%   100.0%',
        'Pledged  ###################+++++ 8,000..10,000 troops',
        'Shortfall 0 troops. France 1 brigade, United Kingdom 5,000        What moves committed brigades (2 with every input central)',
        'troops.                                                             INPUT         LOW  HIGH  2                  3',
        '                                                                    Brigade size    3     2  |===================  opposite',
        '',
        '',
        'Up/Down factor  -/+ step  Enter type  r reset  Tab panel  s save  ? help  q quit',
      ),
    );
  });

  it('goes to the estimate panel on a narrow screen, and says when there are no pledges', async () => {
    const terminal = await renderApp({ scenarios: [coast] });
    await press(terminal, enter, '2', 'u');
    // 900 km at 3 /km = 2,700 troops: 1 brigade of any size, 3 committed at rotation 3, in every sample.
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · coast: Coast watch',
        '[1 Estimate]  2 Sectors   3 Factors   4 Map',
        'Uncertainty: 2,000 samples, seed 20250409',
        '  FIGURE              RANGE            P5    P50    P95',
        '  Line troops         2,700 troops  2,700  2,700  2,700',
        '  Brigades            1 brigade         1      1      1',
        '  Air cover           1 package         1      1      1',
        '  Deployed troops     2,700 troops  2,700  2,700  2,700',
        '  Committed troops    8,100 troops  8,100  8,100  8,100',
        '  Committed brigades  3 brigades        3      3      3',
        '',
        'No coalition pledges in this scenario: nothing to weigh against the need.',
        '',
        'Brigades in 2,000 samples             SHARE  AT MOST',
        '  1  ##############################  100.0%   100.0%',
        '',
        'What moves committed brigades (3 with every input central)',
        '  INPUT         LOW  HIGH  3',
        '  Brigade size    3     3           |',
        ...blank(3),
        footer,
      ),
    );
  });
});

describe('uncertainty view', () => {
  const exact = estimate(ceasefire);
  const pending: UncertaintyState = { ...initialUncertaintyState, request: 1, inputs: { scenario: ceasefire, overrides: {} } };

  it.each<[string, UncertaintyState, string[]]>([
    ['says "simulating…" until the simulation is done', pending, ['Uncertainty: 2,000 samples, seed 20250409, simulating…', 'simulating…']],
    [
      'says why when the simulation failed',
      { ...pending, error: 'samples must be a whole number' },
      ['Uncertainty: 2,000 samples, seed 20250409', '! The simulation failed: samples must be a whole number'],
    ],
  ])('%s', async (_name, uncertainty, lines) => {
    const terminal = await renderTerminal(<UncertaintyView estimate={exact} uncertainty={uncertainty} scroll={0} width={60} height={4} />, { columns: 60, rows: 5 });
    expect(frame(terminal)).toBe(screen(...lines, ...blank(4 - lines.length)));
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
