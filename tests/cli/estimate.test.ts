// `forcecalc estimate`, run in-process (run-cli.ts) in tests/fixtures/cli.
// Expected figures are docs/model.md's worked examples.
import { describe, expect, it } from 'vitest';
import { linesOf, runCli, STACK_LINE } from './run-cli.js';

describe('forcecalc estimate: formats', () => {
  it('prints the table by id (1,200 km at 3 /km: troops 3,600, brigades 1..2, air cover 1..2)', () => {
    const run = runCli(['estimate', 'one-line']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(linesOf(run.stdout).slice(0, 2)).toEqual(['One line at the minimum density', 'scenario one-line']);
    expect(run.stdout).toMatch(/\nLine troops +3,600 +troops\n/);
    expect(run.stdout).toMatch(/\nBrigades +1\.\.2 +brigades\n/);
    expect(run.stdout).toMatch(/\nAir cover +1\.\.2 +packages\n/);
    expect(run.stdout).toMatch(/\nBrigade coverage +1,000\.\.1,666\.67 +km\n/);
    expect(Math.max(...linesOf(run.stdout).map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it('reads a path as well as an id', () => {
    expect(runCli(['estimate', 'scenarios/one-line.yaml']).stdout).toBe(runCli(['estimate', 'one-line']).stdout);
  });

  it('prints one JSON object with the keys of docs/cli.md (750 mi at 3 /km)', () => {
    const run = runCli(['estimate', 'miles', '--format', 'json']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'scenario', 'factors', 'sectors', 'coverageKm', 'troops', 'lineDensity', 'brigades', 'brigadeCoverageKm', 'airCover', 'enablers',
      'deployedTroops', 'committedTroops', 'committedBrigades', 'nextBrigadeKm', 'coalition', 'capabilities', 'assumptions', 'sources', 'notes',
    ]);
    expect(json).toMatchObject({
      scenario: { id: 'miles', title: 'A border measured in miles' },
      coverageKm: { min: expect.closeTo(1_207.008, 9), max: expect.closeTo(1_207.008, 9) },
      troops: { min: 3_622, max: 3_622 },
      brigades: { min: 1, max: 2 },
      coalition: null,
    });
  });

  it('prints the coalition in JSON (one brigade + 5,000 troops against 7,000)', () => {
    const json = JSON.parse(runCli(['estimate', 'two-sectors', '--format', 'json']).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      troops: { min: 7_000, max: 7_000 },
      brigades: { min: 2, max: 3 },
      committedBrigades: { min: 6, max: 9 },
      coalition: {
        pledgedTroops: { min: 8_000, max: 10_000 },
        shortfallTroops: { min: 0, max: 0 },
        contributors: [{ country: 'France', troops: { min: 3_000, max: 5_000 } }, { country: 'United Kingdom', troops: { min: 5_000, max: 5_000 } }],
      },
    });
  });

  it('prints CSV, one record per figure', () => {
    const run = runCli(['estimate', 'one-line', '--format', 'csv']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const records = run.stdout.split('\r\n');
    expect(records[0]).toBe('scenario,figure,min,max,unit');
    expect(records).toContain('one-line,troops,3600,3600,troops');
    expect(records).toContain('one-line,brigades,1,2,brigades');
  });

  it('prints a Markdown briefing', () => {
    const run = runCli(['estimate', 'two-sectors', '--format', 'md']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^# A line and a hot spot, rotated\n/);
    expect(run.stdout).toContain('\n| Committed brigades | 6..9 | brigades |\n');
    expect(run.stdout).toContain('\n## Assumptions\n');
    expect(run.stdout).toContain('\n## Sources\n');
    expect(run.stdout).toContain('planning factors, not predictions');
  });
});

describe('forcecalc estimate --set', () => {
  it('replaces a factor and says so (1,200 km at 5 /km: 6,000 troops)', () => {
    const run = runCli(['estimate', 'one-line', '--set', 'density=5/km', '--format', 'json']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      troops: { min: 6_000, max: 6_000 },
      factors: { density: { min: 5, max: 5 } },
      assumptions: { density: { origin: 'override', source: '--set' } },
    });
  });

  it('takes several, in any order, and shows them in the table', () => {
    const run = runCli(['estimate', '--set', 'rotation=3', 'one-line', '--set=enablerShare=25%']);
    expect(run.status).toBe(0);
    // 3,600 troops + 25% enablers = 4,500 deployed, x3 = 13,500 committed.
    expect(run.stdout).toMatch(/\nDeployed troops +4,500 +troops\n/);
    expect(run.stdout).toMatch(/\nCommitted troops +13,500 +troops\n/);
    expect(run.stdout).toMatch(/\nRotation +3x +--set\n/);
    expect(run.stdout).toMatch(/\nEnabler share +25% +--set\n/);
  });
});

describe('forcecalc estimate on a bad scenario: exit 1, the problem on stderr, nothing on stdout', () => {
  it.each([
    ['a missing id', ['estimate', 'nowhere'], /^scenarios\/nowhere\.yaml: expected .*, got no such file\n$/],
    ['a missing file', ['estimate', 'nowhere/at-all.yaml'], /^nowhere\/at-all\.yaml: expected .*, got no such file\n$/],
    ['a directory given as a file', ['estimate', 'scenarios/'], /^scenarios\/: expected .*, got /],
    ['a wrong unit', ['estimate', 'invalid/wrong-unit.yaml'], /^invalid\/wrong-unit\.yaml:8:13 sectors\[1\]\.length: expected a length such as "120 km", got "3 kg"\n$/],
  ])('%s', (_, args, stderr) => {
    const run = runCli(args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(stderr);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('forcecalc estimate with hostile names', () => {
  const hostile = 'hostile/hostile-names.yaml';
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/;

  it.each(['table', 'md'])('strips escape sequences and bidi overrides in %s', (format) => {
    const run = runCli(['estimate', hostile, '--format', format]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stdout).toContain('Hostile names eman');
  });

  it('keeps the pipe inside its Markdown cell', () => {
    expect(runCli(['estimate', hostile, '--format', 'md']).stdout).toContain('\n| North \\| South line | 100 | 3 | 300 |\n');
  });

  it('escapes them in JSON, which still parses to the names as written', () => {
    const run = runCli(['estimate', hostile, '--format', 'json']);
    expect(run.stdout.replace('\r\n', '')).not.toMatch(CONTROL);
    const json = JSON.parse(run.stdout) as { scenario: { title: string } };
    expect(json.scenario.title).toBe('Hostile\u001b[2J names \u202Eeman');
  });
});
