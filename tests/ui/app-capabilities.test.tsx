// The Capabilities panel through the app: the key that opens it, a need stepped (the title marked edited, the
// figures following it), and r putting the file's needs back. Its frames are tested alone
// (tests/ui/capabilities/capabilities-panel.test.tsx).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { multiDomain } from './build-scenarios.js';
import { arrowDown, arrowRight, end, enter, home } from './keys.js';
import { fakeFiles, renderApp } from './render-app.js';
import { frame, press, type } from './terminal.js';

afterEach(cleanup);

const lines = (text: string): string[] => text.split('\n');

describe('capabilities panel', () => {
  it('opens on 5, the needs against the pledges, its own footer', async () => {
    const terminal = await renderApp({ scenarios: [multiDomain] });
    await press(terminal, enter, '5');
    const shown = lines(frame(terminal));
    expect(shown.slice(0, 3)).toEqual([
      'forcecalc · multi: Multi-domain',
      ' 1 Estimate  2 Sectors  3 Factors  4 Map [5 Capabilities] 6 Timeline  7 Pledges',
      '    CAPABILITY           NEED  PLEDGED  SHORT  NO BACKSTOP',
    ]);
    expect(shown.at(-1)).toBe('Up/Down capability  -/+ step  Enter type  a add  x remove  s save  ? help');
    await expect(frame(terminal)).toMatchFileSnapshot('frames/capabilities-80x24.txt');
  });

  it('declares a capability with a (name, per, need), puts the cursor on it, removes it with x, and z brings it back', async () => {
    const terminal = await renderApp({ scenarios: [multiDomain] });
    await press(terminal, enter, '5', 'a');
    await type(terminal, 'Sapper company');
    await press(terminal, enter);
    expect(frame(terminal)).toContain('New capability Sapper company: needed per brigade, force or a length (100 km)');
    await type(terminal, 'brigade');
    await press(terminal, enter);
    await type(terminal, '2');
    await press(terminal, enter);
    // 3,600 troops: 1 brigade of 3,000..5,000 up to 2; 2 companies each, none pledged.
    expect(lines(frame(terminal))[0]).toBe('forcecalc · multi: Multi-domain  * edited');
    expect(lines(frame(terminal))).toContainEqual(expect.stringMatching(/^> {3}Sapper company +2\.\.4 +0 +2\.\.4 +2\.\.4$/));
    await press(terminal, 'x');
    expect(frame(terminal)).not.toContain('Sapper company');
    await press(terminal, 'z');
    expect(frame(terminal)).toContain('Sapper company');
    await press(terminal, 'z');
    expect(frame(terminal)).not.toContain('Sapper company');
    expect(lines(frame(terminal))[0]).toBe('forcecalc · multi: Multi-domain');
  });

  it('keeps the cursor on a row there is when the last capability is removed under it', async () => {
    const terminal = await renderApp({ scenarios: [multiDomain] });
    await press(terminal, enter, '5', end, 'x');
    expect(frame(terminal)).not.toContain('Mine hunter');
    expect(lines(frame(terminal))).toContainEqual(expect.stringMatching(/^> {3}EW team +12 +4 +8 +8$/));
    // The next key acts on the row shown: EW teams from 1 to 2 per 100 km.
    await press(terminal, '+');
    expect(lines(frame(terminal))).toContainEqual(expect.stringMatching(/^> \* EW team +24 +4 +20 +20$/));
  });

  it('keeps the Pledges panel on a column there is when the capability under it is removed', async () => {
    const terminal = await renderApp({ scenarios: [multiDomain] });
    // Country, pledge, departure, tour, Air cover, Air-defence battery, EW team, Mine hunter: the last.
    await press(terminal, enter, '7', ...Array.from({ length: 8 }, () => arrowRight));
    expect(frame(terminal)).toContain('Enter types the Mine hunter France provides (none now).');
    await press(terminal, '5', end, 'x', '7');
    expect(frame(terminal)).toContain('Enter types the EW team France provides (now 4).');
    await press(terminal, enter);
    expect(frame(terminal)).toContain('EW team France provides (whole units; none): 4');
  });

  it('keeps air cover, and says why, when x is pressed on it', async () => {
    const terminal = await renderApp({ scenarios: [multiDomain] });
    await press(terminal, enter, '5', 'x');
    expect(frame(terminal)).toContain("Air cover is every scenario's: set its need to 0 in the factors (3) instead.");
    expect(lines(frame(terminal))[0]).toBe('forcecalc · multi: Multi-domain');
  });

  it('steps a need, marks the scenario edited, and r puts the file back', async () => {
    const terminal = await renderApp({ scenarios: [multiDomain] });
    // EW teams from 1 to 2 per 100 km: 24 needed on 1,200 km, 4 pledged, 20 short.
    await press(terminal, enter, '5', arrowDown, arrowDown, '+');
    let shown = lines(frame(terminal));
    expect(shown[0]).toBe('forcecalc · multi: Multi-domain  * edited');
    expect(shown).toContainEqual(expect.stringMatching(/^> \* EW team +24 +4 +20 +20$/));
    await press(terminal, 'r');
    shown = lines(frame(terminal));
    expect(shown[0]).toBe('forcecalc · multi: Multi-domain');
    expect(shown).toContainEqual(expect.stringMatching(/^> {3}EW team +12 +4 +8 +8$/));
    expect(shown).toContain("Every edit reset to the file's values: z undoes it.");
  });

  it('goes to the last capability on End and back to air cover on Home', async () => {
    const terminal = await renderApp({ scenarios: [multiDomain] });
    await press(terminal, enter, '5', end);
    expect(lines(frame(terminal))).toContainEqual(expect.stringMatching(/^> {3}Mine hunter /));
    await press(terminal, home);
    expect(lines(frame(terminal))).toContainEqual(expect.stringMatching(/^> {3}Air cover /));
  });

  it('types a need, and Esc leaves the typing without quitting', async () => {
    const terminal = await renderApp({ scenarios: [multiDomain] });
    await press(terminal, enter, '5', arrowDown, enter, '2', '.', '.', '3');
    expect(lines(frame(terminal))).toContain('New need of Air-defence battery (unit per brigade): 2..3_');
    await press(terminal, enter);
    // 1..2 brigades x 2..3 batteries: 2..6 needed, 2 pledged.
    expect(lines(frame(terminal))).toContainEqual(expect.stringMatching(/^> \* Air-defence battery +2\.\.6 +2 +0\.\.4 +1\.\.5$/));
  });
});

describe('saving the needs', () => {
  it('writes the needs the planner changed into the saved scenario', async () => {
    const fake = fakeFiles();
    const terminal = await renderApp({ scenarios: [multiDomain], files: fake.files });
    await press(terminal, enter, '5', arrowDown, arrowDown, '+', 's', enter, enter);
    expect(lines(frame(terminal))[0]).toBe('forcecalc: wrote scenarios/multi-edited.yaml');
    // EW teams at 2 per 100 km in the file saved; the other needs as the file had them.
    expect(fake.saved.get('scenarios/multi-edited.yaml')?.capabilities?.map((capability) => capability.need.max)).toEqual([1, 2, 3]);
  });
});
