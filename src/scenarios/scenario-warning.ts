import { escapePath } from '../text/sanitize.js';

/**
 * Something in a scenario that looks wrong but is not an error: the scenario
 * still loads and is estimated as written. Placed like a problem (file, line,
 * column, field), with a message that says what was seen and what to do.
 */
export interface ScenarioWarning {
  /** The file as the user named it. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  /** The field, e.g. "sectors[0].path". */
  readonly path: string;
  /** What was seen and what to do, sanitised. */
  readonly message: string;
}

/** `scenarios/x.yaml:12:11: warning: sectors[0].path: ...`, the file name escaped and cut if long (escapePath). */
export function formatWarning(warning: ScenarioWarning): string {
  return `${escapePath(warning.file)}:${warning.line}:${warning.column}: warning: ${warning.path}: ${warning.message}`;
}
