// main() in-process, for what the built executable cannot be made to do on
// purpose: a bug (an exception escaping a command) must end as one line on
// stderr and exit code 70, never a stack trace, never partial stdout.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/cli/run-command.js', () => ({
  runInvocation: () => {
    throw new TypeError('Cannot read properties of undefined (reading "min")');
  },
}));

const { main } = await import('../../src/cli/main.js');

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('main', () => {
  it('turns an unexpected exception into one line and exit code 70', async () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await main(['list'], '/nowhere');
    const exitCode = process.exitCode;
    process.exitCode = undefined;
    expect(exitCode).toBe(70);
    expect(stdout).not.toHaveBeenCalled();
    expect(stderr.mock.calls).toEqual([['forcecalc: internal error: Cannot read properties of undefined (reading "min")\n']]);
  });

  it('still reports bad usage as bad usage (exit code 2)', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await main(['--bogus'], '/nowhere');
    const exitCode = process.exitCode;
    process.exitCode = undefined;
    expect(exitCode).toBe(2);
    expect(String(stderr.mock.calls[0]?.[0])).toMatch(/^forcecalc: unknown option "--bogus"/);
  });
});
