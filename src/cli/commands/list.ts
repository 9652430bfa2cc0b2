/**
 * `forcecalc list`: the scenarios of the folder, id first. All or nothing: one
 * invalid file fails the run (exit 1), so a script never reads a short list as
 * the whole folder.
 */
import { estimate } from '../../core/estimate.js';
import { formatScenarioListJson, formatScenarioListTable } from '../../report/index.js';
import { escapePath } from '../../text/sanitize.js';
import { NO_OPERANDS, read, type NamedCommandDefinition } from '../command-definition.js';
import { invalidScenarios, success, type CommandResult } from '../command-result.js';
import { readFormat } from '../common-options.js';
import { loadScenarioFolder } from '../load-scenarios.js';

/** The formats of `list` (a list has no CSV or Markdown form). */
export const LIST_FORMATS = ['table', 'json'] as const;
/** One of LIST_FORMATS. */
export type ListFormat = (typeof LIST_FORMATS)[number];

/** Lists the scenarios of `scenariosDir` as a table or JSON. */
export function runList(scenariosDir: string, format: ListFormat): CommandResult {
  const { scenarios, problems } = loadScenarioFolder(scenariosDir);
  if (problems.length > 0) return invalidScenarios(problems);
  if (scenarios.length === 0 && format === 'table') return success(`No scenarios in ${escapePath(scenariosDir)}.\n`);
  const entries = scenarios.map((scenario) => ({ scenario, estimate: estimate(scenario) }));
  return success(format === 'json' ? formatScenarioListJson(entries) : formatScenarioListTable(entries));
}

/** What `list` was asked. */
export interface ListRequest {
  readonly format: ListFormat;
}

/** `forcecalc list` in the command table (command-table.ts). */
export const listCommand: NamedCommandDefinition<ListRequest> = {
  options: ['--format'],
  operands: NO_OPERANDS,
  synopsis: ['list [--format table|json]'],
  summary: ['the scenarios, one a line, id first'],
  help: `Usage: forcecalc list [--format table|json] [--scenarios DIR]

The scenarios of the folder, one a line, id first, with their coverage and
brigades. json: [{id, title, description, coverageKm, brigades}].
`,
  parse(args) {
    const format = readFormat(args, LIST_FORMATS);
    return format.ok ? read({ format: format.value }) : format;
  },
  run: (request, scenariosDir) => runList(scenariosDir, request.format),
};
