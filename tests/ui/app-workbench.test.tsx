// Editing the whole scenario on screen: the sectors (2), the contributors
// (7 Pledges), the title and description, undo and redo, through the app.
// Whole frames in frames/ (vitest -u rewrites them; read the diff). The
// reducers alone: tests/ui/workbench/.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { arrowDown, arrowLeft, arrowRight, ctrlU, enter, escape } from './keys.js';
import { renderApp } from './render-app.js';
import { multiDomain } from './build-scenarios.js';
import { frame, press, type } from './terminal.js';

afterEach(cleanup);

const lines = (text: string): string[] => text.split('\n');
const bottom = (text: string, count: number): string[] => lines(text).slice(-count);

describe('the sectors, edited on screen', () => {
  it('types a length into the column chosen with Right, the entry starting from the value', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '2', arrowDown, arrowRight, enter);
    expect(bottom(frame(terminal), 3)).toEqual([
      'Length of Hot spot (km, a range): 150 km_',
      'Enter apply, Esc cancel, Ctrl-U clear.',
      'type the value  Enter apply  Esc cancel  Ctrl-U clear',
    ]);
    await press(terminal, ctrlU);
    await type(terminal, '300 km');
    await press(terminal, enter);
    // 1,200 km at 3 /km + 300 km at 20 /km = 3,600 + 6,000.
    await expect(frame(terminal)).toMatchFileSnapshot('frames/workbench-sector-length.txt');
    expect(frame(terminal)).toMatch(/> Hot spot\s+300\s+20\s+6,000/);
    expect(frame(terminal)).toMatch(/Total\s+1,500\s+9,600/);
    expect(lines(frame(terminal))[0]).toMatch(/\* edited$/);
  });

  it('adds a sector in two steps and puts the cursor on it', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '2', 'a');
    expect(bottom(frame(terminal), 3)[0]).toBe('New sector: its name: _');
    await type(terminal, 'Port');
    await press(terminal, enter);
    expect(bottom(frame(terminal), 3)[0]).toBe('New sector Port: its length (km): _');
    await type(terminal, '100');
    await press(terminal, enter);
    expect(frame(terminal)).toMatch(/> Port\s+100\s+3\s+300/);
    expect(frame(terminal)).toMatch(/Total\s+1,450\s+6,900/);
  });

  it('shows the loader message for a bad value and keeps the text to put right', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '2', arrowRight, arrowRight, enter, ctrlU);
    await type(terminal, '5 km');
    await press(terminal, enter);
    await expect(frame(terminal)).toMatchFileSnapshot('frames/workbench-refused.txt');
    expect(bottom(frame(terminal), 3)[0]).toBe('Density of Line of contact (/km; none: the scenario\'s): 5 km_');
    expect(bottom(frame(terminal), 3)[1]).toMatch(/^! Expected a density such as "3 \/ km" \(that is a length/);
    await press(terminal, escape);
    expect(lines(frame(terminal))[0]).not.toContain('edited');
  });

  it('refuses to remove the last sector, and says so', async () => {
    const terminal = await renderApp();
    await press(terminal, arrowDown, enter, '2', 'x');
    expect(bottom(frame(terminal), 2)[0]).toBe('A scenario keeps at least one sector: add another first.');
    expect(lines(frame(terminal))[0]).not.toContain('edited');
  });
});

