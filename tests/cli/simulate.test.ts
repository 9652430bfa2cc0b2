// `forcecalc simulate`, run in-process (run-cli.ts) in tests/fixtures/cli.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, test } from 'vitest';
import { FIXTURES, linesOf, ROOT, runCli, STACK_LINE } from './run-cli.js';

const COALITION_FIGURES = ['pledgedTroops', 'pledgedCoverageKm', 'pledgedDensity', 'shortfallTroops', 'rotatedTroops'];
const CORE_FIGURES = ['troops', 'brigades', 'airCover', 'deployedTroops', 'committedTroops', 'committedBrigades'];
const KM_FIGURES = new Set(['pledgedCoverageKm', 'pledgedDensity']);

interface FigureJson {
  mean: number;
  p5: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
  distribution?: Record<string, number>;
}

function simulateJson(...args: string[]): {
  scenario: { id: string; title: string };
  samples: number;
  seed: number;
  figures: Record<string, FigureJson>;
  pledgesSuffice: number | null;
  coveredFromDay: FigureJson | null;
  neverCovered: number | null;
  coveredBy: { day: number; date: string | null; probability: number }[] | null;
} {
  const run = runCli(['simulate', ...args, '--format', 'json']);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  return JSON.parse(run.stdout);
}

describe('forcecalc simulate --format json', () => {
  it('has exactly the keys of the contract, every figure with its statistics, counts with their distribution', () => {
    const json = simulateJson('two-sectors', '--samples', '2000');
    expect(Object.keys(json)).toEqual(['scenario', 'samples', 'seed', 'figures', 'pledgesSuffice', 'capabilities', 'allSuffice', 'allSufficeWithoutBackstop', 'coveredFromDay', 'neverCovered', 'coveredBy']);
    expect(json).toMatchObject({ scenario: { id: 'two-sectors', title: 'A line and a hot spot, rotated' }, samples: 2_000, seed: 20_250_409 });
    expect(Object.keys(json.figures)).toEqual([...CORE_FIGURES, ...COALITION_FIGURES]);
    for (const [name, figure] of Object.entries(json.figures)) {
      expect(Object.keys(figure).slice(0, 6), name).toEqual(['mean', 'p5', 'p50', 'p95', 'min', 'max']);
      expect(figure.min <= figure.p5 && figure.p5 <= figure.p50 && figure.p50 <= figure.p95 && figure.p95 <= figure.max, name).toBe(true);
      if (KM_FIGURES.has(name)) {
        expect(figure.distribution, name).toBeUndefined();
        continue;
      }
      const shares = Object.entries(figure.distribution ?? {});
      expect(shares.length, name).toBeGreaterThan(0);
      expect(shares.every(([value]) => Number.isInteger(Number(value))), name).toBe(true);
      expect(shares.reduce((total, [, share]) => total + share, 0), name).toBeCloseTo(1, 12);
    }
    // 1,000 km at 3 /km + 200 km at 20 /km is 7,000 troops in every sample; brigades of 3,000..5,000 need 2 or 3.
    expect(json.figures.troops).toEqual({ mean: 7_000, p5: 7_000, p50: 7_000, p95: 7_000, min: 7_000, max: 7_000, distribution: { 7000: 1 } });
    expect(Object.keys(json.figures.brigades?.distribution ?? {})).toEqual(['2', '3']);
    // One brigade of 3,000..5,000 and 5,000 troops always cover 7,000, from day 0 (no one arrives later).
    expect(json.pledgesSuffice).toBe(1);
    expect(json).toMatchObject({
      coveredFromDay: { mean: 0, p5: 0, p50: 0, p95: 0, min: 0, max: 0 },
      neverCovered: 0,
      coveredBy: [{ day: 0, date: null, probability: 1 }],
    });
  });

  it('has no coalition figures and pledgesSuffice null without a coalition', () => {
    const json = simulateJson('one-line', '--samples', '100');
    expect(Object.keys(json.figures)).toEqual(CORE_FIGURES);
    expect(json.pledgesSuffice).toBeNull();
    expect(json).toMatchObject({ coveredFromDay: null, neverCovered: null, coveredBy: null });
  });

  it('takes --set, distributions included', () => {
    const base = simulateJson('one-line', '--samples', '5000');
    const denser = simulateJson('one-line', '--samples', '5000', '--set', 'density=pert(3, 5, 9) / km');
    expect(base.figures.troops?.max).toBe(3_600);
    expect(denser.figures.troops?.min).toBeGreaterThanOrEqual(3_600);
    expect(denser.figures.troops?.max).toBeLessThanOrEqual(10_800);
    // PERT(3, 5, 9) has mean (3 + 20 + 9) / 6 = 5.33 /km: 6,400 troops on 1,200 km, give or take.
    expect(denser.figures.troops?.mean).toBeGreaterThan(6_300);
    expect(denser.figures.troops?.mean).toBeLessThan(6_500);
  });
});

