// The Capabilities panel alone: each capability's figures, a bar of its need and one of its pledges on one scale,
// the backstop named, a need being typed and its error, a key that changed nothing. Frames in frames/
// (`npx vitest run <this file> -u` rewrites them; read the diff).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { estimate, type Scenario } from '../../../src/core/index.js';
import { CapabilitiesPanel } from '../../../src/ui/capabilities/capabilities-panel.js';
import { capabilitiesReducer, initialCapabilitiesState, withCapabilityNeeds, needsFor, type CapabilitiesAction, type CapabilitiesState } from '../../../src/ui/capabilities/capabilities-state.js';
import { border, multiDomain } from '../build-scenarios.js';
import { renderPanel } from '../render-panel.js';
import { frame, STANDARD_TERMINAL, type TerminalSize } from '../terminal.js';

afterEach(cleanup);

const opened = (scenario: Scenario, ...actions: CapabilitiesAction[]): CapabilitiesState =>
  actions.reduce(capabilitiesReducer, capabilitiesReducer(initialCapabilitiesState, { type: 'open', scenario }));

async function panelFrame(scenario: Scenario, state: CapabilitiesState, size: TerminalSize = STANDARD_TERMINAL): Promise<string> {
  const needs = needsFor(state, scenario.id);
  const result = estimate(withCapabilityNeeds(scenario, needs));
  const changed = new Set([...needs.keys()].map((index) => index + 1));
  return frame(await renderPanel(({ width, height }) => <CapabilitiesPanel estimate={result} state={state} changed={changed} width={width} height={height} />, size));
}

describe('the Capabilities panel', () => {
  it('shows each need against the pledges, with bars on one scale and the backstop named', async () => {
    // Air cover: need 1..2, pledged 3 (the US 2), short 0, 0..1 without the US. EW teams: need 12, pledged 4, short 8.
    const text = await panelFrame(multiDomain, opened(multiDomain));
    expect(text).toMatch(/> +Air cover +1\.\.2 +3 +0 +0\.\.1\n/);
    expect(text).toMatch(/\n +EW team +12 +4 +8 +8\n/);
    expect(text).toContain('backstop: United States 2');
    expect(text).toContain('Backstop: United States, left out of NO BACKSTOP.');
    await expect(text).toMatchFileSnapshot('frames/pledged.txt');
  });

  it('shows the needs alone without a coalition', async () => {
    const text = await panelFrame(border, opened(border));
    expect(text).toContain('No coalition: nothing is pledged against these needs.');
    await expect(text).toMatchFileSnapshot('frames/needs-only.txt');
  });

  it('marks a need the planner changed, and the figures follow it', async () => {
    // EW teams at 2 per 100 km: 24 needed, 20 short.
    const state = opened(multiDomain, { type: 'move', move: { type: 'down' } }, { type: 'move', move: { type: 'down' } }, { type: 'stepUp', overrides: {} });
    const text = await panelFrame(multiDomain, state);
    expect(text).toMatch(/> \* EW team +24 +4 +20 +20\n/);
  });

  it('shows a need being typed, and why a typed need was refused', async () => {
    const typing = opened(multiDomain, { type: 'move', move: { type: 'last' } }, { type: 'startEntry' }, { type: 'typeEntry', text: '4..' });
    expect(await panelFrame(multiDomain, typing)).toContain('New need of Mine hunter (units for the force): 4.._');
    cleanup();
    const refused = capabilitiesReducer(typing, { type: 'applyEntry', overrides: {} });
    await expect(await panelFrame(multiDomain, refused)).toMatchFileSnapshot('frames/entry-refused.txt');
  });

  it("says that air cover's need is a factor when asked to change it", async () => {
    const text = await panelFrame(multiDomain, opened(multiDomain, { type: 'stepUp', overrides: {} }));
    expect(text).toContain("Air cover's need is the factor air cover per brigade: change it in 3 Factors.");
  });

  it('scrolls to keep the cursor on a short screen', async () => {
    const state = opened(multiDomain, { type: 'move', move: { type: 'last' } });
    await expect(await panelFrame(multiDomain, state, { columns: 60, rows: 12 })).toMatchFileSnapshot('frames/small-last.txt');
  });
});
