/**
 * Runs the built executable as a user would (`node dist/forcecalc.mjs ...`),
 * with stdin a pipe (not a TTY), and returns what it printed and its exit
 * code. tests/cli/global-setup.ts builds dist/ first when it is stale.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXECUTABLE = fileURLToPath(new URL('../../dist/forcecalc.mjs', import.meta.url));
/** The CLI fixtures; its `scenarios/` folder is the default folder when a test runs here. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));

export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

/**
 * The variables that decide colour and the interactive mode: the test run's
 * own (CI sets CI=true, a developer may set NO_COLOR) are removed, so that a
 * test sees what it sets and nothing else.
 */
export const TERMINAL_VARIABLES = ['CI', 'CONTINUOUS_INTEGRATION', 'FORCE_COLOR', 'NO_COLOR'] as const;

/** process.env without TERMINAL_VARIABLES. */
export function testEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of TERMINAL_VARIABLES) delete env[name];
  return env;
}

export interface CliOptions {
  /** The working directory. @default FIXTURES */
  readonly cwd?: string;
  /** Variables added to the environment (which has none of TERMINAL_VARIABLES unless given here). */
  readonly env?: Readonly<Record<string, string>>;
}

export function runCli(args: readonly string[], options: CliOptions = {}): CliRun {
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
