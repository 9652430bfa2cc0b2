/**
 * Two ways to run forcecalc in a test:
 * - runCli: in-process, through the command runner (src/cli/run-command-line.ts),
 *   which returns stdout, stderr and the exit code as values. The environment
 *   is handed in, stdin and stdout are not terminals. What most tests use.
 * - spawnCli: the built executable as a user runs it (`node dist/forcecalc.mjs`),
 *   for what only a process shows: exit codes through the real entry,
 *   environment variables, the bundle. tests/cli/global-setup.ts builds dist/
 *   first when it is stale.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommandLine } from '../../src/cli/run-command-line.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXECUTABLE = fileURLToPath(new URL('../../dist/forcecalc.mjs', import.meta.url));
/** The CLI fixtures; its `scenarios/` folder is the default folder when a test runs here. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
/** The scenarios shipped with forcecalc, as the executable finds them beside itself. */
export const SHIPPED = join(ROOT, 'scenarios');

export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

export interface CliOptions {
  /** The working directory. @default FIXTURES */
  readonly cwd?: string;
  /** The environment variables forcecalc sees (in-process: these alone; spawned: added to testEnvironment()). */
  readonly env?: Readonly<Record<string, string>>;
}

const NOT_A_TERMINAL = { isTTY: false } as const;

/**
 * Runs forcecalc in-process as `forcecalc <args>` run in `options.cwd` with
 * stdin and stdout pipes. The loaders read relative paths from the process's
 * working directory, as the executable does; so the run moves there and back
 * (which needs a child-process pool: vitest.config.ts uses forks). The run is
 * synchronous, so nothing else in this worker sees the move.
 */
export function runCli(args: readonly string[], options: CliOptions = {}): CliRun {
  const cwd = options.cwd ?? FIXTURES;
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const outcome = runCommandLine(args, { cwd, shippedScenarios: SHIPPED, env: { ...options.env }, stdin: NOT_A_TERMINAL, stdout: NOT_A_TERMINAL });
    if (outcome.kind !== 'result') throw new Error('runCli: the interactive calculator needs terminals; tests/e2e drives it in tmux');
    return { stdout: outcome.result.stdout, stderr: outcome.result.stderr, status: outcome.result.exitCode };
  } finally {
    process.chdir(previous);
  }
}

/**
 * The variables that decide colour and the interactive mode: the test run's
 * own (CI sets CI=true, a developer may set NO_COLOR) are removed, so that a
 * spawned forcecalc sees what the test sets and nothing else.
 */
export const TERMINAL_VARIABLES = ['CI', 'CONTINUOUS_INTEGRATION', 'FORCE_COLOR', 'NO_COLOR'] as const;

/** process.env without TERMINAL_VARIABLES. */
export function testEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of TERMINAL_VARIABLES) delete env[name];
  return env;
}

/** Runs the built executable with stdin a pipe (not a TTY); returns what it printed and its exit code. */
export function spawnCli(args: readonly string[], options: CliOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [EXECUTABLE, ...args], {
    cwd: options.cwd ?? FIXTURES,
    env: { ...testEnvironment(), ...options.env },
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 15_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** The lines of a text, without the final newline. */
export function linesOf(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

/** A stack trace line, as Node prints one ("    at main (file:...)"). */
export const STACK_LINE = /^\s+at .+[(:]/m;
