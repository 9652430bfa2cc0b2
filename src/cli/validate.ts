/**
 * `forcecalc validate <file>...`: every problem of every file on stderr, and
 * "<file>: ok" on stdout for each good file. Exit code 1 when any file has a
 * problem.
 */
import { escapePath } from '../text/sanitize.js';
import { loadScenarioFile, resolveScenarioRef } from '../scenarios/index.js';
import type { Problem } from '../scenarios/problem.js';
import { EXIT_CODE, problemLines, type CommandResult } from './command-result.js';

/** Validates each file (a path, or an id in `scenariosDir`). */
export function runValidate(files: readonly string[], scenariosDir: string): CommandResult {
  const good: string[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const path = resolveScenarioRef(file, scenariosDir);
    const result = loadScenarioFile(path);
    if (result.ok) good.push(`${escapePath(path)}: ok\n`);
    // One at a time: a file may hold 260,000 problems, past what push(...list) can take as arguments.
    else for (const problem of result.problems) problems.push(problem);
  }
  return {
    stdout: good.join(''),
    stderr: problemLines(problems),
    exitCode: problems.length > 0 ? EXIT_CODE.invalid : EXIT_CODE.ok,
  };
}
