/**
 * The one decision between the interactive UI and plain output: forcecalc may
 * take over the terminal only when a person is at both ends, that is when
 * stdin and stdout are both TTYs. A pipe, a file or CI gets plain text.
 */

/** The part of a stream this decision reads (`isTTY` is undefined on a pipe). */
export interface MaybeTerminal {
  readonly isTTY?: boolean;
}

/** True when stdin and stdout are both terminals. */
export function isInteractiveTerminal(stdin: MaybeTerminal, stdout: MaybeTerminal): boolean {
  return Boolean(stdin.isTTY) && Boolean(stdout.isTTY);
}
