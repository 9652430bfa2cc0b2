// The uncertainty view alone: percentiles beside each figure, whether the
// pledges suffice, the histogram of brigades and the tornado, scrolled; what
// it says while computing or after a failure. Frames in frames/ (vitest -u
// rewrites them; read the diff).
//
// The ceasefire scenario (build-scenarios.ts) varies only in the brigade size,
// a whole number drawn from 3,000..5,000, so most of what the view shows can be
// worked out by hand: 6,600 line troops in every sample; 3 brigades for the
// sizes 3,000..3,299 (300 of 2,001, 15.0%), else 2, so p5 = p50 = 2 and p95 = 3;
// pledges of at least 8,000 troops always cover 6,600; and the tornado moves
// the size from 3,000 (3 brigades) to 5,000 (2), its central 4,000 giving 2.
// The shares (86.1% and 14.0%) and the pledged percentiles are the draws of
// the screen's fixed seed, the same `forcecalc simulate --samples 2000` prints.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { sensitivity } from '../../../src/core/analysis/index.js';
import { estimate, type Scenario } from '../../../src/core/index.js';
import { simulate } from '../../../src/core/simulation/index.js';
import { initialUncertaintyState, uncertaintyReducer, type UncertaintyAction, type UncertaintyState } from '../../../src/ui/uncertainty/uncertainty-state.js';
import { UI_SAMPLES, UI_SEED } from '../../../src/ui/uncertainty/use-uncertainty.js';
import { UncertaintyView } from '../../../src/ui/uncertainty/uncertainty-view.js';
import { uncertaintyLines } from '../../../src/ui/uncertainty/uncertainty-lines.js';
import { percentText } from '../../../src/report/simulation-rows.js';
import { ceasefire, coast, multiDomain } from '../build-scenarios.js';
import { renderPanel } from '../render-panel.js';
import { blank, frame, renderTerminal, screen } from '../terminal.js';

afterEach(cleanup);

/** The uncertainty of `scenario` as the app computes it: the simulation, then the sensitivity. */
function computed(scenario: Scenario): UncertaintyState {
  const actions: UncertaintyAction[] = [
    { type: 'start', request: 1, inputs: { scenario, overrides: {} } },
    { type: 'simulated', request: 1, simulation: simulate(scenario, { samples: UI_SAMPLES, seed: UI_SEED }) },
    { type: 'analysed', request: 1, sensitivity: sensitivity(scenario) },
  ];
  return actions.reduce(uncertaintyReducer, initialUncertaintyState);
}

async function viewFrame(scenario: Scenario, scroll = 0): Promise<string> {
  const result = estimate(scenario);
  const uncertainty = computed(scenario);
  return frame(await renderPanel(({ width, height }) => <UncertaintyView estimate={result} uncertainty={uncertainty} scroll={scroll} width={width} height={height} />));
}

describe('the uncertainty view', () => {
  it('shows p5, p50 and p95 beside each figure, whether the pledges suffice, the histogram, and the tornado further down', async () => {
    await expect(await viewFrame(ceasefire)).toMatchFileSnapshot('frames/ceasefire.txt');
    cleanup();
    await expect(await viewFrame(ceasefire, 4)).toMatchFileSnapshot('frames/ceasefire-scrolled.txt');
  });

  it('says when there are no pledges to weigh', async () => {
    // 900 km at 3 /km = 2,700 troops: 1 brigade of any size, 3 committed at rotation 3, in every sample.
    await expect(await viewFrame(coast)).toMatchFileSnapshot('frames/no-pledges.txt');
  });

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

describe('the chance each capability suffices', () => {
  it('gives each capability its share of samples with and without the backstop, then the share in which all do', async () => {
    // 3,600 troops in brigades of 3,000..5,000: one brigade where the size is at least 3,600, else two. Air cover and
    // batteries (one each per brigade) are always met with the US backstop's units (3 and 2); without them only where
    // one brigade is enough. 12 EW teams against 4: never, so never all.
    const uncertainty = computed(multiDomain);
    const simulation = uncertainty.simulation;
    if (simulation === null) throw new Error('no simulation');
    const oneBrigade = percentText(simulation.figures.brigades.distribution?.find((share) => share.value === 1)?.probability ?? Number.NaN);
    const text = uncertaintyLines(estimate(multiDomain), uncertainty, { width: 80, barGlyph: '#' }).map((line) => line.map((span) => span.text).join(''));
    expect(text).toContain('  CAPABILITY           SUFFICES  NO BACKSTOP');
    expect(text).toContainEqual(`  Air cover              100.0%  ${oneBrigade.padStart(11)}`);
    expect(text).toContainEqual(`  Air-defence battery    100.0%  ${oneBrigade.padStart(11)}`);
    expect(text).toContainEqual('  EW team                  0.0%         0.0%');
    expect(text).toContain('All suffice in 0.0% of samples (troops and every capability); 0.0% without the');
  });
});
