/**
 * What a command produces: the whole of stdout and stderr as strings and the
 * exit code. Commands build their output completely before anything is
 * written, so a failure never leaves half a report on stdout.
 */
import { escapePath, sanitizeText } from '../text/sanitize.js';
import { formatProblem, type Problem } from '../scenarios/problem.js';

/**
 * The exit codes: 0, 1 and 2 of the command-line contract (docs/cli.md); 70 (sysexits'
 * EX_SOFTWARE) for a bug in forcecalc; 74 (EX_IOERR) when the output could
 * not be written.
 */
export const EXIT_CODE = {
  ok: 0,
  /** An invalid scenario, a failed `check`, or a run refused as too large (a simulation over its memory budget). */
  invalid: 1,
  /** Bad usage: an unknown command or option, a missing argument, a bad value. */
  usage: 2,
  /** A bug in forcecalc: an exception nothing else caught. */
  internalError: 70,
  /** stdout or stderr refused the output (a full disk, an I/O error); a reader that closed the pipe is not one. */
  outputError: 74,
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

/**
 * Lines printed for one file's problems at most; the rest are counted. A 1 MiB
 * file can hold 260,000 problems, and no one reads past the first few dozen:
 * they are usually one mistake repeated.
 */
export const MAX_PROBLEM_LINES_PER_FILE = 50;

/**
 * Problems as lines for stderr, one each, at most MAX_PROBLEM_LINES_PER_FILE
 * per file followed by a count of the rest (sanitised: a file name can hold
 * escape sequences too).
 */
export function problemLines(problems: readonly Problem[]): string {
  const shownByFile = new Map<string, number>();
  const hiddenByFile = new Map<string, number>();
  const lines: string[] = [];
  for (const problem of problems) {
    const shown = shownByFile.get(problem.file) ?? 0;
    if (shown < MAX_PROBLEM_LINES_PER_FILE) {
      shownByFile.set(problem.file, shown + 1);
      lines.push(`${sanitizeText(formatProblem(problem))}\n`);
    } else {
      hiddenByFile.set(problem.file, (hiddenByFile.get(problem.file) ?? 0) + 1);
    }
  }
  for (const [file, hidden] of hiddenByFile) {
    const more = `${hidden.toLocaleString('en-US')} more ${hidden === 1 ? 'problem' : 'problems'}`;
    lines.push(`${escapePath(file)}: ${more} not shown (the first ${MAX_PROBLEM_LINES_PER_FILE} are above)\n`);
  }
  return lines.join('');
}

/** Invalid scenarios: the problems on stderr, nothing on stdout, exit code 1. */
export function invalidScenarios(problems: readonly Problem[]): CommandResult {
  return { stdout: '', stderr: problemLines(problems), exitCode: EXIT_CODE.invalid };
}

/**
 * A folder or a list of files where some did not load: the report of those
 * that did on stdout, each bad file's problems on stderr, exit code 1 when
 * there is any problem (so a script still knows the report is not the whole
 * folder), 0 otherwise.
 */
export function withInvalidFiles(stdout: string, problems: readonly Problem[]): CommandResult {
  return { stdout, stderr: problemLines(problems), exitCode: problems.length > 0 ? EXIT_CODE.invalid : EXIT_CODE.ok };
}

/** A valid request forcecalc will not run (a simulation that would not fit its memory): the reason, exit code 1. */
export function refused(command: string, reason: string): CommandResult {
  return { stdout: '', stderr: `forcecalc ${command}: ${sanitizeText(reason)}\n`, exitCode: EXIT_CODE.invalid };
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
