// `forcecalc solve`, run in-process (run-cli.ts) in tests/fixtures/cli. two-sectors: 7,000
// troops on 1,200 km at 3 /km (and 20 /km at the hot spot); France 1 brigade + UK 5,000 troops.
import { describe, expect, it } from 'vitest';
import { linesOf, runCli, STACK_LINE } from './run-cli.js';

interface SolveJson {
  scenario: { id: string; title: string };
  solveFor: string;
  from: { kind: string; troops: { min: number; max: number }; brigades: { min: number; max: number } | null; contributors: unknown[] };
  answer: { min: number; max: number };
  unit: string;
  formula: string;
  scenarioFigures: Record<string, { min: number; max: number }>;
  assumptions: Record<string, { value: { min: number; max: number }; origin: string; source: string }>;
}

function json(args: readonly string[]): SolveJson {
  const run = runCli([...args, '--format', 'json']);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  return JSON.parse(run.stdout) as SolveJson;
}

describe('forcecalc solve', () => {
  it('prints one JSON object: what was solved, from what, the answer and its unit', () => {
    const result = json(['solve', 'two-sectors', '--for', 'coverage']);
    expect(Object.keys(result)).toEqual(['scenario', 'solveFor', 'from', 'answer', 'unit', 'formula', 'scenarioFigures', 'assumptions']);
    expect(result).toMatchObject({ solveFor: 'coverage', unit: 'km', from: { kind: 'coalition', troops: { min: 8_000, max: 10_000 }, brigades: null } });
    // 8,000..10,000 pledged troops at the line's 7,000 / 1,200 = 5.83 /km.
    expect(result.answer.min).toBeCloseTo(1_371.43, 2);
    expect(result.answer.max).toBeCloseTo(1_714.29, 2);
    expect(result.scenarioFigures.coverageKm).toEqual({ min: 1_200, max: 1_200 });
    expect(result.scenarioFigures.lineDensity).toEqual({ min: 7_000 / 1_200, max: 7_000 / 1_200 });
    expect(result.assumptions.density).toMatchObject({ value: { min: 3, max: 3 }, origin: 'scenario' });
  });

  it.each<[string, string[], string, number, number]>([
    // 8,000..10,000 troops on 1,200 km.
    ['the density of the pledges', ['two-sectors', '--for', 'density'], '/km', 6.67, 8.33],
    // 7,000 needed, 8,000..10,000 pledged.
    ['no brigades short with the pledges', ['two-sectors', '--for', 'brigades'], 'brigades', 0, 0],
    // 7,000 - 5,000 = 2,000 short: one brigade of 5,000 or of 3,000.
    ['brigades short of 5,000 troops', ['two-sectors', '--for', 'brigades', '--troops', '5,000'], 'brigades', 1, 1],
    // One brigade of 3,000..5,000: 2,000..4,000 short: 1 (of 5,000) to 2 (of 3,000).
    ['brigades short of one brigade', ['two-sectors', '--for', 'brigades', '--brigades', '1'], 'brigades', 1, 2],
    // 20,000 troops at 3 /km on a scenario without a coalition.
    ['coverage of --troops without a coalition', ['one-line', '--for', 'coverage', '--troops', '20,000'], 'km', 6_666.67, 6_666.67],
    // --set density=5/km: 20,000 troops cover 4,000 km.
    ['coverage with --set', ['one-line', '--for', 'coverage', '--troops', '20,000', '--set', 'density=5/km'], 'km', 4_000, 4_000],
    // A range of troops: 12,000..24,000 on 1,200 km.
    ['density of a range of troops', ['one-line', '--for', 'density', '--troops', '12,000..24,000'], '/km', 10, 20],
  ])('%s', (_, args, unit, min, max) => {
    const result = json(['solve', ...args]);
    expect(result.unit).toBe(unit);
    expect(result.answer.min).toBeCloseTo(min, 2);
    expect(result.answer.max).toBeCloseTo(max, 2);
  });

  it('says what was solved, from what, in the table', () => {
    const run = runCli(['solve', 'two-sectors', '--for', 'brigades', '--brigades', '1']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(linesOf(run.stdout).slice(0, 2)).toEqual(['Solve for brigades: A line and a hot spot, rotated', 'scenario two-sectors']);
    expect(run.stdout).toMatch(/\nAnswer +1\.\.2 brigades\n/);
    expect(run.stdout).toMatch(/\nFrom +1 brigade \(--brigades\)/);
    expect(run.stdout).toMatch(/\nShortfall +2,000\.\.4,000 troops\n/);
    expect(run.stdout).toContain('rotation is\nnot applied');
    expect(Math.max(...linesOf(run.stdout).map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it('prints CSV and Markdown', () => {
    const csv = runCli(['solve', 'two-sectors', '--for', 'brigades', '--troops', '5000', '--format', 'csv']).stdout.split('\r\n');
    expect(csv.slice(0, 2)).toEqual(['scenario,solveFor,from,forceTroopsMin,forceTroopsMax,min,max,unit', 'two-sectors,brigades,troops,5000,5000,1,1,brigades']);
    const md = runCli(['solve', 'two-sectors', '--for', 'density', '--format', 'md']).stdout;
    expect(md).toMatch(/^# Solve for density: A line and a hot spot, rotated\n/);
    expect(md).toContain('\n- **Answer**: 6.67..8.33 /km\n');
  });

  it.each([
    ['no coalition and no force', ['solve', 'one-line', '--for', 'coverage'], 'solve: scenario "one-line" has no coalition to solve from; give --troops N or --brigades N'],
    ['no --for', ['solve', 'two-sectors'], 'solve needs --for coverage, density or brigades'],
    ['a bad --for', ['solve', 'two-sectors', '--for', 'victory'], '--for must be coverage, density or brigades; got "victory"'],
    ['both --troops and --brigades', ['solve', 'two-sectors', '--for', 'coverage', '--troops', '1', '--brigades', '1'], 'solve takes --troops or --brigades, not both'],
    ['bad troops', ['solve', 'two-sectors', '--for', 'coverage', '--troops', '3 kg'], '--troops: expected'],
    ['fractional troops', ['solve', 'two-sectors', '--for', 'coverage', '--troops', '2.5'], '--troops: expected'],
    ['negative brigades', ['solve', 'two-sectors', '--for', 'coverage', '--brigades', '-1'], '--brigades: expected'],
    ['--troops on estimate', ['estimate', 'one-line', '--troops', '5'], '--troops does not apply to estimate'],
  ])('bad usage: %s (exit 2, nothing on stdout)', (_, args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`forcecalc: ${message}`);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('fails on a missing scenario with exit 1', () => {
    const run = runCli(['solve', 'nowhere', '--for', 'coverage', '--troops', '5']);
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
