import { describe, expect, it } from 'vitest';
import { interval, point } from '../../src/core/index.js';
import type { Invocation } from '../../src/cli/command-table.js';
import { parseArgs } from '../../src/cli/parse-args.js';

function expectInvocation(argv: string[], invocation: Invocation): void {
  expect(parseArgs(argv)).toEqual({ ok: true, invocation });
}

function expectUsageError(argv: string[], messagePart: string): void {
  const parsed = parseArgs(argv);
  expect(parsed.ok).toBe(false);
  if (!parsed.ok) expect(parsed.message).toContain(messagePart);
}

describe('parseArgs: commands', () => {
  it.each<[string[], Invocation]>([
    [[], { command: 'overview', scenariosDir: null }],
    [['--scenarios', 'dir'], { command: 'overview', scenariosDir: 'dir' }],
    [['list'], { command: 'list', scenariosDir: null, format: 'table' }],
    [['list', '--format', 'json'], { command: 'list', scenariosDir: null, format: 'json' }],
    [['list', '--format=json'], { command: 'list', scenariosDir: null, format: 'json' }],
    [['estimate', 'baltic'], { command: 'estimate', scenariosDir: null, ref: 'baltic', settings: { factors: {}, inputs: [] }, format: 'table' }],
    [['estimate', 'a.yaml', '--format', 'csv'], { command: 'estimate', scenariosDir: null, ref: 'a.yaml', settings: { factors: {}, inputs: [] }, format: 'csv' }],
    [
      ['--scenarios=s', 'estimate', '--set', 'density=5/km', 'x', '--set=brigadeSize=3,000..5,000', '--format', 'md'],
      { command: 'estimate', scenariosDir: 's', ref: 'x', settings: { factors: { density: point(5), brigadeSize: interval(3_000, 5_000) }, inputs: [] }, format: 'md' },
    ],
    // A later value replaces an earlier one, for --set, --format and --scenarios alike.
    [
      ['estimate', 'x', '--set', 'rotation=2', '--set', 'rotation=3', '--format', 'csv', '--format', 'json', '--scenarios', 'a', '--scenarios', 'b'],
      { command: 'estimate', scenariosDir: 'b', ref: 'x', settings: { factors: { rotation: point(3) }, inputs: [] }, format: 'json' },
    ],
    [['compare', 'a', 'b', 'c'], { command: 'compare', scenariosDir: null, refs: ['a', 'b', 'c'], format: 'table' }],
    [['compare', 'a', '--format', 'json'], { command: 'compare', scenariosDir: null, refs: ['a'], format: 'json' }],
    [['validate', 'a.yaml', 'b.yaml'], { command: 'validate', scenariosDir: null, files: ['a.yaml', 'b.yaml'] }],
    [['check'], { command: 'check', scenariosDir: null, refs: [] }],
    [['check', 'a', 'b'], { command: 'check', scenariosDir: null, refs: ['a', 'b'] }],
    // After --, a name that starts with a dash is a scenario.
    [['estimate', '--', '-odd-name'], { command: 'estimate', scenariosDir: null, ref: '-odd-name', settings: { factors: {}, inputs: [] }, format: 'table' }],
  ])('%j', (argv, invocation) => {
    expectInvocation(argv, invocation);
  });
});

describe('parseArgs: help and version win over everything but an unknown command', () => {
  it.each<[string[], Invocation]>([
    [['--help'], { command: 'help', topic: null }],
    [['-h'], { command: 'help', topic: null }],
    [['estimate', '--help'], { command: 'help', topic: 'estimate' }],
    [['check', '-h', '--bogus'], { command: 'help', topic: 'check' }],
    [['--version'], { command: 'version' }],
    [['list', '--version'], { command: 'version' }],
  ])('%j', (argv, invocation) => {
    expectInvocation(argv, invocation);
  });
});

describe('parseArgs: usage errors say what was expected', () => {
  it.each<[string[], string]>([
    [['frobnicate'], 'unknown command "frobnicate"; expected list, estimate, compare, map, validate, check'],
    [['list', '--bogus'], 'unknown option "--bogus"; expected --format, --set, --scenarios, --width, --height, '],
    [['-x'], 'unknown option "-x"'],
    [['estimate'], 'estimate needs one scenario: an id in the scenarios folder or a file; got none'],
    [['estimate', 'a', 'b'], 'estimate needs one scenario: an id in the scenarios folder or a file; got 2: "a" "b"'],
    [['estimate', ''], 'estimate needs one scenario: an id in the scenarios folder or a file; got an empty argument'],
    [['compare', 'a', ''], 'compare needs one or more scenarios: ids in the scenarios folder or files; got an empty argument'],
    // A mistyped command never exits 0, whatever else is asked.
    [['nonsense', '--help'], 'unknown command "nonsense"; expected list, estimate, compare, map, validate, check, sensitivity, sweep, solve, simulate or timeline'],
    [['nonsense', '--version'], 'unknown command "nonsense"; expected list, estimate, compare, map, validate, check, sensitivity, sweep, solve, simulate or timeline'],
    // Arguments are echoed cut to 60 characters, never whole (a 100 KB argument stays out of the message).
    [['estimate', 'a'.repeat(100_000), 'b'], `estimate needs one scenario: an id in the scenarios folder or a file; got 2: "${'a'.repeat(59)}…" "b"`],
    [[`--${'x'.repeat(100_000)}`], `unknown option "--${'x'.repeat(57)}…"; expected --format, --set, --scenarios, --width, --height, --vary, --for, --troops, --brigades, --samples, --seed, --steps, --help or --version`],
    [['list', '--format', 'y'.repeat(5_000)], `--format for list must be table or json; got "${'y'.repeat(59)}…"`],
    [['compare'], 'compare needs one or more scenarios'],
    [['validate'], 'validate needs one or more scenario files; got none'],
    [['list', 'extra'], 'list takes no arguments; got 1: "extra"'],
    [['estimate', 'a', '--format', 'xml'], '--format for estimate must be table, json, csv, md or geojson; got "xml"'],
    [['list', '--format', 'csv'], '--format for list must be table or json; got "csv"'],
    [['estimate', 'a', '--format'], '--format needs a value, e.g. --format json'],
    [['estimate', 'a', '--format='], '--format needs a value'],
    [['estimate', 'a', '--set'], '--set needs a value, e.g. --set density=5/km'],
    [['--scenarios'], '--scenarios needs a value'],
    [['compare', 'a', '--set', 'density=5'], '--set does not apply to compare; it takes --scenarios or --format'],
    [['validate', 'a', '--format', 'json'], '--format does not apply to validate; it takes only --scenarios'],
    [['--format', 'json'], '--format does not apply to forcecalc without a command'],
    [['estimate', 'a', '--set', 'density=3 kg'], '--set density: expected a density such as "3 / km", got "3 kg"'],
    [['estimate', 'a', '--set', 'densty=3'], 'did you mean density?'],
    [['estimate', 'a', '--set', 'density'], '--set: expected factor=value'],
    [['estimate', 'a', '--set', 'rotation=0.5'], '--set rotation:'],
  ])('%j', (argv, messagePart) => {
    expectUsageError(argv, messagePart);
  });
});
