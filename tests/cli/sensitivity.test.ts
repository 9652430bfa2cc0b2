// `forcecalc sensitivity`, run in-process (run-cli.ts) in tests/fixtures/cli. Expected
// figures are worked out by hand in the fixtures' comments.
import { describe, expect, it } from 'vitest';
import { linesOf, runCli, STACK_LINE } from './run-cli.js';

const UNCERTAIN = 'analysis/uncertain.yaml';

interface SwingJson { atLow: number; atHigh: number; low: number; high: number; swing: number; opposite: boolean }
interface SensitivityJson {
  scenario: { id: string; title: string };
  figures: string[];
  central: Record<string, number>;
  estimate: Record<string, { min: number; max: number }>;
  inputs: { kind: string; factor: string | null; index: number | null; name: string | null; label: string; central: number; sectorsUsing: number | null; figures: Record<string, SwingJson> }[];
}

function json(args: readonly string[]): SensitivityJson {
  const run = runCli([...args, '--format', 'json']);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  return JSON.parse(run.stdout) as SensitivityJson;
}

describe('the help of the analysis commands', () => {
  it('lists sensitivity, sweep and solve with their options in the general help, within 80 columns', () => {
    const { stdout } = runCli(['--help']);
    for (const word of ['forcecalc sensitivity <id|file>', 'forcecalc sweep <id|file> --vary', 'forcecalc solve <id|file> --for', '--vary F=A..B[:N]', '--for TARGET', '--troops N', '--brigades N']) {
      expect(stdout).toContain(word);
    }
    expect(Math.max(...linesOf(stdout).map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it.each(['sensitivity', 'sweep', 'solve'])('%s --help prints its usage', (command) => {
    const run = runCli([command, '--help']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(new RegExp(`^Usage: forcecalc ${command} <id\\|file>`));
    expect(Math.max(...linesOf(run.stdout).map((line) => line.length))).toBeLessThanOrEqual(80);
  });
});

describe('forcecalc sensitivity', () => {
  it('prints one JSON object: the figures, central values, and each uncertain input by swing', () => {
    const result = json(['sensitivity', UNCERTAIN]);
    expect(Object.keys(result)).toEqual(['scenario', 'figures', 'central', 'estimate', 'inputs']);
    expect(result.scenario).toEqual({ id: 'uncertain', title: 'Two sectors and a border, uncertain' });
    expect(result.figures).toEqual(['committedBrigades', 'troops', 'shortfallTroops']);
    expect(result.central).toEqual({ committedBrigades: 8, troops: 8_950, shortfallTroops: 1_450 });
    expect(result.inputs.map((input) => input.label)).toEqual([
      'Density', 'Brigade size', 'Rotation', 'Length: Border', 'Pledge: United Kingdom', 'Air cover per brigade',
    ]);
    expect(Object.keys(result.inputs[0] ?? {})).toEqual([
      'kind', 'factor', 'index', 'name', 'capability', 'label', 'range', 'distribution', 'central', 'sectorsUsing', 'figures',
    ]);
    // Density 2 /km: 7,300 troops, 5 committed brigades, no shortfall; 4 /km: 10,600, 8, 3,100 short.
    expect(result.inputs[0]).toMatchObject({
      kind: 'factor', factor: 'density', central: 3, sectorsUsing: 2,
      figures: {
        committedBrigades: { atLow: 5, atHigh: 8, swing: 3, opposite: false },
        troops: { atLow: 7_300, atHigh: 10_600 },
        shortfallTroops: { atLow: 0, atHigh: 3_100 },
      },
    });
    // Brigades of 3,000: 3 (8 committed); of 5,000: 2 (5 committed): the other way.
    expect(result.inputs[1]).toMatchObject({ factor: 'brigadeSize', figures: { committedBrigades: { atLow: 8, atHigh: 5, opposite: true } } });
    expect(result.inputs[3]).toMatchObject({ kind: 'sectorLength', index: 2, name: 'Border', central: 650 });
    expect(result.inputs[4]).toMatchObject({ kind: 'pledge', index: 1, name: 'United Kingdom', figures: { shortfallTroops: { atLow: 2_950, atHigh: 0 } } });
  });

  it('keeps every low and high inside the estimate interval', () => {
    const result = json(['sensitivity', UNCERTAIN]);
    for (const input of result.inputs) {
      for (const [figure, swing] of Object.entries(input.figures)) {
        expect(swing.low, `${input.label} ${figure}`).toBeGreaterThanOrEqual(result.estimate[figure]?.min ?? Number.NaN);
        expect(swing.high, `${input.label} ${figure}`).toBeLessThanOrEqual(result.estimate[figure]?.max ?? Number.NaN);
      }
    }
  });

  it('draws a tornado in the table, with notes on shared and opposite inputs, within 80 columns', () => {
    const run = runCli(['sensitivity', UNCERTAIN]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(linesOf(run.stdout).slice(0, 2)).toEqual(['Sensitivity: Two sectors and a border, uncertain', 'scenario uncertain']);
    expect(run.stdout).toContain('\nCommitted brigades: 8 at the central values\n');
    expect(run.stdout).toMatch(/\nBrigade size +8 +5 +3 +=+\| +opposite\n/);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('Density: the scenario density, used by 2 of the 3 sectors (those without a density of their own): it moves them all at once.');
    expect(Math.max(...linesOf(run.stdout).map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it('says so when no input is uncertain (two-sectors with --set brigadeSize=4000)', () => {
    const run = runCli(['sensitivity', 'two-sectors', '--set', 'brigadeSize=4000']);
    expect(run.status).toBe(0);
    // 7,000 troops in 2 brigades of 4,000, rotation 3: 6 committed.
    const text = run.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('No uncertain input');
    expect(text).toContain('(committed brigades 6, line troops 7,000, shortfall 0)');
    expect(json(['sensitivity', 'two-sectors', '--set', 'brigadeSize=4000']).inputs).toEqual([]);
  });

  it('prints CSV, one record per input and figure, and Markdown', () => {
    const csv = runCli(['sensitivity', UNCERTAIN, '--format', 'csv']);
    const records = csv.stdout.split('\r\n');
    expect(records[0]).toBe('scenario,input,low,high,central,figure,atLow,atHigh,swing,opposite');
    expect(records).toContain('uncertain,Brigade size,3000,5000,4000,committedBrigades,8,5,3,true');
    expect(records.filter((record) => record !== '')).toHaveLength(1 + 6 * 3);
    const md = runCli(['sensitivity', UNCERTAIN, '--format', 'md']);
    expect(md.stdout).toMatch(/^# Sensitivity: Two sectors and a border, uncertain\n/);
    expect(md.stdout).toContain('\n| Brigade size | 8 | 5 | 3 | opposite |\n');
  });

  it.each([
    ['a missing scenario', ['sensitivity', 'nowhere'], 1, /^scenarios\/nowhere\.yaml: expected .*, got no such file\n$/],
    ['no scenario', ['sensitivity'], 2, /sensitivity needs one scenario/],
    ['a bad format', ['sensitivity', 'one-line', '--format', 'xml'], 2, /--format for sensitivity must be table, json, csv or md; got "xml"/],
    ['a bad --set', ['sensitivity', 'one-line', '--set', 'density=3 kg'], 2, /--set density: expected a density/],
    ['--vary', ['sensitivity', 'one-line', '--vary', 'density=1..2'], 2, /--vary does not apply to sensitivity/],
  ])('fails on %s (exit %i, nothing on stdout)', (_, args, status, stderr) => {
    const run = runCli(args);
    expect(run.status).toBe(status);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(stderr);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
