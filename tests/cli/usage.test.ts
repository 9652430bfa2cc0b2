// forcecalc on bad usage, --help and --version: in-process (run-cli.ts), but
// --version from the built executable, into which the build writes package.json's version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, spawnCli, STACK_LINE } from './run-cli.js';

const EXIT_USAGE = 2;

describe('forcecalc --help and --version', () => {
  it.each([['--help'], ['-h'], ['estimate', '--help'], ['check', '--help']])('%j prints help on stdout, exit 0', (...args) => {
    const run = runCli(args);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^(forcecalc: military-planning|Usage: forcecalc )/);
  });

  it('lists every command and option in the general help', () => {
    const { stdout } = runCli(['--help']);
    for (const word of ['list', 'estimate', 'compare', 'validate', 'check', '--scenarios', '--format', '--set', '--version', 'Exit codes']) {
      expect(stdout).toContain(word);
    }
    expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it('prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string };
    expect(spawnCli(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('forcecalc on bad usage: exit 2, what was expected, then where to read more', () => {
  it.each([
    [['frobnicate'], 'unknown command "frobnicate"; expected list, estimate, compare, map, validate, check'],
    [['list', '--frobnicate'], 'unknown option "--frobnicate"'],
    [['estimate'], 'estimate needs one scenario'],
    [['compare'], 'compare needs one or more scenarios'],
    [['validate'], 'validate needs one or more scenario files'],
    [['estimate', 'one-line', '--format', 'xml'], '--format for estimate must be table, json, csv, md or geojson; got "xml"'],
    [['list', '--format', 'md'], '--format for list must be table or json; got "md"'],
    [['estimate', 'one-line', '--set', 'density=3 kg'], '--set density: expected a density such as "3 / km", got "3 kg"'],
    [['estimate', 'one-line', '--set', 'densty=5'], 'did you mean density?'],
    [['estimate', 'one-line', '--set', 'morale=high'], '--set: expected a factor'],
    [['estimate', 'one-line', '--set'], '--set needs a value'],
  ])('%j', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(EXIT_USAGE);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`forcecalc: ${run.stderr.slice('forcecalc: '.length).split('\n')[0]}\nRun forcecalc --help for usage.\n`);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
