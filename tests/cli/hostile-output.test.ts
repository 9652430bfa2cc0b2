// Hostile class: output that cannot be written. A full disk or an I/O error on stdout or stderr ends
// with exit code 74 (sysexits' EX_IOERR), never 70, which stays "a bug in forcecalc"; a reader that
// closes the pipe is no error (process.test.ts). Only a process shows this: it is run as a user does.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXIT_CODE } from '../../src/cli/command-result.js';
import { EXECUTABLE, FIXTURES, STACK_LINE, testEnvironment } from './run-cli.js';

/** Runs forcecalc with stdout or stderr (or both) on /dev/full, where every write fails with ENOSPC. */
function runOnFullDisk(args: readonly string[], full: 'stdout' | 'stderr' | 'both') {
  const device = openSync('/dev/full', 'w');
  try {
    const result = spawnSync(process.execPath, [EXECUTABLE, ...args], {
      cwd: FIXTURES,
      env: testEnvironment(),
      encoding: 'utf8',
      stdio: ['pipe', full === 'stderr' ? 'pipe' : device, full === 'stdout' ? 'pipe' : device],
      timeout: 15_000,
    });
    return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  } finally {
    closeSync(device);
  }
}

describe.runIf(existsSync('/dev/full'))('output to a full disk', () => {
  test.each([['list'], ['estimate', 'two-sectors', '--format', 'json'], ['--help'], ['check']])('forcecalc %s > /dev/full: one clear line, exit 74', (...args) => {
    const run = runOnFullDisk(args, 'stdout');
    expect(run.status).toBe(EXIT_CODE.outputError);
    expect(run.stderr).toBe('forcecalc: cannot write output: ENOSPC: no space left on device, write\n');
  });

  test.each([['estimate', 'nowhere'], ['bogus']])('forcecalc %s 2> /dev/full: the error cannot be said, exit 74 says output failed', (...args) => {
    const run = runOnFullDisk(args, 'stderr');
    expect(run.status).toBe(EXIT_CODE.outputError);
    expect(run.stdout).toBe('');
  });

  test('both on a full disk: exit 74, no crash', () => {
    const run = runOnFullDisk(['list'], 'both');
    expect(run.status).toBe(EXIT_CODE.outputError);
  });

  test('the message is one line, never a stack trace', () => {
    const run = runOnFullDisk(['estimate', 'two-sectors'], 'stdout');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
