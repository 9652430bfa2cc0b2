// The command runner with its surroundings handed in: when it leaves the
// terminal to the interactive calculator, when CI keeps it closed, and that
// colour is decided from the environment and stdout it is given.
import { describe, expect, it } from 'vitest';
import { CI_NOTE } from '../../src/cli/interactive-terminal.js';
import { runCommandLine, type Surroundings } from '../../src/cli/run-command-line.js';
import { FIXTURES, runCli, SHIPPED } from './run-cli.js';

const TERMINAL = { isTTY: true } as const;
const PIPE = { isTTY: false } as const;
const surroundings = (parts: Partial<Surroundings>): Surroundings => ({ cwd: FIXTURES, shippedScenarios: SHIPPED, env: {}, stdin: PIPE, stdout: PIPE, ...parts });

describe('runCommandLine', () => {
  it('leaves the terminal to the interactive calculator with no command and a person at both ends', () => {
    const outcome = runCommandLine(['--scenarios', 'elsewhere'], surroundings({ stdin: TERMINAL, stdout: TERMINAL }));
    expect(outcome).toMatchObject({ kind: 'interactive', invocation: { command: 'overview', scenariosDir: 'elsewhere' }, context: { cwd: FIXTURES } });
  });

  it.each([
    ['stdin a pipe', { stdout: TERMINAL }],
    ['stdout a pipe', { stdin: TERMINAL }],
  ])('prints the overview with %s', (_name, ends) => {
    expect(runCommandLine([], surroundings(ends))).toMatchObject({ kind: 'result', result: { exitCode: 0, stderr: '' } });
  });

  it('prints the overview with a note when CI is set, even between terminals', () => {
    const outcome = runCommandLine([], surroundings({ stdin: TERMINAL, stdout: TERMINAL, env: { CI: 'true' } }));
    expect(outcome.kind).toBe('result');
    if (outcome.kind === 'result') expect(outcome.result.stderr).toBe(CI_NOTE);
  });

  it('never opens the calculator for a command or --help, even between terminals', () => {
    for (const argv of [['list'], ['--help'], ['estimate', 'one-line']]) {
      expect(runCommandLine(argv, surroundings({ stdin: TERMINAL, stdout: TERMINAL })).kind).toBe('result');
    }
  });

  it('colours the map from the environment and stdout it is given, not from the process', () => {
    const map = ['map', 'drawn/two-lines.yaml', '--width', '48', '--height', '14'];
    const coloured = runCli(map, { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[36m');
    expect(runCli(map).stdout).not.toContain('\u001b[');
  });

  it('turns an exception into exit code 70 and one line, never a throw', () => {
    const outcome = runCommandLine(['list'], surroundings({ cwd: FIXTURES, env: new Proxy({}, { get: () => { throw new Error('boom'); } }) }));
    expect(outcome).toEqual({ kind: 'result', result: { stdout: '', stderr: 'forcecalc: internal error: boom\n', exitCode: 70 } });
  });
});
