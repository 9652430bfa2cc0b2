/**
 * The interactive calculator as a planner meets it: the built executable in a
 * real terminal (tmux), keys typed, the screen read. `npm test` builds dist/
 * before vitest runs.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY, TmuxSession, haveTmux } from './tmux-session.js';

const FIXTURES = 'tests/fixtures/cli/scenarios';
const RESTORED = /EXITED:(\d+)\s*\n\s*icanon echo/;

describe.skipIf(!haveTmux())('forcecalc in a real terminal (tmux)', () => {
  let workDir: string;
  let session: TmuxSession | null = null;

  beforeEach(() => {
    workDir = mkdtempSync(join(tmpdir(), 'forcecalc-e2e-'));
    cpSync(FIXTURES, join(workDir, 'scenarios'), { recursive: true });
  });

  afterEach(() => {
    session?.stop();
    session = null;
    rmSync(workDir, { recursive: true, force: true });
  });

  function open(options: { columns?: number; rows?: number; env?: Record<string, string> } = {}): TmuxSession {
    session = new TmuxSession({ cwd: workDir, columns: options.columns ?? 80, rows: options.rows ?? 24, env: options.env });
    session.start();
    return session;
  }
  /** one-line (1,200 km at 3 /km) open on its estimate. */
  async function openOneLine(): Promise<TmuxSession> {
    const ui = open();
    await ui.waitFor('3 scenarios in scenarios');
    ui.send(KEY.down, KEY.enter);
    await ui.waitFor('Line troops');
    return ui;
  }

  /** one-line open with its density stepped to 4 /km in the factor editor: an edit not saved. */
  async function openOneLineEdited(): Promise<TmuxSession> {
    const ui = await openOneLine();
    ui.send('3', '+');
    await ui.waitFor('4,800 troops');
    return ui;
  }


  it('opens on the list, edits a factor, shows a bad value inline, resets, and quits restoring the terminal', async () => {
    const ui = open();
    const list = await ui.waitFor('3 scenarios in scenarios');
    expect(list).toContain('one-line');
    expect(list).toContain('two-sectors');
    expect(ui.cursorVisible()).toBe(false);

    // one-line is second in the list (miles, one-line, two-sectors).
    ui.send(KEY.down, KEY.enter);
    const estimate = await ui.waitFor('Line troops');
    expect(estimate).toMatch(/Coverage length\s+1,200 km/);
    expect(estimate).toMatch(/Line troops\s+3,600 troops/);
    expect(estimate).toMatch(/Brigades\s+1\.\.2 brigades/);

    // The factor editor: + steps the density from 3 to 4 /km; 1,200 km x 4 = 4,800 troops.
    ui.send('3');
    await ui.waitFor('FACTOR');
    ui.send('+');
    const stepped = await ui.waitFor('4,800 troops');
    expect(stepped).toMatch(/\* Density\s+4 \/km/);

    // A bad typed value: the message of scenario files, and the last good value kept.
    ui.send(KEY.enter, '3 kg', KEY.enter);
    const refused = await ui.waitFor('expected a density');
    expect(refused).toContain('got "3 kg"');
    expect(refused).toMatch(/Density\s+4 \/km/);
    ui.send(KEY.escape);
    await ui.waitFor(/Up\/Down factor/);

    // r resets to the file: back to 3 /km and 3,600 troops.
    ui.send('r');
    const reset = await ui.waitFor('3,600 troops');
    expect(reset).not.toContain('* Density');

    ui.send('q');
    const after = await ui.waitFor(RESTORED);
    expect(after.match(RESTORED)?.[1]).toBe('0');
    expect(ui.cursorVisible()).toBe(true);
  });

  it('saves an edited scenario as a new file with a new title, and finds it in the list', async () => {
    const ui = await openOneLineEdited();
    ui.send('s');
    await ui.waitFor(/name/i);
    ui.send(KEY.ctrlU, 'denser-line', KEY.enter);
    await ui.waitFor('Title of the saved scenario: One line at the minimum density (edited)');
    ui.send(KEY.ctrlU, 'One line, denser', KEY.enter);
    // The header names the saved scenario.
    await ui.waitFor('denser-line: One line, denser');
    expect(readdirSync(join(workDir, 'scenarios')).sort()).toEqual(['denser-line.yaml', 'miles.yaml', 'one-line.yaml', 'two-sectors.yaml']);
    const saved = readFileSync(join(workDir, 'scenarios', 'denser-line.yaml'), 'utf8');
    expect(saved).toMatch(/density: 4 \/ km/);
    expect(saved).toMatch(/title: One line, denser/);
    // The description said 3 per km: it is marked edited, with what changed.
    expect(saved).toMatch(/Edited in forcecalc on \d{4}-\d{2}-\d{2} from one-line: density 4 \/km/);
    // Back on the list, the new file is listed under its title, read back from disk.
    ui.send('b');
    expect(await ui.waitFor('4 scenarios in scenarios')).toMatch(/denser-line\s+One line, denser\s+1,200\s+1\.\.2/);
    // The edits are in the saved file: nothing is left unsaved, so q quits without asking.
    ui.send('q');
    expect((await ui.waitFor(RESTORED)).match(RESTORED)?.[1]).toBe('0');
  });

  it('adds a sector on screen and the figures follow; z undoes it, y redoes it', async () => {
    const ui = await openOneLine();
    await ui.waitFor('3,600 troops');
    ui.send('2', 'a');
    await ui.waitFor('New sector: its name:');
    ui.send('Port of Odesa', KEY.enter);
    await ui.waitFor('New sector Port of Odesa: its length (km)');
    // The file's own message for a bad length, inline; the text stays to be put right.
    ui.send('3 km 5', KEY.enter);
    await ui.waitFor('! Expected');
    ui.send(KEY.ctrlU, '100 km', KEY.enter);
    // 1,200 + 100 km at 3 /km: 3,900 troops; the new sector is on its own row, under the cursor.
    const added = await ui.waitFor(/> Port of Odesa\s+100\s+3\s+300/);
    expect(added).toMatch(/Total\s+1,300\s+3,900/);
    expect(added).toContain('* edited');
    ui.send('z');
    expect(await ui.waitFor(/Total\s+1,200\s+3,600/)).not.toContain('Port of Odesa');
    ui.send('y');
    await ui.waitFor(/Total\s+1,300\s+3,900/);
    ui.send('q');
    await ui.waitFor('Quit with edits not saved?');
    ui.send('d');
    expect((await ui.waitFor(RESTORED)).match(RESTORED)?.[1]).toBe('0');
  });

  it('saves into ./scenarios, never into the shipped scenarios, when there is no ./scenarios', async () => {
    rmSync(join(workDir, 'scenarios'), { recursive: true });
    const shipped = readdirSync('scenarios').sort();
    const ui = open({ columns: 160 });
    await ui.waitFor(/\d+ scenarios in \//);
    ui.send(KEY.enter);
    await ui.waitFor('Line troops');
    ui.send('s');
    await ui.waitFor(`A new scenario file in ${join(workDir, 'scenarios')}`);
    ui.send(KEY.enter);
    await ui.waitFor('Title of the saved scenario');
    ui.send(KEY.enter);
    await ui.waitFor(/Saved .*listed as/);
    expect(readdirSync(join(workDir, 'scenarios'))).toEqual(['calibration-unficyp-edited.yaml']);
    expect(readdirSync('scenarios').sort()).toEqual(shipped);
    // A drawn scenario names its GeoJSON files relative to the shipped folder: a copy elsewhere would break, so it says so.
    // The list's cursor is on the scenario just saved: Home first.
    ui.send('b', KEY.home, KEY.down, KEY.down, KEY.down, KEY.down, KEY.down, KEY.down, KEY.down, KEY.enter);
    await ui.waitFor('line-of-contact-2025-drawn:');
    ui.send('s');
    await ui.waitFor('Not saved: it reads geo/line-of-contact-2025.geojson from');
    expect(readdirSync(join(workDir, 'scenarios'))).toEqual(['calibration-unficyp-edited.yaml']);
    ui.send('q');
    await ui.waitFor(RESTORED);
  });

  it('asks before quitting with edits not saved: Esc stays, d discards and quits', async () => {
    const ui = await openOneLineEdited();
    ui.send('q');
    expect(await ui.waitFor('Quit with edits not saved?')).toContain('s save  d discard and quit  Esc stay');
    ui.send(KEY.escape);
    await ui.waitFor(/Up\/Down factor/);
    ui.send('q');
    await ui.waitFor('Quit with edits not saved?');
    ui.send('d');
    expect((await ui.waitFor(RESTORED)).match(RESTORED)?.[1]).toBe('0');
  });

  it('writes the edits not saved as a recovery copy on SIGTERM, and the next start lists it and says so', async () => {
    const ui = await openOneLineEdited();
    ui.terminate();
    expect((await ui.waitFor(RESTORED)).match(RESTORED)?.[1]).toBe('143');
    ui.stop();
    // Beside the scenarios, never over one-line.yaml, which keeps its 3 /km.
    const files = readdirSync(join(workDir, 'scenarios')).sort();
    expect(files).toEqual(['miles.yaml', 'one-line.recovered.yaml', 'one-line.yaml', 'two-sectors.yaml']);
    expect(readFileSync(join(workDir, 'scenarios', 'one-line.recovered.yaml'), 'utf8')).toMatch(/density: 4 \/ km/);
    expect(readFileSync(join(workDir, 'scenarios', 'one-line.yaml'), 'utf8')).not.toMatch(/density: 4/);
    const again = open();
    const screen = await again.waitFor('4 scenarios in scenarios');
    expect(screen).toContain('one-line.recovered');
    expect(screen).toContain('Edits recovered from a session a signal ended: one-line.recovered');
    again.send('q');
    await again.waitFor(RESTORED);
  });

  it('exports into ./exports, made on the first export, never into the working folder itself', async () => {
    const ui = open();
    await ui.waitFor('3 scenarios in scenarios');
    ui.send(KEY.enter);
    await ui.waitFor('Line troops');
    ui.send('e', 'm', KEY.enter);
    await ui.waitFor(/Exported|Saved|written/i);
    expect(readdirSync(join(workDir, 'exports'))).toHaveLength(1);
    expect(readdirSync(workDir).filter((name) => name.endsWith('.md'))).toEqual([]);
    // A path goes where it says, from where forcecalc started; a folder that is not there is not made.
    mkdirSync(join(workDir, 'briefings'));
    ui.send('e', 'm', KEY.ctrlU, 'briefings/one-line.md', KEY.enter);
    await ui.waitFor(`Exported ${join(workDir, 'briefings', 'one-line.md')}`);
    ui.send('e', 'm', KEY.ctrlU, 'nowhere/one-line.md', KEY.enter);
    await ui.waitFor(/Not exported: .*nowhere/);
    expect(readdirSync(workDir).sort()).toEqual(['briefings', 'exports', 'scenarios']);
    ui.send('q');
    await ui.waitFor(RESTORED);
  });

  it('ends on SIGTERM with the terminal restored', async () => {
    const ui = open();
    await ui.waitFor('3 scenarios in scenarios');
    ui.terminate();
    const after = await ui.waitFor(RESTORED);
    expect(after.match(RESTORED)?.[1]).toBe('143');
    expect(ui.cursorVisible()).toBe(true);
  });

  it('under CI, prints the overview with a note and exits instead of waiting for keys', async () => {
    const ui = open({ env: { CI: 'true' } });
    const after = await ui.waitFor(RESTORED);
    expect(after.match(RESTORED)?.[1]).toBe('0');
    expect(after).toContain('CI is set, so the interactive calculator stays closed');
    expect(after).toMatch(/one-line +One line at the minimum density/);
  });

  it('draws no colour under NO_COLOR and TERM=dumb', async () => {
    const environments: Record<string, string>[] = [{ NO_COLOR: '1' }, { TERM: 'dumb' }];
    for (const env of environments) {
      const ui = open({ env });
      await ui.waitFor('3 scenarios in scenarios');
      // SGR colour sequences: ESC [ ... 3x/4x/9x m.
      // eslint-disable-next-line no-control-regex -- the escape sequence is what it looks for
      expect(ui.screen(true)).not.toMatch(/\u001B\[[0-9;]*(3|4|9)\dm/);
      ui.send('q');
      await ui.waitFor(RESTORED);
      ui.stop();
    }
  });
});
