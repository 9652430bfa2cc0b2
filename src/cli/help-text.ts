/**
 * `forcecalc --help` and `forcecalc <command> --help`. The synopsis is the
 * public contract of DESIGN.md section 3; keep the two in step.
 */
import { FACTOR_NAMES, FACTORS } from '../core/factors.js';
import { wrap } from '../report/text-width.js';
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
  forcecalc                          the scenarios of the folder side by side
  forcecalc list [--format table|json]
                                     the scenarios, one a line, id first
  forcecalc estimate <id|file> [--set factor=value]... [--format FORMAT]
                                     one scenario: figures, assumptions, sources
  forcecalc compare <id|file>... [--format FORMAT]
                                     scenarios side by side
  forcecalc validate <file>...       check scenario files, all errors at once
  forcecalc check [<id|file>...]     evaluate expect: blocks (all scenarios
                                     when none is given)
  forcecalc --help | --version       (also: forcecalc <command> --help)

Options:
  --scenarios DIR   the scenarios folder (default: ./scenarios if it exists,
                    else the scenarios shipped with forcecalc)
  --format FORMAT   table (default), json, csv or md (list: table or json)
  --set F=VALUE     replace a factor for this estimate, e.g. --set density=5/km

Factors:
${FACTOR_LINES.join('\n')}

Exit codes: 0 success, 1 invalid scenario or failed check, 2 bad usage.
These are planning factors, not predictions.
`;

const COMMANDS: Readonly<Record<CommandName, string>> = {
  list: `Usage: forcecalc list [--format table|json] [--scenarios DIR]

The scenarios of the folder, one a line, id first, with their coverage and
brigades. json: [{id, title, description, coverageKm, brigades}].
`,
  estimate: `Usage: forcecalc estimate <id|file> [--set factor=value]...
                          [--format table|json|csv|md] [--scenarios DIR]

One scenario's figures, sectors, coalition, assumptions and sources. <id> names
a file in the scenarios folder (its name without .yaml); anything else is read
as a path. --set replaces a factor, e.g. --set density=5/km --set rotation=3;
its value reads as in a scenario file.

Factors:
${FACTOR_LINES.join('\n')}
`,
  compare: `Usage: forcecalc compare <id|file>... [--format table|json|csv|md]
                         [--scenarios DIR]

Scenarios side by side: coverage, troops, brigades, air cover, committed
brigades and shortfall. json: an array of estimate objects.
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
};

/** The help for one command, or the general help. */
export function helpText(topic: CommandName | null): string {
  return topic === null ? GENERAL : COMMANDS[topic];
}
