import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_PROBLEM_LINES_PER_FILE, problemLines } from '../../src/cli/command-result.js';
import { parseArgs } from '../../src/cli/parse-args.js';
import { runInvocation } from '../../src/cli/run-command.js';
import { loadScenarioDir } from '../../src/scenarios/index.js';
import type { Problem } from '../../src/scenarios/problem.js';

// Hostile class: a file within the size limit that holds more problems than a function call takes
// arguments (push(...list) overflowed the stack past about 125,000: every command exited 70, and one
// such file in a folder stopped list, the overview and the UI). Any such file gives exit 1 and a
// readable report: at most MAX_PROBLEM_LINES_PER_FILE lines per file, then a count of the rest.

/** Runs a command line in-process, as the executable does, in `cwd`. */
function run(argv: readonly string[], cwd: string) {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new Error(parsed.message);
  return runInvocation(parsed.invocation, { cwd, shippedScenarios: cwd });
}

const GOOD = 'title: Good\nsectors:\n  - name: Line\n    length: 1,200 km\nexpect:\n  troops: 3,600\n';
/** 160,000 sector entries that are not sectors, in 640 KB: past what push(...list) takes (about 125,000). */
const COUNT = 160_000;
const MANY_BAD_SECTORS = `title: Bad\nsectors:\n${'- 1\n'.repeat(COUNT)}`;
const MORE = COUNT - MAX_PROBLEM_LINES_PER_FILE;
/** Each load of the file takes a second or two, more on a busy machine; a test loads it up to three times. */
const SLOW = 90_000;

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'forcecalc-many-'));
  mkdirSync(join(folder, 'scenarios'));
  writeFileSync(join(folder, 'scenarios', 'good.yaml'), GOOD);
  writeFileSync(join(folder, 'scenarios', 'many.yaml'), MANY_BAD_SECTORS);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a file of 160,000 problems', () => {
  test('validate: exit 1, the first 50 problems, then a count of the rest; no internal error', { timeout: SLOW }, () => {
    const [many, good] = [join(folder, 'scenarios', 'many.yaml'), join(folder, 'scenarios', 'good.yaml')];
    const result = run(['validate', many, good], folder);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(`${good}: ok\n`);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(MAX_PROBLEM_LINES_PER_FILE + 1);
    expect(lines[0]).toBe(`${many}:3:3 sectors[0]: expected a sector with name and length, got "1"`);
    expect(lines.at(-1)).toBe(`${many}: ${MORE.toLocaleString('en-US')} more problems not shown (the first 50 are above)`);
  });

  // The overview reads the folder as list does (loadScenarioFolder, then the same problem lines): list stands for both.
  test('in a folder: the other scenarios still load (the UI starts with them), and list and check report it', { timeout: SLOW }, () => {
    const loaded = loadScenarioDir(join(folder, 'scenarios'));
    expect(loaded.scenarios.map((scenario) => scenario.id)).toEqual(['good']);
    expect(loaded.problems).toHaveLength(COUNT);

    const scenarios = ['--scenarios', join(folder, 'scenarios')];
    const [list, check] = [['list', ...scenarios], ['check', ...scenarios]].map((argv) => run(argv, folder));
    for (const result of [list, check]) {
      expect(result?.exitCode).toBe(1);
      expect(result?.stderr).not.toMatch(/internal error/);
      expect(result?.stderr.trimEnd().split('\n')).toHaveLength(MAX_PROBLEM_LINES_PER_FILE + 1);
    }
    expect(check?.stdout).toBe('PASS good (1 expectation)\n1 passed, 0 failed, 0 without expect:, 1 invalid\n');
  });
});

describe('problem lines are capped per file', () => {
  const problemsOf = (file: string, count: number): Problem[] =>
    Array.from({ length: count }, (_, index) => ({ file, line: index + 1, column: 1, path: 'x', expected: 'y', received: 'z' }));

  test.each([
    [1, 0],
    [MAX_PROBLEM_LINES_PER_FILE, 0],
    [MAX_PROBLEM_LINES_PER_FILE + 1, 1],
    [300_000, 300_000 - MAX_PROBLEM_LINES_PER_FILE],
  ])('%d problems in one file: the shown ones, and %d counted', (count, hidden) => {
    const lines = problemLines(problemsOf('a.yaml', count)).trimEnd().split('\n');
    expect(lines).toHaveLength(Math.min(count, MAX_PROBLEM_LINES_PER_FILE) + (hidden > 0 ? 1 : 0));
    if (hidden > 0) expect(lines.at(-1)).toBe(`a.yaml: ${hidden.toLocaleString('en-US')} more ${hidden === 1 ? 'problem' : 'problems'} not shown (the first 50 are above)`);
  });

  test('each file has its own cap, and its count after all shown lines', () => {
    const text = problemLines([...problemsOf('a.yaml', 60), ...problemsOf('b.yaml', 2), ...problemsOf('c.yaml', 51)]);
    const lines = text.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('a.yaml:') && line.includes(' x: '))).toHaveLength(50);
    expect(lines.filter((line) => line.startsWith('b.yaml:'))).toHaveLength(2);
    expect(lines.slice(-2)).toEqual(['a.yaml: 10 more problems not shown (the first 50 are above)', 'c.yaml: 1 more problem not shown (the first 50 are above)']);
  });
});
