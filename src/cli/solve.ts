/**
 * `forcecalc solve <id|file> --for coverage|density|brigades [--troops N |
 * --brigades N]`: the estimate turned around, from the coalition's pledges or
 * a force named on the command line.
 *
 * Without --troops or --brigades the force is the scenario's coalition; a
 * scenario without one is bad usage (exit 2), not an invalid scenario: the
 * file is fine, the command line lacks the force to solve from.
 */
import { solve, type SolveForce, type SolveTarget } from '../core/analysis/solve.js';
import type { FactorSettings } from '../core/factors.js';
import { quoteForMessage } from '../text/sanitize.js';
import { formatSolution, type ReportFormat } from '../report/index.js';
import { OVERRIDE_SOURCE } from '../scenarios/index.js';
import { invalidScenarios, success, usageError, type CommandResult } from './command-result.js';
import { loadScenarioRefs } from './load-scenarios.js';
import { uncountableOverrides } from './uncountable-overrides.js';

/** Options of one `solve` run. */
export interface SolveRequest {
  readonly target: SolveTarget;
  readonly force: SolveForce;
  readonly overrides: FactorSettings;
  readonly format: ReportFormat;
}

/** Solves one scenario (an id in `scenariosDir`, or a path) for `request.target`. */
export function runSolve(ref: string, request: SolveRequest, scenariosDir: string): CommandResult {
  const { scenarios, problems } = loadScenarioRefs([ref], scenariosDir);
  const scenario = scenarios[0];
  if (problems.length > 0 || scenario === undefined) return invalidScenarios(problems);
  const uncountable = uncountableOverrides(scenario, request.overrides);
  if (uncountable !== null) return uncountable;
  const result = solve(scenario, request.target, request.force, { overrides: request.overrides, overrideSource: OVERRIDE_SOURCE });
  if (!result.ok) {
    return usageError(`solve: scenario ${quoteForMessage(scenario.id)} has no coalition to solve from; give --troops N or --brigades N`);
  }
  return success(formatSolution(result.solution, request.format));
}
