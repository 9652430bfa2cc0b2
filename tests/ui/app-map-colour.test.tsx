import { afterEach, describe, expect, it, vi } from 'vitest';

// As in colour-theme.test.tsx: chalk decides at load whether to colour, so force it before Ink loads.
vi.stubEnv('FORCE_COLOR', '1');

const { cleanup } = await import('ink-testing-library');
const { renderApp } = await import('./render-app.js');
const { enter } = await import('./keys.js');
const { frame, press } = await import('./terminal.js');
const { drawnRoof: drawn } = await import('./build-scenarios.js');

afterEach(() => cleanup());

const BRAILLE = /[\u2801-\u28FF]/u;

describe('map panel in colour', () => {
  it('draws in braille, the sector in the first colour of the palette (cyan, as forcecalc map does)', async () => {
    const terminal = await renderApp({ scenarios: [drawn], color: true });
    await press(terminal, enter, '4');
    expect(frame(terminal)).toMatch(new RegExp(`\u001B\\[36m${BRAILLE.source}`, 'u'));
  });

  it('draws the shipped line of contact in colour over Natural Earth in dim braille, the whole 80 x 24 screen pinned', async () => {
    const { loadScenarioFile } = await import('../../src/scenarios/index.js');
    const shipped = loadScenarioFile(new URL('../../scenarios/line-of-contact-2025-drawn.yaml', import.meta.url).pathname);
    if (!shipped.ok) throw new Error('the shipped scenario does not load');
    const terminal = await renderApp({ scenarios: [shipped.scenario], color: true });
    await press(terminal, enter, '4');
    const shown = frame(terminal);
    // Dim (SGR 2) braille: the borders and coasts; cyan (36) braille: the line.
    expect(shown).toMatch(new RegExp(`\u001B\\[2m${BRAILLE.source}`, 'u'));
    expect(shown).toMatch(new RegExp(`\u001B\\[36m${BRAILLE.source}`, 'u'));
    await expect(shown).toMatchFileSnapshot('frames/map-line-of-contact-colour-80x24.txt');
  });

  it('draws in ASCII in monochrome (NO_COLOR, TERM=dumb, CI)', async () => {
    const terminal = await renderApp({ scenarios: [drawn] });
    await press(terminal, enter, '4');
    expect(frame(terminal)).not.toMatch(BRAILLE);
  });
});
