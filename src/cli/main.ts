/**
 * The process around the commands: guards stdout and stderr against closed
 * pipes, runs the command line (run-command-line.ts) or the interactive
 * calculator, writes the output once, sets the exit code. An unexpected
 * exception becomes one line and exit code 70, never a stack trace; output
 * that cannot be written (a full disk) gives exit code 74. process.exitCode
 * is set rather than process.exit() called, so buffered output is not cut
 * off. The only file of src/cli that touches `process`.
 */
import { sanitizeText } from '../text/sanitize.js';
import { EXIT_CODE, internalError, type CommandResult } from './command-result.js';
import { runInteractive } from './interactive.js';
import { runCommandLine } from './run-command-line.js';
import { ignoreClosedPipe, writeAll } from './write-output.js';

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

  const outcome = runCommandLine(argv, {
    cwd: process.cwd(),
    shippedScenarios,
    uncertaintyWorker,
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
  });
  let result: CommandResult;
  if (outcome.kind === 'result') {
    result = outcome.result;
  } else {
    try {
      result = await runInteractive(outcome.invocation, outcome.context);
    } catch (error) {
      result = internalError(error);
    }
  }
  // The exit code first: a write that fails (whether its error comes at once or later) then sets 74 over it.
  process.exitCode = result.exitCode;
  writeAll(process.stdout, result.stdout);
  writeAll(process.stderr, result.stderr);
}
