/**
 * What a command produces: the whole of stdout and stderr as strings and the
 * exit code. Commands build their output completely before anything is
 * written, so a failure never leaves half a report on stdout.
 */
import { sanitizeText } from '../text/sanitize.js';
import { formatProblem, type Problem } from '../scenarios/problem.js';

/** Exit codes of docs/cli.md, and 70 (EX_SOFTWARE) for a bug in forcecalc. */
export const EXIT_CODE = {
  ok: 0,
  /** An invalid scenario, or a failed `check`. */
  invalid: 1,
  /** Bad usage: an unknown command or option, a missing argument, a bad value. */
  usage: 2,
  internalError: 70,
} as const;
/** One of EXIT_CODE's values. */
export type ExitCode = (typeof EXIT_CODE)[keyof typeof EXIT_CODE];

/** A finished command: everything it prints, and how the process ends. */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  /** One of EXIT_CODE, or 128 + a signal's number when the interactive UI was ended by one. */
  readonly exitCode: ExitCode | number;
}

/** Output on stdout, exit code 0. */
export function success(stdout: string): CommandResult {
  return { stdout, stderr: '', exitCode: EXIT_CODE.ok };
}

/** Problems as lines for stderr, one each (sanitised: a file name can hold escape sequences too). */
export function problemLines(problems: readonly Problem[]): string {
  return problems.map((problem) => `${sanitizeText(formatProblem(problem))}\n`).join('');
}

/** Invalid scenarios: the problems on stderr, nothing on stdout, exit code 1. */
export function invalidScenarios(problems: readonly Problem[]): CommandResult {
  return { stdout: '', stderr: problemLines(problems), exitCode: EXIT_CODE.invalid };
}

/** Bad usage: what was expected, then where to read more; exit code 2. */
export function usageError(message: string): CommandResult {
  return { stdout: '', stderr: `forcecalc: ${sanitizeText(message)}\nRun forcecalc --help for usage.\n`, exitCode: EXIT_CODE.usage };
}

/** A bug in forcecalc: one line, no stack trace, exit code 70. */
export function internalError(error: unknown): CommandResult {
  const message = error instanceof Error ? error.message : String(error);
  return { stdout: '', stderr: `forcecalc: internal error: ${sanitizeText(message)}\n`, exitCode: EXIT_CODE.internalError };
}
