// `forcecalc sweep --vary` over a scenario's own inputs, run in-process (run-cli.ts) on
// tests/fixtures/valid/bracketed-names.yaml: docs/model.md's third example (1,000 km at 3 /km
// and 200 km at 20 /km) under names with spaces, commas, brackets and parentheses.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, SHIPPED, STACK_LINE } from './run-cli.js';

const NAMES = join(ROOT, 'tests/fixtures/valid/bracketed-names.yaml');
const HOT_SPOT = 'Hot spot [2] (river, north)';
const POLAND = 'Poland [reserve], 1st';
const BATTERY = 'Air-defence battery, SAMP/T [x]';

type Bounds = { min: number; max: number };
interface SweepJson {
  axes: ({ factor: string; values: number[] } | { input: string; kind: string; index: number; name: string; unit: string; values: number[] })[];
  cells: Record<string, number | Bounds | Record<string, { need: Bounds; shortfall: Bounds | null }>>[];
  held: Record<string, unknown>;
}

function sweepJson(...vary: string[]): SweepJson {
  const run = runCli(['sweep', NAMES, ...vary.flatMap((text) => ['--vary', text]), '--format', 'json']);
  expect(run).toMatchObject({ status: 0, stderr: '' });
  return JSON.parse(run.stdout) as SweepJson;
}

const point = (value: number) => ({ min: value, max: value });

