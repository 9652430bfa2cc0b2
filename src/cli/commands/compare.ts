/** `forcecalc compare <id|file>...`: scenarios side by side, in the order given. */
import { estimate } from '../../core/estimate.js';
import { formatComparison, REPORT_FORMATS, type ReportFormat } from '../../report/index.js';
import { read, type NamedCommandDefinition } from '../command-definition.js';
import { withInvalidFiles, type CommandResult } from '../command-result.js';
import { readFormat } from '../common-options.js';
import { loadScenarioRefs } from '../load-scenarios.js';

/**
 * Compares the named scenarios that load, in the order given; the problems of
 * the others go to stderr and make the exit code 1. None loading: nothing on
 * stdout.
 */
export function runCompare(refs: readonly string[], format: ReportFormat, scenariosDir: string): CommandResult {
  const { scenarios, problems } = loadScenarioRefs(refs, scenariosDir);
  if (scenarios.length === 0) return withInvalidFiles('', problems);
  return withInvalidFiles(formatComparison(scenarios.map((scenario) => estimate(scenario)), format), problems);
}

/** What `compare` was asked. */
export interface CompareRequest {
  readonly refs: readonly string[];
  readonly format: ReportFormat;
}

/** `forcecalc compare` in the command table (command-table.ts). */
export const compareCommand: NamedCommandDefinition<CompareRequest> = {
  options: ['--format'],
  operands: { min: 1, max: Infinity, what: 'one or more scenarios: ids in the scenarios folder or files' },
  synopsis: ['compare <id|file>... [--format FORMAT]'],
  summary: ['scenarios side by side'],
  help: `Usage: forcecalc compare <id|file>... [--format table|json|csv|md]
                         [--scenarios DIR]

Scenarios side by side: every figure (coverage, troops, brigades, air cover,
deployed and committed troops, the coalition's), each capability, then the
factors. With two scenarios, a Difference column: B - A and its share of A,
low and high bounds apart. json: an array of estimate objects; of two, the
second ends in a difference member. csv: of two, each record ends in the
columns differenceMin, differenceMax, differenceShareMin, differenceShareMax.
A scenario that does not load is left out and its problems printed on stderr;
the exit code is then 1.
`,
  parse(args) {
    const format = readFormat(args, REPORT_FORMATS);
    return format.ok ? read({ refs: args.operands, format: format.value }) : format;
  },
  run: (request, scenariosDir) => runCompare(request.refs, request.format, scenariosDir),
};
