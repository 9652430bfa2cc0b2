/**
 * How forcecalc may draw on this terminal, decided once from the environment
 * and stdout, here in the CLI: the printers and the UI take the decision as
 * options and never read the environment themselves.
 *
 * Colour, in this order (the first rule that applies wins):
 * - FORCE_COLOR set: off for "0" or "false", on for anything else (even on a pipe);
 * - NO_COLOR set to anything but "" (no-color.org): off;
 * - TERM=dumb: off;
 * - CI or CONTINUOUS_INTEGRATION set, but not to "0" or "false": off (a CI log
 *   is no terminal, whatever it says; the rule of isContinuousIntegration);
 * - stdout not a terminal (a pipe, a file): off;
 * - otherwise on.
 *
 * Unicode (braille maps, the ellipsis): off only for TERM=dumb, whose
 * terminals draw one ASCII character a cell.
 */
import { isContinuousIntegration, type MaybeTerminal, type TerminalEnvironment } from './interactive-terminal.js';

/** The decision: colour escape sequences allowed, and characters beyond ASCII. */
export interface TerminalStyle {
  readonly colour: boolean;
  readonly unicode: boolean;
}

/** Plain output: no colour, Unicode allowed; what a command gets when nothing was decided. */
export const PLAIN_STYLE: TerminalStyle = { colour: false, unicode: true };

const isSet = (value: string | undefined): value is string => value !== undefined && value !== '';

/** Decides colour and Unicode for output to `stdout` under `env`. */
export function terminalStyle(env: TerminalEnvironment, stdout: MaybeTerminal): TerminalStyle {
  const unicode = env.TERM !== 'dumb';
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) return { colour: forced !== '0' && forced.toLowerCase() !== 'false', unicode };
  const colour = !isSet(env.NO_COLOR) && env.TERM !== 'dumb' && !isContinuousIntegration(env) && Boolean(stdout.isTTY);
  return { colour, unicode };
}
