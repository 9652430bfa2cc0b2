// `forcecalc sweep`, run in-process (run-cli.ts) in tests/fixtures/cli: 1,200 km at
// 3 /km (one-line) and docs/model.md's 1,000 km at 3 + 200 km at 20 (two-sectors).
import { describe, expect, it } from 'vitest';
import { linesOf, runCli, STACK_LINE } from './run-cli.js';

interface SweepJson {
  scenario: { id: string; title: string };
  axes: { factor: string; values: number[] }[];
  cells: Record<string, number | { min: number; max: number }>[];
  held: Record<string, { value: { min: number; max: number }; origin: string; source: string }>;
}

function json(args: readonly string[]): SweepJson {
  const run = runCli([...args, '--format', 'json']);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  return JSON.parse(run.stdout) as SweepJson;
}

describe('forcecalc sweep', () => {
  it('one way: a cell per value, brigades and troops as intervals', () => {
    const result = json(['sweep', 'one-line', '--vary', 'density=3..30:10']);
    expect(Object.keys(result)).toEqual(['scenario', 'axes', 'cells', 'held']);
    expect(result.axes).toEqual([{ factor: 'density', values: [3, 6, 9, 12, 15, 18, 21, 24, 27, 30] }]);
    expect(result.cells).toHaveLength(10);
    // 1,200 km at 12 /km: 14,400 troops in 3 (of 5,000) to 5 (of 3,000) brigades; rotation 1, no enablers, 1 air package a brigade.
    // The swept figures of the figure table, in its order.
    expect(Object.keys(result.cells[3] ?? {})).toEqual(['density', 'troops', 'brigades', 'airCover', 'committedTroops', 'committedBrigades']);
    expect(result.cells[3]).toEqual({
      density: 12,
      brigades: { min: 3, max: 5 },
      troops: { min: 14_400, max: 14_400 },
      committedBrigades: { min: 3, max: 5 },
      committedTroops: { min: 14_400, max: 14_400 },
      airCover: { min: 3, max: 5 },
    });
    expect(Object.keys(result.held)).toEqual(['brigadeSize', 'airCoverPerBrigade', 'enablerShare', 'rotation']);
  });

  it('two ways: rows by columns, row by row; --set holds in every cell', () => {
    const result = json(['sweep', 'two-sectors', '--vary', 'density=3..6:2', '--vary', 'brigadeSize=3,000..6,000:2', '--set', 'rotation=1']);
    // 1,000 km at 3 or 6 /km + 4,000 at the hot spot: 7,000 or 10,000 troops.
    // Rotation 1 (--set) and no enablers: committed as deployed; one air package a brigade.
    // The coalition pledges a brigade and 5,000 troops: 8,000 or 11,000, against 7,000 or 10,000 needed.
    const cell = (density: number, brigadeSize: number, brigades: number, troops: number) => ({
      density,
      brigadeSize,
      brigades: { min: brigades, max: brigades },
      troops: { min: troops, max: troops },
      committedBrigades: { min: brigades, max: brigades },
      committedTroops: { min: troops, max: troops },
      airCover: { min: brigades, max: brigades },
      pledgedTroops: { min: brigadeSize + 5_000, max: brigadeSize + 5_000 },
      shortfallTroops: { min: Math.max(0, troops - brigadeSize - 5_000), max: Math.max(0, troops - brigadeSize - 5_000) },
    });
    expect(result.cells).toEqual([cell(3, 3_000, 3, 7_000), cell(3, 6_000, 2, 7_000), cell(6, 3_000, 4, 10_000), cell(6, 6_000, 2, 10_000)]);
    expect(result.held.rotation).toEqual({ value: { min: 1, max: 1 }, origin: 'override', source: '--set' });
  });

  it('gives each cell what estimate --set gives', () => {
    const result = json(['sweep', 'two-sectors', '--vary', 'density=2.5..7.5:3']);
    for (const cell of result.cells) {
      const estimate = JSON.parse(runCli(['estimate', 'two-sectors', '--set', `density=${String(cell.density)}`, '--format', 'json']).stdout) as Record<string, unknown>;
      expect({ brigades: cell.brigades, troops: cell.troops }).toEqual({ brigades: estimate.brigades, troops: estimate.troops });
    }
  });

  it('prints the table (a grid per figure for two ways) and CSV', () => {
    const table = runCli(['sweep', 'one-line', '--vary', 'density=3..6:2', '--vary', 'brigadeSize=3,000..6,000:2']);
    expect(table).toMatchObject({ status: 0, stderr: '' });
    expect(linesOf(table.stdout).slice(0, 2)).toEqual(['Sweep: One line at the minimum density', 'scenario one-line']);
    expect(table.stdout).toContain('\nBrigades: rows density (/km), columns brigade size (troops)\n   3,000  6,000\n3      2      1\n6      3      2\n');
    const csv = runCli(['sweep', 'one-line', '--vary', 'density=3..6:2', '--format', 'csv']).stdout.split('\r\n');
    expect(csv.slice(0, 3)).toEqual([
      'scenario,density,troopsMin,troopsMax,brigadesMin,brigadesMax,airCoverMin,airCoverMax,committedTroopsMin,committedTroopsMax,committedBrigadesMin,committedBrigadesMax',
      'one-line,3,3600,3600,1,2,1,2,3600,3600,1,2',
      'one-line,6,7200,7200,2,3,2,3,7200,7200,2,3',
    ]);
  });

  it('shows air cover when it is not simply the brigades: two packages a brigade', () => {
    // 3,600 troops in 1..2 brigades, 7,200 in 2..3; two packages each: 2..4 and 4..6.
    const table = runCli(['sweep', 'one-line', '--vary', 'density=3..6:2', '--set', 'airCoverPerBrigade=2']);
    expect(table.stdout).toContain(
      ['Density (/km)  Line troops  Brigades  Air cover', '            3        3,600      1..2       2..4', '            6        7,200      2..3       4..6'].join('\n'),
    );
  });

  it('shows what a swept rotation moves: the committed brigades and troops', () => {
    // 1,200 km at 3 /km: 3,600 troops in 1..2 brigades at any rotation; committed = x rotation.
    const table = runCli(['sweep', 'one-line', '--vary', 'rotation=1..3:3']);
    expect(table).toMatchObject({ status: 0, stderr: '' });
    expect(table.stdout).toContain(
      [
        'Rotation  Line troops  Brigades  Committed troops  Committed brigades',
        '      1x        3,600      1..2             3,600                1..2',
        '      2x        3,600      1..2             7,200                2..4',
        '      3x        3,600      1..2            10,800                3..6',
      ].join('\n'),
    );
  });

  it('shows what a swept enabler share moves: the committed troops, not the committed brigades, which would repeat the brigades', () => {
    const table = runCli(['sweep', 'one-line', '--vary', 'enablerShare=0..0.5:3']);
    expect(table).toMatchObject({ status: 0, stderr: '' });
    expect(table.stdout).toContain(
      [
        'Enabler share  Line troops  Brigades  Committed troops',
        '           0%        3,600      1..2             3,600',
        '          25%        3,600      1..2             4,500',
        '          50%        3,600      1..2             5,400',
      ].join('\n'),
    );
  });

  it.each([
    ['no --vary', ['sweep', 'one-line'], 'sweep needs --vary factor=from..to[:steps]'],
    ['an unknown factor', ['sweep', 'one-line', '--vary', 'morale=1..2'], '--vary: expected a factor: one of density, brigadeSize'],
    ['a misspelt factor', ['sweep', 'one-line', '--vary', 'densty=1..2'], '--vary: expected a factor (did you mean density?), got "densty"'],
    ['no =', ['sweep', 'one-line', '--vary', 'density'], '--vary: expected factor=from..to[:steps], such as density=3..30:10, or an input as --set names it, such as sector[NAME].length=100..400 km, got "density"'],
    ['no range', ['sweep', 'one-line', '--vary', 'density=3'], '--vary density: expected a range to sweep, from..to, such as 3..30, got "3"'],
    ['a bad value', ['sweep', 'one-line', '--vary', 'density=3 kg..5 kg'], '--vary density: expected a density'],
    ['one step', ['sweep', 'one-line', '--vary', 'density=3..30:1'], '--vary density: expected a whole number of steps from 2 to 50 after ":", got "1"'],
    ['51 steps', ['sweep', 'one-line', '--vary', 'density=3..30:51'], '--vary density: expected a whole number of steps from 2 to 50 after ":", got "51"'],
    ['fractional steps', ['sweep', 'one-line', '--vary', 'density=3..30:2.5'], '--vary density: expected a whole number of steps from 2 to 50 after ":", got "2.5"'],
    ['words for steps', ['sweep', 'one-line', '--vary', 'density=3..30:ten'], '--vary density: expected a whole number of steps from 2 to 50 after ":", got "ten"'],
    ['more whole values than the range holds', ['sweep', 'one-line', '--vary', 'brigadeSize=3,000..3,002:4'], '--vary brigadeSize: expected at most 3 steps: brigadeSize takes whole values and the range holds 3, got "3,000..3,002:4"'],
    ['the same factor twice', ['sweep', 'one-line', '--vary', 'density=1..2', '--vary', 'density=3..4'], '--vary density is given twice'],
    ['three --vary', ['sweep', 'one-line', '--vary', 'density=1..2', '--vary', 'rotation=1..2', '--vary', 'enablerShare=0..1'], 'sweep varies at most 2 factors'],
    ['--set and --vary on one factor', ['sweep', 'one-line', '--vary', 'density=1..2', '--set', 'density=3'], 'density is given with both --set and --vary'],
    ['--vary on estimate', ['estimate', 'one-line', '--vary', 'density=1..2'], '--vary does not apply to estimate'],
    ['a bad format', ['sweep', 'one-line', '--vary', 'density=1..2', '--format', 'xml'], '--format for sweep must be table, json, csv or md'],
  ])('bad usage: %s (exit 2, nothing on stdout)', (_, args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`forcecalc: ${message}`);
    expect(run.stderr).toMatch(/\nRun forcecalc --help for usage\.\n$/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('fails on a missing scenario with exit 1', () => {
    const run = runCli(['sweep', 'nowhere', '--vary', 'density=1..2']);
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(run.stderr).toMatch(/^scenarios\/nowhere\.yaml: expected .*, got no such file\n$/);
  });
});
