// `forcecalc`, `forcecalc list` and `forcecalc compare`, run in-process
// (run-cli.ts) in tests/fixtures/cli (whose scenarios/ is the default folder).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, linesOf, ROOT, runCli, STACK_LINE } from './run-cli.js';

const FIXTURE_IDS = ['miles', 'one-line', 'two-sectors'];
const widest = (text: string): number => Math.max(...linesOf(text).map((line) => [...line].length));
/** A compare table of three or more scenarios without its factors' blocks: what the overview prints. */
const figuresOnly = (text: string): string =>
  text
    .split('\n\n')
    .filter((block) => !/^Factor +Unit/m.test(block))
    .join('\n\n');

describe('forcecalc with no arguments (stdin and stdout not terminals)', () => {
  it('prints the compare table of every scenario in ./scenarios', () => {
    const run = runCli([]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe(figuresOnly(runCli(['compare', ...FIXTURE_IDS]).stdout));
    expect(widest(run.stdout)).toBeLessThanOrEqual(80);
  });

  it('takes --scenarios DIR', () => {
    const run = runCli(['--scenarios', 'failing']);
    expect(run.status).toBe(0);
    expect(linesOf(run.stdout)[0]).toMatch(/^Figure +Unit +one-line +wrong-brigades$/);
    expect(run.stdout).toMatch(/\nLine troops +troops +3,600 +3,600\n/);
  });

  it("prints the table of the good scenarios, each bad file's problems on stderr, and exits 1", () => {
    const run = runCli(['--scenarios', 'mixed']);
    expect(run.status).toBe(1);
    expect(linesOf(run.stdout)[0]).toMatch(/^Figure +Unit +one-line +two-sectors$/);
    expect(run.stderr).toBe('mixed/wrong-unit.yaml:8:13 sectors[1].length: expected a length such as "120 km", got "3 kg"\n');
  });

  it('prints no table, only the problems, when no file loads', () => {
    const run = runCli(['--scenarios', 'invalid']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('invalid/wrong-unit.yaml:8:13 sectors[1].length');
    expect(run.stderr).toContain('invalid/two-problems.yaml:6:13 sectors[0].length');
  });

  it('reports a missing folder', () => {
    const run = runCli(['--scenarios', 'no-such-folder']);
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(run.stderr).toMatch(/^no-such-folder: expected .*folder.*, got no such folder\n$/);
  });
});

describe('an empty scenarios folder', () => {
  const empty = mkdtempSync(join(tmpdir(), 'forcecalc-empty-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it.each([
    [[], `No scenarios in ${empty}.\n`],
    [['list'], `No scenarios in ${empty}.\n`],
    [['list', '--format', 'json'], '[]\n'],
    [['check'], `No scenarios in ${empty}.\n`],
  ])('%j says so and succeeds', (args, stdout) => {
    expect(runCli([...args, '--scenarios', empty])).toEqual({ status: 0, stdout, stderr: '' });
  });
});

describe('forcecalc list', () => {
  it('prints one scenario a line, id first, sorted', () => {
    const run = runCli(['list']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const rows = linesOf(run.stdout);
    expect(rows[0]).toMatch(/^ID +Title +Coverage km +Brigades$/);
    expect(rows.slice(1).map((row) => row.split(' ')[0])).toEqual(FIXTURE_IDS);
    expect(rows[2]).toMatch(/^one-line +One line at the minimum density +1,200 +1\.\.2$/);
  });

  it('prints [{id, title, description, coverageKm, brigades}] as JSON', () => {
    const run = runCli(['list', '--format', 'json']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const items = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(items.map((item) => Object.keys(item))).toEqual(FIXTURE_IDS.map(() => ['id', 'title', 'description', 'coverageKm', 'brigades']));
    // docs/model.md, worked example 4: 1,000 km at 3 /km + 200 km at 20 /km -> brigades 2..3.
    expect(items[2]).toMatchObject({ id: 'two-sectors', coverageKm: { min: 1_200, max: 1_200 }, brigades: { min: 2, max: 3 } });
  });

  describe('without ./scenarios', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'forcecalc-cwd-'));
    afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

    it('lists the shipped scenarios (process.test.ts: the executable finds them beside itself)', () => {
      const shipped = readdirSync(join(ROOT, 'scenarios'))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => name.slice(0, -'.yaml'.length))
        .sort();
      const run = runCli(['list', '--format', 'json'], { cwd: elsewhere });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect((JSON.parse(run.stdout) as { id: string }[]).map((item) => item.id)).toEqual(shipped);
    });

    it('still takes --scenarios DIR', () => {
      const run = runCli(['list', '--scenarios', join(FIXTURES, 'scenarios'), '--format', 'json'], { cwd: elsewhere });
      expect((JSON.parse(run.stdout) as { id: string }[]).map((item) => item.id)).toEqual(FIXTURE_IDS);
    });
  });

  it.each<[string, string[]]>([
    ['table', ['one-line', 'two-sectors']],
    ['json', ['one-line', 'two-sectors']],
  ])('lists the good scenarios of a folder with a bad file (%s), its problems on stderr, exit 1', (format, ids) => {
    const run = runCli(['list', '--scenarios', 'mixed', '--format', format]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('mixed/wrong-unit.yaml:8:13 sectors[1].length: expected a length such as "120 km", got "3 kg"\n');
    const listed = format === 'json' ? (JSON.parse(run.stdout) as { id: string }[]).map((item) => item.id) : linesOf(run.stdout).slice(1).map((row) => row.split(' ')[0]);
    expect(listed).toEqual(ids);
  });
});

describe('forcecalc compare', () => {
  it('prints the scenarios in the order given, a column each headed by its id, every figure a row, within 80 columns', () => {
    const run = runCli(['compare', 'two-sectors', 'scenarios/one-line.yaml']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const rows = linesOf(run.stdout);
    expect(rows[0]).toMatch(/^Figure +Unit +two-sectors +one-line$/);
    // 7,000 troops over 1,200 km: the hot spot puts the line at 5.83 /km, where a brigade covers 514.29..857.14 km.
    expect(rows).toContainEqual(expect.stringMatching(/^Line density +\/km +5\.83 +3$/));
    expect(rows).toContainEqual(expect.stringMatching(/^Brigade coverage +km +514\.29\.\.857\.14 +1,000\.\.1,666\.67$/));
    expect(rows).toContainEqual(expect.stringMatching(/^Shortfall +troops +0 +-$/));
    expect(rows.slice(-5, -3)).toEqual(['two-sectors  A line and a hot spot, rotated', 'one-line     One line at the minimum density']);
    expect(rows.at(-2)).toMatch(/^These are planning factors, not predictions/);
    expect(widest(run.stdout)).toBeLessThanOrEqual(80);
  });

  it('prints an array of estimate objects as JSON', () => {
    const run = runCli(['compare', 'one-line', 'miles', '--format', 'json']);
    const items = JSON.parse(run.stdout) as { scenario: { id: string }; troops: unknown }[];
    expect(items.map((item) => item.scenario.id)).toEqual(['one-line', 'miles']);
    expect(items.map((item) => item.troops)).toEqual([{ min: 3_600, max: 3_600 }, { min: 3_622, max: 3_622 }]);
  });

  it('prints stacked CSV under one header', () => {
    const records = runCli(['compare', 'one-line', 'miles', 'two-sectors', '--format', 'csv']).stdout.split('\r\n');
    expect(records[0]).toBe('scenario,figure,min,max,unit');
    expect(records).toContain('one-line,troops,3600,3600,troops');
    expect(records).toContain('miles,troops,3622,3622,troops');
  });

  it('of two scenarios, ends each record of the second in its difference from the first: B - A and its share of A, bound by bound', () => {
    const records = runCli(['compare', 'one-line', 'two-sectors', '--format', 'csv']).stdout.split('\r\n');
    expect(records[0]).toBe('scenario,figure,min,max,unit,differenceMin,differenceMax,differenceShareMin,differenceShareMax');
    expect(records).toContain('one-line,troops,3600,3600,troops,,,,');
    // 3,600 to 7,000 troops: +3,400, 3,400 / 3,600 of A; brigades 1..2 to 2..3: one more at each bound, +100% and +50%.
    expect(records).toContain(`two-sectors,troops,7000,7000,troops,3400,3400,${String(3_400 / 3_600)},${String(3_400 / 3_600)}`);
    expect(records).toContain('two-sectors,brigades,2,3,brigades,1,1,1,0.5');
    // No coalition in A: nothing to set the pledges against.
    expect(records).toContain('two-sectors,pledgedTroops,8000,10000,troops,,,,');
    // No enablers in either: no change, and no share of a 0.
    expect(records).toContain('two-sectors,enablers,0,0,troops,0,0,,');
    expect(records).toContain('two-sectors,capabilities.Air cover.need,2,3,packages,1,1,1,0.5');
    expect(new Set(records.filter((record) => record !== '').map((record) => record.split(',').length))).toEqual(new Set([9]));
  });

  it('of two scenarios in JSON, gives the second a difference member with the numbers of the Difference column', () => {
    const [a, b] = JSON.parse(runCli(['compare', 'one-line', 'two-sectors', '--format', 'json']).stdout) as Record<string, unknown>[];
    expect(a).not.toHaveProperty('difference');
    const difference = b?.difference as Record<string, unknown>;
    expect(Object.keys(difference)).toEqual([
      'base', 'factors', 'coverageKm', 'troops', 'lineDensity', 'brigades', 'brigadeCoverageKm', 'airCover', 'enablers', 'deployedTroops',
      'committedTroops', 'committedBrigades', 'pledgedTroops', 'pledgedCoverageKm', 'pledgedDensity', 'shortfallTroops', 'rotatedTroops',
      'nextBrigadeKm', 'capabilities',
    ]);
    expect(difference.base).toBe('one-line');
    expect(difference.brigades).toEqual({ change: { min: 1, max: 1 }, share: { min: 1, max: 0.5 } });
    expect(difference.shortfallTroops).toBeNull();
    expect((difference.factors as Record<string, unknown>).rotation).toEqual({ change: { min: 2, max: 2 }, share: { min: 2, max: 2 } });
    expect(difference.capabilities).toEqual({
      'Air cover': { need: { change: { min: 1, max: 1 }, share: { min: 1, max: 0.5 } }, pledged: null, shortfall: null, shortfallWithoutBackstop: null },
    });
    // The table says the same: +1 (+100%..+50%).
    expect(runCli(['compare', 'one-line', 'two-sectors', '--format', 'md']).stdout).toContain('\n| Brigades | brigades | 1..2 | 2..3 | +1 (+100%..+50%) |\n');
    const three = JSON.parse(runCli(['compare', 'one-line', 'two-sectors', 'miles', '--format', 'json']).stdout) as Record<string, unknown>[];
    expect(three.some((item) => 'difference' in item)).toBe(false);
  });

  it('prints a Markdown table', () => {
    const run = runCli(['compare', 'one-line', 'two-sectors', '--format', 'md']);
    expect(run.stdout).toMatch(/^\| Figure \| Unit \| one-line \| two-sectors \| Difference \|\n/);
    expect(run.stdout).toContain('\n| Line density | /km | 3 | 5.83 | +2.83 (+94.4%) |\n');
    expect(run.stdout).toContain('\n| Shortfall | troops | - | 0 | - |\n');
    expect(run.stdout).toContain('\n| Factor | Unit | one-line | two-sectors | Difference |\n');
    expect(run.stdout).toContain('\n- **one-line**: One line at the minimum density\n');
  });

  it('compares the scenarios that load, reports every problem of the others, and exits 1', () => {
    const run = runCli(['compare', 'one-line', 'invalid/wrong-unit.yaml', 'nowhere', 'two-sectors']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(runCli(['compare', 'one-line', 'two-sectors']).stdout);
    expect(linesOf(run.stderr)).toHaveLength(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it.each(['table', 'json', 'csv', 'md'])('prints nothing on stdout in %s when no scenario loads', (format) => {
    expect(runCli(['compare', 'invalid/wrong-unit.yaml', 'nowhere', '--format', format])).toMatchObject({ status: 1, stdout: '' });
  });
});
