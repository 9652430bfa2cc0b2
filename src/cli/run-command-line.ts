/**
 * forcecalc's answer to a command line, as values: what it prints on stdout
 * and stderr and its exit code. Everything it reads of the process (the
 * working directory, the environment, whether stdin and stdout are terminals)
 * is handed in, so that tests run it in-process; main.ts hands in the real
 * ones and writes the answer.
 */
import type { CommandContext } from './command-definition.js';
import { internalError, usageError, type CommandResult } from './command-result.js';
import type { OverviewInvocation } from './command-table.js';
import { CI_NOTE, overviewMode, type MaybeTerminal, type TerminalEnvironment } from './interactive-terminal.js';
import { parseArgs } from './parse-args.js';
import { runInvocation } from './run-command.js';
import { terminalStyle } from './terminal-style.js';

/** What a run reads of the process it runs in. */
export interface Surroundings {
  /** The working directory, as process.cwd() gives it; relative paths on the command line are read from there. */
  readonly cwd: string;
  /** The scenarios folder shipped with forcecalc. */
  readonly shippedScenarios: string;
  /** The built worker script of the interactive UI, if any (src/cli.ts). */
  readonly uncertaintyWorker?: string;
  readonly env: TerminalEnvironment;
  readonly stdin: MaybeTerminal;
  readonly stdout: MaybeTerminal;
}

/**
 * The answer, or, when forcecalc is to open the interactive calculator (no
 * command, a person at both ends), what the UI needs: main.ts starts it.
 */
export type CommandLineOutcome =
  | { readonly kind: 'result'; readonly result: CommandResult }
  | { readonly kind: 'interactive'; readonly invocation: OverviewInvocation; readonly context: CommandContext };

/** Runs the arguments after `forcecalc` in `surroundings`. Never throws: a bug ends as exit code 70. */
export function runCommandLine(argv: readonly string[], surroundings: Surroundings): CommandLineOutcome {
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) return { kind: 'result', result: usageError(parsed.message) };
    const { invocation } = parsed;
    const context: CommandContext = {
      cwd: surroundings.cwd,
      shippedScenarios: surroundings.shippedScenarios,
      style: terminalStyle(surroundings.env, surroundings.stdout),
      uncertaintyWorker: surroundings.uncertaintyWorker,
    };
    if (invocation.command !== 'overview') return { kind: 'result', result: runInvocation(invocation, context) };
    // The one place where forcecalc may take over the terminal.
    const mode = overviewMode(surroundings.stdin, surroundings.stdout, surroundings.env);
    if (mode === 'interactive') return { kind: 'interactive', invocation, context };
    const plain = runInvocation(invocation, context);
    return { kind: 'result', result: mode === 'plain-in-ci' ? { ...plain, stderr: CI_NOTE + plain.stderr } : plain };
  } catch (error) {
    return { kind: 'result', result: internalError(error) };
  }
}
