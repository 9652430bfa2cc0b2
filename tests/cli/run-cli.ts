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

export interface CliOptions {
  /** The working directory. @default FIXTURES */
  readonly cwd?: string;
  /** Variables added to the environment. */
  readonly env?: Readonly<Record<string, string>>;
}

export function runCli(args: readonly string[], options: CliOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [EXECUTABLE, ...args], {
    cwd: options.cwd ?? FIXTURES,
    env: { ...process.env, ...options.env },
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
