import { escapePath } from '../text/sanitize.js';

/**
 * A problem in a scenario file (or a `--set` argument): where it is, which
 * field, what was expected and what was found. Loading returns all problems of
 * a file at once; the CLI and the UI render them with `formatProblem`.
 */
export interface Problem {
  /** The file as the user named it, or a pseudo-source such as "--set". */
  readonly file: string;
  /** 1-based; 0 when the problem has no position (a missing file). */
  readonly line: number;
  /** 1-based; 0 when the problem has no position. */
  readonly column: number;
  /** The field path, e.g. "sectors[1].length"; empty for the whole file. */
  readonly path: string;
  /** What was expected, e.g. 'a length such as "120 km"'. */
  readonly expected: string;
  /** What was found, quoted for display with control, escape and bidi characters escaped (never raw), e.g. '"3 kg"'. */
  readonly received: string;
}

/**
 * `scenarios/x.yaml:7:13 sectors[1].length: expected a length such as "120 km", got "3 kg"`;
 * the file name with its control characters escaped and cut if long (escapePath).
 */
export function formatProblem(problem: Problem): string {
  const file = escapePath(problem.file);
  const place = problem.line > 0 ? `${file}:${problem.line}:${problem.column}` : file;
  const field = problem.path === '' ? '' : ` ${problem.path}`;
  return `${place}${field}: expected ${problem.expected}, got ${problem.received}`;
}
