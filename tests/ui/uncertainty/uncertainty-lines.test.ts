// The uncertainty view's lines (the panel `u` opens), from the core's simulation of a shipped scenario.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core/index.js';
import { simulate } from '../../../src/core/simulation/index.js';
import { loadScenarioFile } from '../../../src/scenarios/index.js';
import { initialUncertaintyState } from '../../../src/ui/uncertainty/uncertainty-state.js';
import { uncertaintyLines } from '../../../src/ui/uncertainty/uncertainty-lines.js';
import { UI_SAMPLES, UI_SEED } from '../../../src/ui/uncertainty/use-uncertainty.js';

const COALITION = fileURLToPath(new URL('../../../scenarios/coalition-of-a-dozen.yaml', import.meta.url));

describe('the uncertainty view', () => {
  it('says the pledges suffice in the share of samples without a shortfall, however wide the shortfall (coalition-of-a-dozen at 3..12 /km)', () => {
    const loaded = loadScenarioFile(COALITION);
    if (!loaded.ok) return expect.fail('coalition-of-a-dozen does not load');
    const options = { overrides: { density: { min: 3, max: 12 } } };
    const simulation = simulate(loaded.scenario, { ...options, samples: UI_SAMPLES, seed: UI_SEED });
    const state = { ...initialUncertaintyState, request: 1, simulation };
    const text = uncertaintyLines(estimate(loaded.scenario, options), state, { width: 100, barGlyph: '#' })
      .map((line) => line.map((span) => span.text).join(''))
      .join('\n');
    const shortfall = simulation.coalition?.shortfallTroops;
    if (shortfall === undefined) return expect.fail('no shortfall');
    const share = Number(/Pledges suffice in ([\d.]+)% of samples/.exec(text)?.[1]);
    // Nearest rank: the p-th percentile is 0 exactly when at least p% of samples have no shortfall.
    expect(shortfall.p5).toBe(0);
    expect(share).toBeGreaterThanOrEqual(5);
    expect(share >= 50).toBe(shortfall.p50 === 0);
    expect(share >= 95).toBe(shortfall.p95 === 0);
    expect(shortfall.p95).toBeGreaterThan(0);
  });
});
