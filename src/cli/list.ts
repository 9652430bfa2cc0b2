/**
 * `forcecalc list`: the scenarios of the folder, id first. All or nothing: one
 * invalid file fails the run (exit 1), so a script never reads a short list as
 * the whole folder.
 */
import { estimate } from '../core/estimate.js';
import { escapePath } from '../text/sanitize.js';
import { formatScenarioListJson, formatScenarioListTable } from '../report/index.js';
import { invalidScenarios, success, type CommandResult } from './command-result.js';
import { loadScenarioFolder } from './load-scenarios.js';
import type { ListFormat } from './parse-args.js';

/** Lists the scenarios of `scenariosDir` as a table or JSON. */
export function runList(scenariosDir: string, format: ListFormat): CommandResult {
  const { scenarios, problems } = loadScenarioFolder(scenariosDir);
  if (problems.length > 0) return invalidScenarios(problems);
  if (scenarios.length === 0 && format === 'table') return success(`No scenarios in ${escapePath(scenariosDir)}.\n`);
  const entries = scenarios.map((scenario) => ({ scenario, estimate: estimate(scenario) }));
  return success(format === 'json' ? formatScenarioListJson(entries) : formatScenarioListTable(entries));
}