describe('reproducible', () => {
  it('two runs with the same seed print the same, in every format', () => {
    for (const format of ['json', 'table', 'csv', 'md']) {
      const args = ['simulate', 'two-sectors', '--samples', '3000', '--seed', '12345', '--format', format];
      const first = runCli(args);
      expect(first.status).toBe(0);
      expect(runCli(args).stdout, format).toBe(first.stdout);
    }
  });

  it('another seed prints other samples, and the output names its seed', () => {
    const one = simulateJson('two-sectors', '--seed', '1');
    const two = simulateJson('two-sectors', '--seed', '2');
    expect([one.seed, two.seed]).toEqual([1, 2]);
    expect(one.figures.pledgedCoverageKm).not.toEqual(two.figures.pledgedCoverageKm);
    expect(runCli(['simulate', 'two-sectors', '--seed', '1,000']).stdout).toContain('seed 1000');
  });

  it('the default is 10,000 samples from the documented seed, printed in every format', () => {
    expect(simulateJson('one-line')).toMatchObject({ samples: 10_000, seed: 20_250_409 });
    expect(runCli(['simulate', 'one-line']).stdout).toContain('10,000 samples, seed 20250409 (the default)');
    expect(runCli(['simulate', 'one-line', '--format', 'md']).stdout).toContain('10,000 samples, seed 20250409 (the default)');
    expect(runCli(['simulate', 'one-line', '--format', 'csv']).stdout).toContain('one-line,10000,20250409,');
  });
});