describe('the Pledges panel (7)', () => {
  it('shows each contributor with its pledge, troops, arrival and what it provides, then pledged against needed', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '7');
    await expect(frame(terminal)).toMatchFileSnapshot('frames/workbench-pledges.txt');
  });

  it('removes a contributor with x and adds one with a, in two steps', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '7', arrowDown, 'x');
    // Without the UK's 5,000: France's 3,000..5,000 against 6,600 needed.
    expect(frame(terminal)).not.toContain('United Kingdom');
    expect(frame(terminal)).toMatch(/Shortfall 1,600\.\.3,600 troops/);
    await press(terminal, 'a');
    await type(terminal, 'Latvia');
    await press(terminal, enter);
    await type(terminal, '2 brigades');
    await press(terminal, enter);
    expect(frame(terminal)).toMatch(/> Latvia\s+2 brigades\s+6,000\.\.10,000/);
    expect(frame(terminal)).toMatch(/Shortfall 0 troops/);
  });

  it('types the units of a capability a contributor provides: Right past the pledge goes through the capabilities', async () => {
    const terminal = await renderApp({ scenarios: [multiDomain] });
    // Country, pledge, departure, tour, then Air cover and the EW team.
    await press(terminal, enter, '7', ...Array.from({ length: 6 }, () => arrowRight));
    expect(frame(terminal)).toContain('[PROVIDE');
    expect(frame(terminal)).toContain('Enter types the EW team France provides (now 4).');
    await press(terminal, enter, ctrlU);
    await type(terminal, '12');
    await press(terminal, enter);
    expect(frame(terminal)).toContain('Enter types the EW team France provides (now 12).');
    // The Capabilities panel follows: EW teams needed 12, pledged 12, none short.
    await press(terminal, '5');
    expect(frame(terminal)).toMatch(/EW team\s+12\s+12\s+0\s+0/);
  });

  it('types a tour and a departure, Right past the pledge: the rotated troops follow, and z undoes each', async () => {
    // 40 rows: the Estimate panel lists every figure down to the rotated troops.
    const terminal = await renderApp({ size: { columns: 80, rows: 40 } });
    await press(terminal, enter, '7', arrowDown, arrowRight, arrowRight);
    expect(frame(terminal)).toContain('[LEAVES]');
    expect(frame(terminal)).toContain('Enter types the day United Kingdom leaves, none: it stays (arrival: panel 6).');
    await press(terminal, arrowRight, enter, ctrlU);
    await type(terminal, '3 months');
    await press(terminal, enter, '1');
    // 3 months is 91.3125 days; the UK's 5,000 stay past the year's horizon: ceil(365 / 91.3125) = 4 contingents, 20,000.
    expect(frame(terminal)).toMatch(/Rotated troops\s+23,000\.\.25,000 troops/);
    await press(terminal, '7', arrowLeft, enter, ctrlU);
    await type(terminal, '180');
    await press(terminal, enter);
    expect(frame(terminal)).toMatch(/> United King\S*\s+5,000 troops\s+5,000\s+day 0\s+day 180\s+91\.31 d/);
    // Leaving on day 180: ceil(180 / 91.3125) = 2 contingents, 10,000.
    await press(terminal, '1');
    expect(frame(terminal)).toMatch(/Rotated troops\s+13,000\.\.15,000 troops/);
    await press(terminal, 'z');
    expect(frame(terminal)).toMatch(/Rotated troops\s+23,000\.\.25,000 troops/);
    await press(terminal, 'z');
    expect(frame(terminal)).toMatch(/Rotated troops\s+8,000\.\.10,000 troops/);
  });

  it('refuses a departure that is not after the arrival, in the file’s words, and keeps the text', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '7', arrowRight, arrowRight, enter, ctrlU);
    await type(terminal, '0 days');
    await press(terminal, enter);
    expect(frame(terminal)).toContain('! Expected a departure after day 0 (a contributor without arrives: is there fro');
    expect(frame(terminal)).toContain('Day France leaves (days; none: it stays): 0 days');
    expect(lines(frame(terminal))[0]).not.toContain('edited');
  });

  it('says there is no coalition yet, and Enter adds the first contributor', async () => {
    const terminal = await renderApp();
    await press(terminal, arrowDown, enter, '7');
    expect(frame(terminal)).toContain('No coalition in this scenario');
    await press(terminal, enter);
    await type(terminal, 'Poland');
    await press(terminal, enter);
    await type(terminal, '12,000');
    await press(terminal, enter);
    expect(frame(terminal)).toMatch(/> Poland\s+12,000 troops\s+12,000\s+day 0/);
  });
});

describe('title, description, undo and redo', () => {
  it('types the title with t, and undoes and redoes every kind of edit with z and y', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, 't', ctrlU);
    await type(terminal, 'Ceasefire, longer hot spot');
    await press(terminal, enter);
    expect(lines(frame(terminal))[0]).toBe('forcecalc · ceasefire: Ceasefire, longer hot spot  * edited');
    await press(terminal, '3', '+', '2', arrowDown, arrowRight, enter, ctrlU);
    await type(terminal, '300');
    await press(terminal, enter);
    expect(frame(terminal)).toMatch(/Total\s+1,500\s+10,800/);
    await press(terminal, 'z');
    expect(frame(terminal)).toMatch(/Total\s+1,350\s+7,800/);
    expect(bottom(frame(terminal), 2)[0]).toBe('Undone: 2 more to undo.');
    await press(terminal, 'z', 'z');
    expect(lines(frame(terminal))[0]).toBe('forcecalc · ceasefire: Ceasefire line');
    await press(terminal, 'z');
    expect(bottom(frame(terminal), 2)[0]).toBe('Nothing to undo.');
    await press(terminal, 'y', 'y', 'y');
    expect(frame(terminal)).toMatch(/Total\s+1,500\s+10,800/);
    expect(lines(frame(terminal))[0]).toBe('forcecalc · ceasefire: Ceasefire, longer hot spot  * edited');
  });

  it('types the description with d; r resets every edit, and z brings them back', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, 'd');
    expect(bottom(frame(terminal), 3)[0]).toBe('Description: _');
    await type(terminal, 'A longer line.');
    await press(terminal, enter, 'r');
    expect(bottom(frame(terminal), 2)[0]).toBe("Every edit reset to the file's values: z undoes it.");
    expect(lines(frame(terminal))[0]).toBe('forcecalc · ceasefire: Ceasefire line');
    await press(terminal, 'z');
    expect(lines(frame(terminal))[0]).toMatch(/\* edited$/);
  });
});

describe('the status line and the cursors after undo', () => {
  it('lets newer news replace what an undo said', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, 'z');
    expect(bottom(frame(terminal), 2)[0]).toBe('Nothing to undo.');
    await press(terminal, 'e', 'm', enter);
    expect(bottom(frame(terminal), 2)[0]).toBe('Exported /home/planner/ceasefire.md');
  });

  it('leaves the cursor where it is when an undo brings a row back', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '2', 'x', 'z');
    expect(frame(terminal)).toMatch(/> Line of contact\s+1,200/);
  });
});

