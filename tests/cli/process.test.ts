// The built executable as part of a pipeline and under odd environments:
// a reader that goes away early, NO_COLOR, TERM=dumb, stdin not a terminal.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EXECUTABLE, FIXTURES, runCli, STACK_LINE } from './run-cli.js';

/** Runs `forcecalc <args> | <reader>` in bash; returns forcecalc's exit code and all stderr. */
function pipeline(args: string, reader: string): { status: string; stderr: string; stdout: string } {
  const script = `"${process.execPath}" "${EXECUTABLE}" ${args} | ${reader}; echo "forcecalc exit \${PIPESTATUS[0]}" >&2`;
  const result = spawnSync('bash', ['-c', script], { cwd: FIXTURES, encoding: 'utf8' });
  const lines = result.stderr.trimEnd().split('\n');
  return { status: lines.at(-1) ?? '', stderr: lines.slice(0, -1).join('\n'), stdout: result.stdout };
}

describe('forcecalc in a pipeline', () => {
  it.each(['', 'list', 'estimate two-sectors', 'estimate two-sectors --format json', 'compare one-line miles two-sectors --format csv'])(
    '"forcecalc %s | head -1" prints one line and exits quietly',
    (args) => {
      const run = pipeline(args, 'head -1');
      expect(run.stdout.split('\n')).toHaveLength(2);
      expect(run).toMatchObject({ status: 'forcecalc exit 0', stderr: '' });
    },
  );

  it.each(['estimate two-sectors', 'check', '--help'])('"forcecalc %s | true" (reader gone before the write: EPIPE) exits quietly', (args) => {
    expect(pipeline(args, 'true')).toEqual({ status: 'forcecalc exit 0', stderr: '', stdout: '' });
  });

  it('keeps the exit code of a failure when the reader has gone', () => {
    expect(pipeline('check --scenarios failing', 'true')).toMatchObject({ status: 'forcecalc exit 1', stderr: '' });
  });
});

describe('forcecalc and the terminal environment', () => {
  const ESCAPE = '\u001b';

  it.each([
    ['NO_COLOR=1', { NO_COLOR: '1' }],
    ['TERM=dumb', { TERM: 'dumb' }],
    ['FORCE_COLOR=3', { FORCE_COLOR: '3' }],
    ['CI=true', { CI: 'true' }],
  ])('prints the same plain text under %s', (_, env) => {
    for (const args of [[], ['estimate', 'two-sectors'], ['list'], ['check']]) {
      const plain = runCli(args);
      const run = runCli(args, { env });
      expect(run).toEqual(plain);
      expect(run.stdout).not.toContain(ESCAPE);
    }
  });

  it('reads nothing from stdin and ends when stdin is not a terminal (a closed pipe)', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${EXECUTABLE}" < /dev/null`], { cwd: FIXTURES, encoding: 'utf8', timeout: 15_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(runCli([]).stdout);
  });
});

describe('forcecalc never prints a stack trace', () => {
  it.each([
    ['bogus'],
    ['--bogus'],
    ['estimate'],
    ['estimate', 'nowhere'],
    ['estimate', 'scenarios/'],
    ['estimate', '/dev/null'],
    ['estimate', 'invalid/two-problems.yaml'],
    ['estimate', 'one-line', '--set', 'density=1e400'],
    ['estimate', 'one-line', '--set', 'density=cos.constructor("x")'],
    ['validate', '/', 'nowhere', 'invalid/wrong-unit.yaml'],
    ['check', '--scenarios', '/nonexistent'],
    ['list', '--scenarios', 'scenarios/one-line.yaml'],
  ])('%j', (...args) => {
    const run = runCli(args);
    expect([1, 2]).toContain(run.status);
    // check reports on stdout even when no file loads: its summary counts the invalid ones.
    expect(run.stdout).toBe(args[0] === 'check' ? '0 passed, 0 failed, 0 without expect:, 1 invalid\n' : '');
    expect(run.stderr).not.toBe('');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toContain('internal error');
  });
});
