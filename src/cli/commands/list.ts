/**
 * `forcecalc list`: the scenarios of the folder, id first. Every scenario that
 * loads is listed; each invalid file's problems go to stderr and the run exits
 * 1, so a script never takes a short list for the whole folder.
 */
import { estimate } from '../../core/estimate.js';
import { formatScenarioListJson, formatScenarioListTable } from '../../report/index.js';
import { escapePath } from '../../text/sanitize.js';
import { NO_OPERANDS, read, type NamedCommandDefinition } from '../command-definition.js';
import { withInvalidFiles, type CommandResult } from '../command-result.js';
import { readFormat } from '../common-options.js';
import { loadScenarioFolder } from '../load-scenarios.js';

/** The formats of `list` (a list has no CSV or Markdown form). */
export const LIST_FORMATS = ['table', 'json'] as const;
/** One of LIST_FORMATS. */
export type ListFormat = (typeof LIST_FORMATS)[number];

/** Lists the scenarios of `scenariosDir` as a table or JSON. */
export function runList(scenariosDir: string, format: ListFormat): CommandResult {
  const { scenarios, problems } = loadScenarioFolder(scenariosDir);
  if (scenarios.length === 0 && format === 'table') {
    return withInvalidFiles(problems.length > 0 ? '' : `No scenarios in ${escapePath(scenariosDir)}.\n`, problems);
  }
  const entries = scenarios.map((scenario) => ({ scenario, estimate: estimate(scenario) }));
  return withInvalidFiles(format === 'json' ? formatScenarioListJson(entries) : formatScenarioListTable(entries), problems);
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
brigades. json: [{id, title, description, coverageKm, brigades}]. An invalid
file is left out and its problems printed on stderr; the exit code is then 1.
`,
  parse(args) {
    const format = readFormat(args, LIST_FORMATS);
    return format.ok ? read({ format: format.value }) : format;
  },
  run: (request, scenariosDir) => runList(scenariosDir, request.format),
};
