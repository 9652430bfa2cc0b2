/**
 * The one decision between the interactive UI and plain output: forcecalc may
 * take over the terminal only when a person is at both ends, that is when
 * stdin and stdout are both TTYs, and the environment does not say it is a
 * CI job. A pipe, a file or CI gets plain text.
 */

/** The part of a stream this decision reads (`isTTY` is undefined on a pipe). */
export interface MaybeTerminal {
  readonly isTTY?: boolean;
}

/** The environment variables the decision reads (process.env, or a test's own). */
export type TerminalEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * True when CI or CONTINUOUS_INTEGRATION is set to anything but "0" or "false":
 * the rule Ink itself applies (its is-in-ci dependency). Under it Ink draws
 * nothing until it exits, so a UI started there would show a blank screen and
 * wait for keys no one types; forcecalc prints plain output instead.
 */
export function isContinuousIntegration(env: TerminalEnvironment): boolean {
  return [env.CI, env.CONTINUOUS_INTEGRATION].some(
    // Exactly "0" and "false", as is-in-ci compares them: CI=FALSE is CI to Ink, so it is here too.
    (value) => value !== undefined && value !== '0' && value !== 'false',
  );
}

/**
 * How `forcecalc` with no command answers: the interactive UI, the plain
 * overview, or the plain overview with a note that CI kept the UI closed
 * (both ends are terminals, so a person may be wondering why).
 */
export type OverviewMode = 'interactive' | 'plain' | 'plain-in-ci';

export function overviewMode(stdin: MaybeTerminal, stdout: MaybeTerminal, env: TerminalEnvironment): OverviewMode {
  if (stdin.isTTY !== true || stdout.isTTY !== true) return 'plain';
  return isContinuousIntegration(env) ? 'plain-in-ci' : 'interactive';
}

/** The note on stderr for 'plain-in-ci'. */
export const CI_NOTE =
  'forcecalc: CI is set, so the interactive calculator stays closed; unset CI (and CONTINUOUS_INTEGRATION) to open it.\n';
