/**
 * The entry of the interactive UI, started (by main.ts) when stdin and stdout
 * are both terminals and no command is given. The Ink UI is a separate piece
 * of work; until it lands here, a terminal gets the same compare table as a
 * pipe. Load it here with a dynamic import(), so that Ink and React stay out
 * of the start-up of every other command (scripts/build.mjs then puts them in
 * a chunk of their own).
 */
import type { CommandResult } from './command-result.js';
import type { Invocation } from './parse-args.js';
import { runInvocation, type CommandContext } from './run-command.js';

/** Runs the no-command overview on a terminal (the interactive UI's place). */
export async function runInteractive(
  invocation: Extract<Invocation, { command: 'overview' }>,
  context: CommandContext,
): Promise<CommandResult> {
  return runInvocation(invocation, context);
}
