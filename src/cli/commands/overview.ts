/**
 * `forcecalc` with no command: every scenario of the folder side by side, the
 * same table as `compare`. An invalid file is left out, never silently: its
 * problems go to stderr and the exit code is 1. In a terminal, main.ts opens
 * the interactive calculator instead (interactive-terminal.ts decides).
 */
import { estimate } from '../../core/estimate.js';
import { formatComparisonTable } from '../../report/index.js';
import { escapePath } from '../../text/sanitize.js';
import { NO_OPERANDS, read, type CommandDefinition } from '../command-definition.js';
import { withInvalidFiles, type CommandResult } from '../command-result.js';
import { loadScenarioFolder } from '../load-scenarios.js';

/** The compare table of every scenario in `scenariosDir`: every figure, not the factors (`compare` adds them). */
export function runOverview(scenariosDir: string): CommandResult {
  const { scenarios, problems } = loadScenarioFolder(scenariosDir);
  if (scenarios.length === 0) return withInvalidFiles(problems.length > 0 ? '' : `No scenarios in ${escapePath(scenariosDir)}.\n`, problems);
  return withInvalidFiles(formatComparisonTable(scenarios.map((scenario) => estimate(scenario)), { folderOverview: true }), problems);
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
