/**
 * `forcecalc --help` and `forcecalc <command> --help`. The synopsis is the
 * public contract of docs/cli.md; keep the two in step.
 */
import { FACTOR_NAMES, FACTORS } from '../core/factors.js';
import { wrap } from '../text/text-width.js';
import type { CommandName } from './parse-args.js';

const FACTOR_INDENT = ' '.repeat(22);

// Each factor with what it means and an example --set (one word, so it never wraps), to 80 columns.
const FACTOR_LINES = FACTOR_NAMES.flatMap((name) =>
  wrap(`${FACTORS[name].description}; e.g. ${name}=${FACTORS[name].example.replaceAll(' ', '')}`, 80 - FACTOR_INDENT.length).map((line, index) =>
    index === 0 ? `  ${name.padEnd(20)}${line}` : FACTOR_INDENT + line,
  ),
);

const GENERAL = `forcecalc: military-planning estimates (coverage, troops, brigades, air cover,
rotation, coalition pledges) from stated heuristics.

Usage:
  forcecalc                          the interactive calculator over the folder
                                     (in a terminal, CI unset); otherwise its
                                     scenarios side by side
  forcecalc list [--format table|json]
                                     the scenarios, one a line, id first
  forcecalc estimate <id|file> [--set factor=value]... [--format FORMAT]
                                     one scenario: figures, assumptions, sources
  forcecalc compare <id|file>... [--format FORMAT]
                                     scenarios side by side
  forcecalc map <id|file> [--width N] [--height N]
                                     the scenario's drawn lines as a map
  forcecalc validate <file>...       check scenario files, all errors at once
  forcecalc check [<id|file>...]     evaluate expect: blocks (all scenarios
                                     when none is given)
  forcecalc sensitivity <id|file> [--set factor=value]... [--format FORMAT]
                                     which uncertain input moves the figures
                                     most (a tornado)
  forcecalc sweep <id|file> --vary factor=from..to[:steps] [--vary ...]
                    [--set factor=value]... [--format FORMAT]
                                     brigades and troops over a grid of values
  forcecalc solve <id|file> --for coverage|density|brigades
                    [--troops N | --brigades N] [--format FORMAT]
                                     from a force (the pledges by default) to
                                     the km, density or extra brigades
  forcecalc simulate <id|file> [--samples N] [--seed S] [--set factor=value]...
                    [--format FORMAT]
                                     Monte Carlo: percentiles of each figure,
                                     the chance the pledges suffice
  forcecalc --help | --version       (also: forcecalc <command> --help)

Options:
  --scenarios DIR   the scenarios folder (default: ./scenarios if it exists,
                    else the scenarios shipped with forcecalc)
  --format FORMAT   table (default), json, csv or md (list: table or json;
                    estimate also geojson: the drawn sectors for GIS tools)
  --set F=VALUE     replace a factor for this estimate, e.g. --set density=5/km
  --vary F=A..B[:N] sweep: N values of a factor from A to B (default 5, 2-50)
  --for TARGET      solve: coverage, density or brigades
  --troops N        solve: start from N troops instead of the pledges
  --brigades N      solve: start from N brigades instead of the pledges
  --width N         map: columns (default 80)
  --height N        map: rows in all (default 23)
  --samples N       simulate: how many samples (default 10,000, at most
                    10,000,000)
  --seed S          simulate: the random seed, 0 to 4,294,967,295 (default
                    20250409); the same seed gives the same output

Factors:
${FACTOR_LINES.join('\n')}

Exit codes: 0 success, 1 invalid scenario or failed check, 2 bad usage,
74 output not written (a full disk).
These are planning factors, not predictions.
`;

