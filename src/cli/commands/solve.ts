/**
 * `forcecalc solve <id|file> --for coverage|density|brigades [--troops N |
 * --brigades N]`: the estimate turned around, from the coalition's pledges or
 * a force named on the command line.
 *
 * Without --troops or --brigades the force is the scenario's coalition; a
 * scenario without one is bad usage (exit 2), not an invalid scenario: the
 * file is fine, the command line lacks the force to solve from.
 */
import { solve, type SolveForce, type SolveTarget } from '../../core/analysis/solve.js';
import { formatSolution, REPORT_FORMATS, type ReportFormat } from '../../report/index.js';
import { OVERRIDE_SOURCE } from '../../scenarios/index.js';
import { quoteForMessage } from '../../text/sanitize.js';
import { parseSolveForce, parseSolveTarget } from '../analysis-options.js';
import { ONE_SCENARIO, read, type NamedCommandDefinition } from '../command-definition.js';
import { success, usageError, type CommandResult } from '../command-result.js';
import { readFormat } from '../common-options.js';
import { readSettings, loadSetScenario, type Settings } from '../scenario-settings.js';

/** Options of one `solve` run. */
export interface SolveRequest {
  readonly target: SolveTarget;
  readonly force: SolveForce;
  readonly settings: Settings;
  readonly format: ReportFormat;
}

/** Solves one scenario (an id in `scenariosDir`, or a path) for `request.target`. */
export function runSolve(ref: string, request: SolveRequest, scenariosDir: string): CommandResult {
  const loaded = loadSetScenario(ref, request.settings, scenariosDir);
  if (!loaded.ok) return loaded.result;
  const { scenario } = loaded;
  const result = solve(scenario, request.target, request.force, { overrides: request.settings.factors, overrideSource: OVERRIDE_SOURCE });
  if (!result.ok) {
    return usageError(`solve: scenario ${quoteForMessage(scenario.id)} has no coalition to solve from; give --troops N or --brigades N`);
  }
  return success(formatSolution(result.solution, request.format));
}

/** `forcecalc solve` in the command table (command-table.ts). */
export const solveCommand: NamedCommandDefinition<SolveRequest & { readonly ref: string }> = {
  options: ['--format', '--set', '--for', '--troops', '--brigades'],
  operands: ONE_SCENARIO,
  synopsis: ['solve <id|file> --for coverage|density|brigades', '[--troops N | --brigades N] [--format FORMAT]'],
  summary: ['from a force (the pledges by default) to', 'the km, density or extra brigades'],
  help: `Usage: forcecalc solve <id|file> --for coverage|density|brigades
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
  parse(args) {
    const format = readFormat(args, REPORT_FORMATS);
    if (!format.ok) return format;
    const settings = readSettings(args);
    if (!settings.ok) return settings;
    const target = parseSolveTarget(args.last('--for'));
    if (!target.ok) return target;
    const force = parseSolveForce(args.last('--troops'), args.last('--brigades'));
    if (!force.ok) return force;
    return read({ ref: args.operands[0] ?? '', target: target.value, force: force.value, settings: settings.value, format: format.value });
  },
  run: (request, scenariosDir) => runSolve(request.ref, request, scenariosDir),
};