describe('the other formats', () => {
  it('table: percentiles beside each figure, the brigades histogram, within 80 columns', () => {
    const run = runCli(['simulate', 'two-sectors']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/\nFigure +p5 +p50 +p95 +Mean +Min +Max\n/);
    expect(run.stdout).toMatch(/\nLine troops +7,000 +7,000 +7,000 +7,000 +7,000 +7,000\n/);
    expect(run.stdout).toMatch(/\n +2 +#+ +\d+\.\d% +\d+\.\d%\n +3 +#+ +\d+\.\d% +100\.0%\n/);
    expect(run.stdout).toContain('Pledges suffice in 100.0% of samples');
    expect(Math.max(...linesOf(run.stdout).map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it('md: a briefing with the assumptions and how to read it', () => {
    const run = runCli(['simulate', 'two-sectors', '--format', 'md']);
    expect(run.stdout).toMatch(/^# Simulation: A line and a hot spot, rotated\n/);
    for (const heading of ['## Figures', '## Brigades needed', '## Uncertain inputs', '## Notes', '## Assumptions', '## Sources', '## How to read this']) {
      expect(run.stdout).toContain(`\n${heading}\n`);
    }
    expect(run.stdout).toContain('| Figure | p5 | p50 | p95 | Mean | Min | Max |');
  });

  it('csv: one tidy table, CRLF, numbers exact', () => {
    const lines = runCli(['simulate', 'two-sectors', '--samples', '1000', '--format', 'csv']).stdout.split('\r\n');
    expect(lines[0]).toBe('scenario,samples,seed,figure,statistic,equals,value');
    expect(lines).toContain('two-sectors,1000,20250409,troops,p95,,7000');
    expect(lines).toContain('two-sectors,1000,20250409,troops,probability,7000,1');
    expect(lines).toContain('two-sectors,1000,20250409,pledgesSuffice,probability,,1');
    expect(lines).toContain('two-sectors,1000,20250409,coveredFromDay,p95,,0');
    expect(lines).toContain('two-sectors,1000,20250409,neverCovered,probability,,0');
    expect(lines).toContain('two-sectors,1000,20250409,coveredBy,probability,0,1');
    expect(lines.at(-1)).toBe('');
  });

  describe('text from files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'forcecalc-simulate-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('csv: an id that a spreadsheet would run as a formula is neutralised and quoted', () => {
      const file = join(folder, '=SUM(A1),x.yaml');
      copyFileSync(join(FIXTURES, 'scenarios', 'one-line.yaml'), file);
      const lines = runCli(['simulate', file, '--samples', '10', '--format', 'csv']).stdout.split('\r\n');
      expect(lines[1]).toMatch(/^"'=SUM\(A1\),x",10,20250409,troops,mean,,3600$/);
    });

    test.each(['table', 'md'])('%s: names lose their escape sequences', (format) => {
      const run = runCli(['simulate', join(FIXTURES, 'hostile', 'hostile-names.yaml'), '--samples', '10', '--format', format]);
      expect(run.status).toBe(0);
      // eslint-disable-next-line no-control-regex -- the point is that none is left
      expect(run.stdout).not.toMatch(/[\u001B\u0007\u202E]/);
    });
  });
});

describe('bad usage and bad scenarios', () => {
  test.each<[string[], string]>([
    [['--samples', '0'], '--samples must be a whole number from 1 to 10,000,000; got "0"'],
    [['--samples', '1.5'], '--samples must be a whole number from 1 to 10,000,000; got "1.5"'],
    [['--samples', 'many'], '--samples must be a whole number from 1 to 10,000,000; got "many"'],
    [['--samples', '10,000,001'], '--samples must be a whole number from 1 to 10,000,000; got "10,000,001"'],
    [['--samples', '1e6'], '--samples must be a whole number from 1 to 10,000,000; got "1e6"'],
    [['--seed', '-1'], '--seed must be a whole number from 0 to 4,294,967,295; got "-1"'],
    [['--seed', '4294967296'], '--seed must be a whole number from 0 to 4,294,967,295; got "4294967296"'],
    [['--seed', 'abc'], '--seed must be a whole number from 0 to 4,294,967,295; got "abc"'],
    [['--samples'], '--samples needs a value, e.g. --samples 100,000'],
    [['--format', 'geojson'], '--format for simulate must be table, json, csv or md; got "geojson"'],
    [['--set', 'density=uniform(3000,5000)'], '--set density: expected a uniform distribution with two arguments'],
  ])('%j is bad usage (exit 2)', (args, message) => {
    const run = runCli(['simulate', 'one-line', ...args]);
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toContain(`forcecalc: ${message}`);
  });

  it('--samples and --seed belong to simulate only', () => {
    const run = runCli(['estimate', 'one-line', '--samples', '10']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--samples does not apply to estimate');
  });

  it('an invalid scenario is exit 1 with its problems, no stack trace', () => {
    const run = runCli(['simulate', 'invalid/wrong-unit.yaml']);
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(run.stderr).toMatch(/wrong-unit\.yaml:\d+:\d+ /);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('--help explains the command', () => {
    const run = runCli(['simulate', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: forcecalc simulate <id\|file> \[--samples N\] \[--seed S\]/);
  });
});

/*
 * The command: with the density anywhere in 3..12 /km the shortfall
 * spans 0..19,653 troops (more values than a count's tally keeps), and the
 * share of samples where the pledges suffice was read from that missing tally
 * as 0%, beside a shortfall whose p5 is 0. The share is counted from the
 * samples, so it agrees with the shortfall's percentiles.
 */
describe('forcecalc simulate coalition-of-a-dozen --set "density=3..12 / km"', () => {
  const args = ['simulate', 'coalition-of-a-dozen', '--set', 'density=3..12 / km'];

  it('counts the samples where the pledges suffice, as the shortfall percentiles say (JSON)', () => {
    const run = runCli([...args, '--format', 'json'], { cwd: ROOT });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const json = JSON.parse(run.stdout) as { samples: number; figures: Record<string, FigureJson>; pledgesSuffice: number };
    const shortfall = json.figures.shortfallTroops;
    if (shortfall === undefined) return expect.fail('no shortfallTroops');
    // The tally is dropped for so wide a count: the share cannot come from it.
    expect(shortfall.distribution).toBeUndefined();
    expect(shortfall.max - shortfall.min).toBeGreaterThan(10_000);
    // p5 is 0: at least 5% of samples have no shortfall; p50 is above 0: fewer than half do.
    expect(shortfall.p5).toBe(0);
    expect(shortfall.p50).toBeGreaterThan(0);
    expect(json.pledgesSuffice).toBeGreaterThanOrEqual(0.05);
    expect(json.pledgesSuffice).toBeLessThan(0.5);
    // A share of whole samples.
    expect(Number.isInteger(json.pledgesSuffice * json.samples)).toBe(true);
  });

  it('prints the same share in the table, CSV and Markdown', () => {
    const json = JSON.parse(runCli([...args, '--format', 'json'], { cwd: ROOT }).stdout) as { pledgesSuffice: number };
    expect(json.pledgesSuffice).toBeGreaterThan(0);
    const percent = `${(json.pledgesSuffice * 100).toFixed(1)}%`;
    expect(runCli(args, { cwd: ROOT }).stdout).toContain(`Pledges suffice in ${percent} of samples`);
    expect(runCli([...args, '--format', 'md'], { cwd: ROOT }).stdout).toContain(`**Pledges suffice in ${percent} of samples**`);
    expect(runCli([...args, '--format', 'csv'], { cwd: ROOT }).stdout).toContain(`pledgesSuffice,probability,,${json.pledgesSuffice}\r\n`);
  });
});
