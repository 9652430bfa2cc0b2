/**
 * The process around the commands: guards stdout and stderr against closed
 * pipes, runs the command, writes its output once, sets the exit code. An
 * unexpected exception becomes one line and exit code 70, never a stack trace;
 * output that cannot be written (a full disk) gives exit code 74.
 * process.exitCode is set rather than process.exit() called, so buffered
 * output is not cut off.
 */
import { sanitizeText } from '../text/sanitize.js';
import { EXIT_CODE, internalError, usageError, type CommandResult } from './command-result.js';
import { CI_NOTE, overviewMode } from './interactive-terminal.js';
import { runInteractive } from './interactive.js';
import { parseArgs } from './parse-args.js';
import { runInvocation, type CommandContext } from './run-command.js';
import { terminalStyle } from './terminal-style.js';
import { ignoreClosedPipe, writeAll } from './write-output.js';

async function result(argv: readonly string[], context: CommandContext): Promise<CommandResult> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageError(parsed.message);
  if (parsed.invocation.command !== 'overview') return runInvocation(parsed.invocation, context);
  // The one place where forcecalc may take over the terminal (docs/cli.md).
  const mode = overviewMode(process.stdin, process.stdout, process.env);
  if (mode === 'interactive') return runInteractive(parsed.invocation, context);
  const plain = await runInvocation(parsed.invocation, context);
  return mode === 'plain-in-ci' ? { ...plain, stderr: CI_NOTE + plain.stderr } : plain;
}

/**
 * Runs forcecalc with `argv` (the arguments after `forcecalc`). Never rejects.
 * `uncertaintyWorker`: the built worker script of the interactive UI, if any.
 */
export async function main(argv: readonly string[], shippedScenarios: string, uncertaintyWorker?: string): Promise<void> {
  ignoreClosedPipe(process.stdout, (error) => {
    process.exitCode = EXIT_CODE.outputError;
    process.stderr.write(`forcecalc: cannot write output: ${sanitizeText(error.message)}\n`);
  });
  // Nowhere left to report a failing stderr: only the exit code says it.
  ignoreClosedPipe(process.stderr, () => {
    process.exitCode = EXIT_CODE.outputError;
  });

  let outcome: CommandResult;
  try {
    outcome = await result(argv, { cwd: process.cwd(), shippedScenarios, uncertaintyWorker, style: terminalStyle(process.env, process.stdout) });
  } catch (error) {
    outcome = internalError(error);
  }
  // The exit code first: a write that fails (whether its error comes at once or later) then sets 74 over it.
  process.exitCode = outcome.exitCode;
  writeAll(process.stdout, outcome.stdout);
  writeAll(process.stderr, outcome.stderr);
}
