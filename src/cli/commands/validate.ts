/**
 * `forcecalc validate <file>...`: every problem of every file on stderr, and
 * "<file>: ok" on stdout for each good file. Exit code 1 when any file has a
 * problem. A good file's warnings (a line that looks written [latitude,
 * longitude]) follow on stderr; it is still ok.
 */
import { loadScenarioFile, resolveScenarioRef } from '../../scenarios/index.js';
import type { Problem } from '../../scenarios/problem.js';
import { escapePath } from '../../text/sanitize.js';
import type { Scenario } from '../../core/scenario.js';
import { read, type NamedCommandDefinition } from '../command-definition.js';
import { EXIT_CODE, problemLines, type CommandResult } from '../command-result.js';
import { warningLines } from '../warning-lines.js';

/** Validates each file (a path, or an id in `scenariosDir`). */
export function runValidate(files: readonly string[], scenariosDir: string): CommandResult {
  const good: string[] = [];
  const loaded: Scenario[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const path = resolveScenarioRef(file, scenariosDir);
    const result = loadScenarioFile(path);
    if (result.ok) {
      good.push(`${escapePath(path)}: ok\n`);
      loaded.push(result.scenario);
    }
    // One at a time: a file may hold 260,000 problems, past what push(...list) can take as arguments.
    else for (const problem of result.problems) problems.push(problem);
  }
  return {
    stdout: good.join(''),
    stderr: problemLines(problems) + warningLines(loaded),
    exitCode: problems.length > 0 ? EXIT_CODE.invalid : EXIT_CODE.ok,
  };
}

/** What `validate` was asked. */
export interface ValidateRequest {
  readonly files: readonly string[];
}

/** `forcecalc validate` in the command table (command-table.ts). */
export const validateCommand: NamedCommandDefinition<ValidateRequest> = {
  options: [],
  operands: { min: 1, max: Infinity, what: 'one or more scenario files' },
  synopsis: ['validate <file>...'],
  summary: ['check scenario files, all errors at once'],
  help: `Usage: forcecalc validate <file>... [--scenarios DIR]

Checks each file against the scenario schema and reports every problem of every
file (file:line:col field: expected ..., got ...); prints "<file>: ok" for each
good file. A drawn line whose points look written as [latitude, longitude]
gets a warning on stderr (file:line:col: warning: ...); the file is still ok.
Exit code 1 when any file has a problem.
`,
  parse: (args) => read({ files: args.operands }),
  run: (request, scenariosDir) => runValidate(request.files, scenariosDir),
};
