// `forcecalc validate` and `forcecalc check`, run in-process (run-cli.ts) in tests/fixtures/cli.
import { describe, expect, it } from 'vitest';
import { linesOf, runCli, STACK_LINE } from './run-cli.js';

describe('forcecalc validate', () => {
  it('prints "file: ok" for each good file', () => {
    expect(runCli(['validate', 'scenarios/one-line.yaml', 'scenarios/miles.yaml'])).toEqual({
      status: 0,
      stdout: 'scenarios/one-line.yaml: ok\nscenarios/miles.yaml: ok\n',
      stderr: '',
    });
  });

  it('reports every problem of every file at once, with file:line:col, and exits 1', () => {
    const run = runCli(['validate', 'invalid/wrong-unit.yaml', 'scenarios/one-line.yaml', 'invalid/two-problems.yaml']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('scenarios/one-line.yaml: ok\n');
    const problems = linesOf(run.stderr);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe('invalid/wrong-unit.yaml:8:13 sectors[1].length: expected a length such as "120 km", got "3 kg"');
    expect(problems[1]).toMatch(/^invalid\/two-problems\.yaml:6:13 sectors\[0\]\.length: expected .*, got "-5 km"$/);
    expect(problems[2]).toMatch(/^invalid\/two-problems\.yaml:7:1: expected .*, got "colour"$/);
  });

  it.each([
    ['a missing file', 'nowhere.yaml'],
    ['a directory', 'scenarios/'],
  ])('reports %s without a stack trace', (_, file) => {
    const run = runCli(['validate', file]);
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(run.stderr).toMatch(new RegExp(`^${file.replace('.', '\\.')}: expected `));
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('forcecalc check', () => {
  it('passes every scenario of the folder when none is named', () => {
    expect(runCli(['check'])).toEqual({
      status: 0,
      stdout: 'PASS miles (3 expectations)\nPASS one-line (3 expectations)\nPASS two-sectors (5 expectations)\n3 passed, 0 failed, 0 without expect:\n',
      stderr: '',
    });
  });

  it('fails with each mismatch, expected against got, and exits 1', () => {
    const run = runCli(['check', '--scenarios', 'failing']);
    expect(run.status).toBe(1);
    // 1,200 km at 3 /km needs 1..2 brigades; the file expects 2..3.
    expect(run.stdout).toBe(
      'PASS one-line (3 expectations)\nFAIL wrong-brigades (1 of 2 expectations not met)\n  brigades: expected 2..3 brigades, got 1..2 brigades\n1 passed, 1 failed, 0 without expect:\n',
    );
    expect(run.stderr).toBe('');
  });

  it('checks only the scenarios named', () => {
    const run = runCli(['check', 'one-line', 'failing/one-line.yaml']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(linesOf(run.stdout)).toEqual(['PASS one-line (3 expectations)', 'PASS one-line (3 expectations)', '2 passed, 0 failed, 0 without expect:']);
  });

  it('reports an invalid scenario on stderr and exits 1', () => {
    const run = runCli(['check', 'one-line', 'invalid/wrong-unit.yaml']);
    expect(run.status).toBe(1);
    expect(linesOf(run.stdout)).toEqual(['PASS one-line (3 expectations)', '1 passed, 0 failed, 0 without expect:, 1 invalid']);
    expect(run.stderr).toMatch(/^invalid\/wrong-unit\.yaml:8:13 /);
  });

  it('says which scenarios have no expect: block, without failing', () => {
    const run = runCli(['check', 'hostile/hostile-names.yaml']);
    expect(run).toMatchObject({ status: 0, stdout: 'SKIP hostile-names: no expect: block\n0 passed, 0 failed, 1 without expect:\n' });
  });
});
