/**
 * `forcecalc` with no command: every scenario of the folder side by side, the
 * same table as `compare`. All or nothing: one invalid file fails the run
 * (exit 1) rather than silently dropping a row.
 */
import { estimate } from '../core/estimate.js';
import { escapePath } from '../text/sanitize.js';
import { formatComparisonTable } from '../report/index.js';
import { invalidScenarios, success, type CommandResult } from './command-result.js';
import { loadScenarioFolder } from './load-scenarios.js';

/** The compare table of every scenario in `scenariosDir`. */
export function runOverview(scenariosDir: string): CommandResult {
  const { scenarios, problems } = loadScenarioFolder(scenariosDir);
  if (problems.length > 0) return invalidScenarios(problems);
  if (scenarios.length === 0) return success(`No scenarios in ${escapePath(scenariosDir)}.\n`);
  return success(formatComparisonTable(scenarios.map((scenario) => estimate(scenario))));
}
