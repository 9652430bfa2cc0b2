// The factor editor through the app: the keys that step, type, cancel and
// reset, and the screen that follows (the title marks the scenario edited,
// the figures are recomputed). The editor's own frames are tested alone
// (tests/ui/factor-editor/factor-editor-view.test.tsx).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { arrowDown, arrowUp, enter, escape } from './keys.js';
import { renderApp } from './render-app.js';
import { frame, press, type } from './terminal.js';

afterEach(cleanup);

const lines = (text: string): string[] => text.split('\n');
const footer = 'Up/Down factor  -/+ step  Enter type  r reset  Tab panel  s save  ? help  q quit';
const typingFooter = 'type a value or range  Enter apply  Esc cancel';

describe('factor editor', () => {
  it('opens on 3, the factors as the file sets them', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3');
    const shown = lines(frame(terminal));
    expect(shown.slice(0, 4)).toEqual([
      'forcecalc · ceasefire: Ceasefire line',
      ' 1 Estimate  2 Sectors [3 Factors] 4 Map  5 Capabilities  6 Timeline  7 Pledges',
      '    FACTOR                 VALUE                     FROM',
      '>   Density                3 /km                     preset',
    ]);
    expect(shown.at(-1)).toBe(footer);
  });

  it('+ steps density by 1 /km, marks the scenario edited and recomputes at once', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3', '+');
    // 1,200 km x 4 /km + 150 km x 20 /km (the hot spot keeps its own density) = 7,800 troops.
    const shown = lines(frame(terminal));
    expect(shown[0]).toBe('forcecalc · ceasefire: Ceasefire line  * edited');
    expect(shown[3]).toBe('> * Density                4 /km                     edited');
    expect(shown).toContain('    Line troops         7,800 troops');
    await press(terminal, '1');
    expect(lines(frame(terminal))).toContain('  Line troops         7,800 troops');
  });

  it('types a value on Enter and applies it on Enter, keeping the cursor where it was', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3', arrowDown, arrowDown, arrowDown, arrowDown, enter);
    await type(terminal, '2..3');
    expect(lines(frame(terminal))).toContain('New rotation: 2..3_');
    expect(lines(frame(terminal)).at(-1)).toBe(typingFooter);
    await press(terminal, enter, arrowUp, arrowUp, arrowUp, arrowUp);
    // Rotation 2..3: 6,600 x 2..3 = 13,200..19,800 committed.
    const shown = lines(frame(terminal));
    expect(shown[7]).toBe('  * Rotation               2..3x                     edited');
    expect(shown).toContain('    Committed troops    13,200..19,800 troops');
    expect(shown.at(-1)).toBe(footer);
  });

  it('keeps the last good value when a typed one is refused, and says why', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3', enter);
    await type(terminal, 'pert(2, 3, 5) / km');
    await press(terminal, enter, '-', enter);
    await type(terminal, '3 kg');
    await press(terminal, enter);
    const shown = lines(frame(terminal));
    expect(shown[3]).toBe('> * Density                pert(1, 2, 4) /km (1..4 /km)  edited');
    expect(shown.slice(9, 12)).toEqual(['New density: 3 kg_', '! expected a density such as "3 / km", got "3 kg"; kept pert(1, 2, 4) /km (1..4', '/km)']);
  });

  it('Esc cancels typing, and r resets every factor to the file', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3');
    const fileValues = lines(frame(terminal));
    await press(terminal, '+', arrowDown, '-', arrowUp, enter);
    await type(terminal, '9');
    await press(terminal, escape, 'r');
    const shown = lines(frame(terminal));
    expect(shown.slice(0, -2)).toEqual(fileValues.slice(0, -2));
    expect(shown.slice(-2)).toEqual(["Every edit reset to the file's values: z undoes it.", footer]);
  });
});