describe('sweep --vary sector[...], coalition[...], capability[...]', () => {
  it("a sector's length: the column named as written, values in km, each cell the estimate --set gives", () => {
    const vary = `sector[${HOT_SPOT}].length=100..400 km:4`;
    const result = sweepJson(vary);
    expect(result.axes).toEqual([{ input: `sector[${HOT_SPOT}].length`, kind: 'sectorLength', index: 1, name: HOT_SPOT, unit: 'km', values: [100, 200, 300, 400] }]);
    // 3,000 on the line + 20 /km x the hot spot; pledged 5,000..7,000 (2,000 and a brigade).
    expect(result.cells.map((cell) => [cell[`sector[${HOT_SPOT}].length`], cell.troops, cell.shortfallTroops])).toEqual([
      [100, point(5_000), point(0)],
      [200, point(7_000), { min: 0, max: 2_000 }],
      [300, point(9_000), { min: 2_000, max: 4_000 }],
      [400, point(11_000), { min: 4_000, max: 6_000 }],
    ]);
    for (const cell of result.cells) {
      const set = runCli(['estimate', NAMES, '--set', `sector[${HOT_SPOT}].length=${String(cell[`sector[${HOT_SPOT}].length`])}`, '--format', 'json']);
      const estimate = JSON.parse(set.stdout) as Record<string, unknown>;
      expect({ troops: cell.troops, brigades: cell.brigades, committedTroops: cell.committedTroops }).toEqual({
        troops: estimate.troops,
        brigades: estimate.brigades,
        committedTroops: estimate.committedTroops,
      });
    }
  });

  it('prints the same sweep as a table, CSV and Markdown, the name sanitised and quoted where each format needs', () => {
    const vary = ['--vary', `sectors[${HOT_SPOT}].length=100..400:4`];
    const table = runCli(['sweep', NAMES, ...vary]);
    expect(table).toMatchObject({ status: 0, stderr: '' });
    expect(table.stdout).toContain('Varied: The length of sector "Hot spot [2] (river, north)" from 100 to 400 km, 4\nvalues.');
    expect(table.stdout).toMatch(/Hot spot \[2\] \(river, north\) length \(km\) +Line troops +Brigades\n +100 +5,000 +1\.\.2\n/);
    const csv = runCli(['sweep', NAMES, ...vary, '--format', 'csv']);
    const [header, first] = csv.stdout.split('\r\n');
    // The column is the --vary as written, quoted for its comma.
    expect(header).toBe(
      `scenario,"sectors[${HOT_SPOT}].length",troopsMin,troopsMax,brigadesMin,brigadesMax,airCoverMin,airCoverMax,committedTroopsMin,committedTroopsMax,committedBrigadesMin,committedBrigadesMax,pledgedTroopsMin,pledgedTroopsMax,shortfallTroopsMin,shortfallTroopsMax,capability1,capability1NeedMin,capability1NeedMax,capability1ShortfallMin,capability1ShortfallMax,capability2,capability2NeedMin,capability2NeedMax,capability2ShortfallMin,capability2ShortfallMax`,
    );
    expect(first).toBe(`bracketed-names,100,5000,5000,1,2,1,2,5000,5000,1,2,5000,7000,0,0,Air cover,1,2,1,2,"${BATTERY}",1,2,1,2`);
    const md = runCli(['sweep', NAMES, ...vary, '--format', 'md']);
    expect(md.stdout).toContain('| Hot spot \\[2\\] (river, north) length (km) | Line troops | Brigades |');
  });

  it('a pledge in troops: whole troops, the pledged troops and the shortfall beside the need', () => {
    const table = runCli(['sweep', NAMES, '--vary', `coalition[${POLAND}].troops=0..4,000:3`]);
    expect(table).toMatchObject({ status: 0, stderr: '' });
    // Within 80 columns: the headings break over two lines, the name over what of it is varied.
    expect(table.stdout).toContain(
      [
        'Poland [reserve], 1st    Line                 Pledged',
        '      pledge (troops)  troops  Brigades        troops     Shortfall',
        '                    0   7,000      2..3  3,000..5,000  2,000..4,000',
        '                2,000   7,000      2..3  5,000..7,000      0..2,000',
        '                4,000   7,000      2..3  7,000..9,000             0',
      ].join('\n'),
    );
    expect(Math.max(...table.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it('a count range is stepped in whole numbers: 0..10 troops in 4 steps is 0, 3, 7, 10', () => {
    expect(sweepJson(`coalition[#1].troops=0..10:4`).axes[0]?.values).toEqual([0, 3, 7, 10]);
    expect(sweepJson(`coalition[France].brigades=0..3:4`).axes[0]).toMatchObject({ name: 'France', unit: 'brigades', values: [0, 1, 2, 3] });
  });

  it("a capability's need, in units per its per", () => {
    const result = sweepJson(`capability[${BATTERY}].need=1..3:3`);
    expect(result.axes[0]).toMatchObject({ kind: 'capabilityNeed', index: 0, unit: 'units per brigade' });
    // 2..3 brigades: 2..3, 4..6, 6..9 batteries; nobody provides any.
    const needs = result.cells.map((cell) => (cell.capabilities as Record<string, { need: Bounds }>)[BATTERY]?.need);
    expect(needs).toEqual([{ min: 2, max: 3 }, { min: 4, max: 6 }, { min: 6, max: 9 }]);
  });

  it('a factor by an input: both kinds of axis mix, rows the first', () => {
    const result = sweepJson('density=3..5:3', `coalition[France].brigades=0..2:3`);
    expect(result.axes.map((axis) => ('factor' in axis ? axis.factor : axis.input))).toEqual(['density', 'coalition[France].brigades']);
    expect(result.cells).toHaveLength(9);
    // 1,000 km at 3, 4, 5 /km + 4,000: 7,000, 8,000, 9,000; France's pledge 0, 3,000..5,000, 6,000..10,000, with Poland's 2,000.
    expect(result.cells.map((cell) => [cell.density, cell['coalition[France].brigades'], cell.troops, cell.pledgedTroops])).toEqual([
      [3, 0, point(7_000), point(2_000)], [3, 1, point(7_000), { min: 5_000, max: 7_000 }], [3, 2, point(7_000), { min: 8_000, max: 12_000 }],
      [4, 0, point(8_000), point(2_000)], [4, 1, point(8_000), { min: 5_000, max: 7_000 }], [4, 2, point(8_000), { min: 8_000, max: 12_000 }],
      [5, 0, point(9_000), point(2_000)], [5, 1, point(9_000), { min: 5_000, max: 7_000 }], [5, 2, point(9_000), { min: 8_000, max: 12_000 }],
    ]);
    const grid = runCli(['sweep', NAMES, '--vary', 'density=3..5:3', '--vary', `coalition[France].brigades=0..2:3`]);
    expect(grid.stdout).toContain('Shortfall: rows density (/km), columns France pledge (brigades)\n');
  });

  it('--steps N gives every --vary without its own :N that many values', () => {
    const run = runCli(['sweep', NAMES, '--vary', `sector[${HOT_SPOT}].length=100..400 km`, '--vary', 'density=3..5:2', '--steps', '4', '--format', 'json']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect((JSON.parse(run.stdout) as SweepJson).axes.map((axis) => axis.values)).toEqual([[100, 200, 300, 400], [3, 5]]);
    const bad = runCli(['sweep', NAMES, '--vary', 'density=3..5', '--steps', '51']);
    expect(bad).toMatchObject({ status: 2, stdout: '' });
    expect(bad.stderr).toContain('forcecalc: --steps: expected a whole number from 2 to 50, got "51"');
  });

  it('holds a --set of another input in every cell', () => {
    // Poland leaves: France's brigade alone against 7,000 troops.
    const run = runCli(['sweep', NAMES, '--vary', 'coalition[France].troops=0..8,000:3', '--set', `coalition[${POLAND}]=none`, '--format', 'json']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const cells = (JSON.parse(run.stdout) as SweepJson).cells;
    expect(cells.map((cell) => cell.shortfallTroops)).toEqual([point(7_000), point(3_000), point(0)]);
  });

  it.each<[string, string[], string]>([
    ['a name the scenario does not have, with the closest', ['--vary', 'sector[Hot spto [2] (river, north)].length=1..2'], `--vary sectors["Hot spto [2] (river, north)"].length: expected a sector of the scenario (did you mean "${HOT_SPOT}"?), got "Hot spto [2] (river, north)"`],
    ['a field a sector does not have', ['--vary', 'sector[#1].width=1..2'], '--vary sectors["#1"]: expected a field: length or density, got "width"'],
    ['a bad unit', ['--vary', 'sector[#1].length=100 kg..400 kg'], '--vary sectors["#1"].length: expected a length such as "120 km", got "100 kg..400 kg"'],
    ['a range of a length and a density', ['--vary', 'sector[#1].length=100 km..3/km'], '--vary sectors["#1"].length: expected a length such as "120 km" (that is a density, not a length), got "100 km..3/km"'],
    ['a single value', ['--vary', 'sector[#1].length=100'], '--vary sectors["#1"].length: expected a range to sweep, from..to, such as 100..400, got "100"'],
    ['density none', ['--vary', 'sector[#2].density=none'], '--vary sectors["#2"].density: expected a range to sweep, from..to, such as 100..400, got "none"'],
    ['a withdrawal', ['--vary', 'coalition[France]=0..2'], '--vary coalition["France"]: expected a pledge to vary: .troops=from..to or .brigades=from..to, got "0..2"'],
    ['more steps than whole troops', ['--vary', 'coalition[France].troops=0..2:4'], '--vary coalition["France"].troops: expected at most 3 steps: a pledge of troops takes whole values and the range holds 3, got "0..2:4"'],
    ['half a brigade at an end', ['--vary', 'coalition[France].brigades=0.5..3'], '--vary coalition["France"].brigades: expected whole ends: a pledge of brigades takes whole values, got "0.5..3"'],
    ['troops past what a pledge holds', ['--vary', 'coalition[France].troops=0..20,000,000'], '--vary coalition["France"].troops: expected a whole number of at most 10,000,000, got "0..20,000,000"'],
    ['steps past 50', ['--vary', 'sector[#1].length=1..2:51'], '--vary sectors["#1"].length: expected a whole number of steps from 2 to 50 after ":", got "51"'],
    ['a capability need of air cover', ['--vary', 'capability[Air cover].need=1..2'], `--vary capabilities["Air cover"].need: expected a capability the scenario declares: Air cover's need is the factor airCoverPerBrigade`],
    ['one input twice, by name and by position', ['--vary', `sector[${HOT_SPOT}].length=1..2`, '--vary', 'sector[#2].length=3..4'], `--vary "sector[#2].length" varies the input --vary "sector[${HOT_SPOT}].length" varies; vary each input once`],
    ['one pledge twice, in troops and in brigades', ['--vary', 'coalition[France].troops=0..4', '--vary', 'coalition[France].brigades=0..4'], '--vary "coalition[France].brigades" varies the input --vary "coalition[France].troops" varies'],
    ['an input both --set and --vary', ['--vary', 'sector[#1].length=1..2', '--set', 'sector[#1].length=3'], '--vary "sector[#1].length": that input is given with --set too; give it once'],
    ['a pledge of a contributor --set withdraws', ['--vary', 'coalition[France].troops=0..4', '--set', 'coalition[France]=none'], '--vary "coalition[France].troops": that contributor leaves the coalition by --set; give it once'],
  ])('bad usage: %s (exit 2, nothing on stdout)', (_, args, message) => {
    const run = runCli(['sweep', NAMES, ...args]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`forcecalc: ${message}`);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('reports every name a scenario does not have at once', () => {
    const run = runCli(['sweep', NAMES, '--vary', 'sector[Nowhere].length=1..2', '--vary', 'coalition[Frnce].troops=0..4']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--vary sectors["Nowhere"].length: expected a sector of the scenario');
    expect(run.stderr).toContain('--vary coalition["Frnce"].troops: expected a contributor of the scenario (did you mean "France"?)');
  });

  it('runs the forms docs/cli.md shows on the shipped scenarios', () => {
    for (const args of [
      ['sweep', 'line-with-hot-spots', '--vary', 'sector[Zaporizhzhia NPP frontage (Kakhovka reservoir, Enerhodar)].length=50..200 km:4'],
      ['sweep', 'coalition-of-a-dozen', '--vary', 'coalition[France].troops=0..10,000:5'],
      ['sweep', 'reassurance-force-multi-domain', '--vary', 'capability[EW team].need=1..3:3', '--vary', 'density=3..5:3'],
    ]) {
      expect(runCli([...args, '--scenarios', SHIPPED]), args.join(' ')).toMatchObject({ status: 0, stderr: '' });
    }
  });
});
