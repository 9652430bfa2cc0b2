/**
 * `forcecalc` with no command: every scenario of the folder side by side, the
 * same table as `compare`. All or nothing: one invalid file fails the run
 * (exit 1) rather than silently dropping a row. In a terminal, main.ts opens
 * the interactive calculator instead (interactive-terminal.ts decides).
 */
import { estimate } from '../../core/estimate.js';
import { formatComparisonTable } from '../../report/index.js';
import { escapePath } from '../../text/sanitize.js';
import { NO_OPERANDS, read, type CommandDefinition } from '../command-definition.js';
import { invalidScenarios, success, type CommandResult } from '../command-result.js';
import { loadScenarioFolder } from '../load-scenarios.js';

/** The compare table of every scenario in `scenariosDir`. */
export function runOverview(scenariosDir: string): CommandResult {
  const { scenarios, problems } = loadScenarioFolder(scenariosDir);
  if (problems.length > 0) return invalidScenarios(problems);
  if (scenarios.length === 0) return success(`No scenarios in ${escapePath(scenariosDir)}.\n`);
  return success(formatComparisonTable(scenarios.map((scenario) => estimate(scenario))));
}

/** `forcecalc` without a command: it takes nothing but `--scenarios`. */
export const overviewCommand: CommandDefinition<Record<string, never>> = {
  options: [],
  operands: NO_OPERANDS,
  synopsis: [''],
  summary: ['the interactive calculator over the folder', '(in a terminal, CI unset); otherwise its', 'scenarios side by side'],
  parse: () => read({}),
  run: (_request, scenariosDir) => runOverview(scenariosDir),
};