const COMMANDS: Readonly<Record<CommandName, string>> = {
  list: `Usage: forcecalc list [--format table|json] [--scenarios DIR]

The scenarios of the folder, one a line, id first, with their coverage and
brigades. json: [{id, title, description, coverageKm, brigades}].
`,
  estimate: `Usage: forcecalc estimate <id|file> [--set factor=value]...
                          [--format table|json|csv|md|geojson] [--scenarios DIR]

One scenario's figures, sectors, coalition, assumptions and sources. <id> names
a file in the scenarios folder (its name without .yaml); anything else is read
as a path. --set replaces a factor, e.g. --set density=5/km --set rotation=3;
its value reads as in a scenario file. geojson prints the drawn sectors (those
with path: or geojson:) as a FeatureCollection with each sector's length,
density and troops; sectors given by a length are listed in undrawnSectors.
For each bound of brigades, the report also gives the km the line can grow (at
the line's own density) before that bound needs one more brigade (nextBrigadeKm;
one number per bound, not a range).

Factors:
${FACTOR_LINES.join('\n')}
`,
  compare: `Usage: forcecalc compare <id|file>... [--format table|json|csv|md]
                         [--scenarios DIR]

Scenarios side by side: coverage, troops, brigades, air cover, committed
brigades and shortfall. json: an array of estimate objects.
`,
  map: `Usage: forcecalc map <id|file> [--width N] [--height N] [--scenarios DIR]

The lines of the scenario's drawn sectors (path: or geojson:) as a map in the
terminal, in braille (ASCII when TERM=dumb), each sector marked by its number
(its own character in ASCII) and in its own colour where colour is allowed
(not with NO_COLOR, TERM=dumb, CI or a pipe; FORCE_COLOR forces it). Below the
map: a scale bar, each sector's drawn length, tortuosity and planning length
(sectors given by a length are listed as not drawn), and the method: the
geodesic on the WGS84 ellipsoid. --width (20-1000, default 80) and --height
(8-1000, default 23) size the whole block. Exit code 1 when no sector is drawn.
`,
  validate: `Usage: forcecalc validate <file>... [--scenarios DIR]

Checks each file against the scenario schema and reports every problem of every
file (file:line:col field: expected ..., got ...); prints "<file>: ok" for each
good file. Exit code 1 when any file has a problem.
`,
  check: `Usage: forcecalc check [<id|file>...] [--scenarios DIR]

Evaluates the expect: block of each scenario (all scenarios of the folder when
none is given) and prints PASS or FAIL per scenario, with each mismatch.
Exit code 1 on any mismatch or invalid scenario.
`,
  sensitivity: `Usage: forcecalc sensitivity <id|file> [--set factor=value]...
                             [--format table|json|csv|md] [--scenarios DIR]

A tornado: each uncertain input (a factor, sector length, sector density or
pledge given as a range or a distribution) from the low to the high end of its
range, every other input at its central value (a range's midpoint, the mode of
a triangular or PERT input, a normal input's mean). For each: committed
brigades, line troops and, with a coalition, the shortfall at either end, and
the swing; sorted by swing, drawn as bars in the table. Notes say where an
input is shared by several sectors (the scenario density) and where it moves a
figure the other way (brigade size). Each value is an estimate of a scenario
of single values, so it lies inside the estimate's range.
`,
  sweep: `Usage: forcecalc sweep <id|file> --vary factor=from..to[:steps] [--vary ...]
                       [--set factor=value]... [--format table|json|csv|md]
                       [--scenarios DIR]

A data table, as in a spreadsheet: one --vary gives a row per value, two give a
grid (rows: the first, columns: the second) for brigades and one for line
troops. Each cell is the estimate with those values set, as --set would; other
factors as in the scenario or --set. steps: values per axis, both ends
included, 2 to 50 (default 5); brigade size takes whole values. Values read as
in a scenario file: --vary density=3..30:10, --vary "brigadeSize=3,000..5,000".
A wide grid overflows 80 columns; --format csv suits it.
`,
  solve: `Usage: forcecalc solve <id|file> --for coverage|density|brigades
                       [--troops N | --brigades N] [--set factor=value]...
                       [--format table|json|csv|md] [--scenarios DIR]

The estimate turned around, from a force: the coalition's pledges, or --troops
N, or --brigades N (of the scenario's brigade size); N may be a range (4..6).
  coverage   the km of the line the force covers at the line's density
  density    the soldiers per km the force gives the scenario's line
  brigades   the extra brigades still needed: the shortfall of deployed troops
             in brigades (min = shortfall.min / largest brigade, max =
             shortfall.max / smallest brigade, rounded up)
The force is what is kept on the ground: rotation does not apply. A scenario
without a coalition needs --troops or --brigades (else exit 2, bad usage).
`,
  simulate: `Usage: forcecalc simulate <id|file> [--samples N] [--seed S]
                          [--set factor=value]... [--format table|json|csv|md]
                          [--scenarios DIR]

Monte Carlo over the scenario's uncertain inputs: each sample draws every input
from its distribution (a plain range a..b uniformly; uniform(a, b),
triangular(low, mode, high), pert(low, mode, high) and normal(mean, sd) as
written in the file or with --set) and computes every figure as estimate does.
For troops, brigades, air cover, deployed and committed troops, committed
brigades and the coalition's figures: mean, p5, p50, p95 (nearest rank), min
and max; for whole counts the share of samples at each value; and the share of
samples in which the pledges suffice. The scenario density is one draw per
sample shared by every sector without a density of its own.
--samples: 1 to 10,000,000 (default 10,000). --seed: 0 to 4,294,967,295
(default 20250409); the same scenario, settings and seed give the same output
on any machine. json: {scenario, samples, seed, figures.<name>.{mean, p5, p50,
p95, min, max, distribution}, pledgesSuffice}.
`,
};

/** The help for one command, or the general help. */
export function helpText(topic: CommandName | null): string {
  return topic === null ? GENERAL : COMMANDS[topic];
}
