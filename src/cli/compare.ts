/** `forcecalc compare <id|file>...`: scenarios side by side, in the order given. */
import { estimate } from '../core/estimate.js';
import { formatComparison, type ReportFormat } from '../report/index.js';
import { invalidScenarios, success, type CommandResult } from './command-result.js';
import { loadScenarioRefs } from './load-scenarios.js';

/** Compares the named scenarios; any invalid one fails the whole run (exit 1, nothing on stdout). */
export function runCompare(refs: readonly string[], format: ReportFormat, scenariosDir: string): CommandResult {
  const { scenarios, problems } = loadScenarioRefs(refs, scenariosDir);
  if (problems.length > 0) return invalidScenarios(problems);
  return success(formatComparison(scenarios.map((scenario) => estimate(scenario)), format));
}
