import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/cli/parse-args.js';
import { runInvocation } from '../../src/cli/run-command.js';
import { formatProblem, parseScenarioText } from '../../src/scenarios/index.js';
import { currentOverrides, factorEditorReducer, initialFactorEditorState, type FactorEditorAction } from '../../src/ui/factor-editor/factor-editor-state.js';

// Hostile class: totals past 2^53 - 1, where a count can no longer be stated exactly. Every value is
// within its own bounds; the sum over thousands of sectors, times enablers and rotation, is not.
// Refused with exit 1 wherever a total is made: the file, --set, --vary, the UI's factor editor.

function run(argv: readonly string[], cwd: string) {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new Error(parsed.message);
  return runInvocation(parsed.invocation, { cwd, shippedScenarios: cwd });
}

const CAP = '9,007,199,254,740,991 (2^53 - 1)';
/** `count` sectors of 100,000 km, each at `density` (none: the scenario's), with the factors given. */
function hugeScenario(count: number, density: number | null, factors = ''): string {
  const own = density === null ? '' : `, density: ${density}`;
  const sectors = Array.from({ length: count }, (_, index) => `  - {name: s${index}, length: 100000${own}}`).join('\n');
  return `title: Huge\nfactors:\n  brigadeSize: 3000${factors}\nsectors:\n${sectors}\n`;
}

let folder = '';
let fine = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'forcecalc-uncountable-'));
  fine = join(folder, 'fine.yaml');
  // 9,000 sectors at the scenario's 3 /km: 2,700,000,000 troops, countable; --set can take it past the cap.
  writeFileSync(fine, hugeScenario(9_000, null));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a file whose totals pass 2^53 - 1', () => {
  test.each([
    // 9,000 x 100,000 km x 100,000 /km x (1 + 10) x 10 = 9.9e15.
    ['enablers ten times the line troops, rotation 10', hugeScenario(9_000, 100_000, '\n  enablerShare: 10\n  rotation: 10'), 'committedTroops'],
    ['air cover of 1,000 packages a one-soldier brigade', hugeScenario(1_000, 100_000, '\n  airCoverPerBrigade: 1000').replace('brigadeSize: 3000', 'brigadeSize: 1'), 'airCover'],
  ])('%s: refused at sectors, naming the largest figure', (_case, text, figure) => {
    const result = parseScenarioText(text, { file: 'huge.yaml', id: 'huge' });
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^huge\\.yaml:\\d+:1 sectors: expected totals forcecalc can count exactly, at most ${CAP.replace(/[()^]/g, '\\$&')}, got ${figure} up to [\\d,]+( and \\d+ other figures?)?$`));
  });

  test('the same file with fewer sectors loads', () => {
    expect(parseScenarioText(hugeScenario(8_000, 100_000, '\n  enablerShare: 10\n  rotation: 10'), { file: 'huge.yaml', id: 'huge' }).ok).toBe(true);
  });
});

describe('--set and --vary values that take the totals past it', () => {
  const past = ['--set', 'density=100000', '--set', 'enablerShare=10', '--set', 'rotation=10'];
  test.each([['estimate'], ['sensitivity'], ['simulate', '--samples', '10'], ['solve', '--for', 'brigades', '--troops', '1000']])('%s: exit 1, naming --set', (command, ...options) => {
    const result = run([command, fine, ...options, ...past], folder);
    expect(result).toMatchObject({ exitCode: 1, stdout: '' });
    expect(result.stderr).toMatch(new RegExp(`^--set: expected totals forcecalc can count exactly, at most 9,007,199,254,740,991 \\(2\\^53 - 1\\), got committedTroops up to 9,9[\\d,]+\\n$`));
  });

  test('sweep: a --vary axis whose far end passes the cap is refused before any cell is printed', () => {
    const result = run(['sweep', fine, '--vary', 'density=1..100000', '--set', 'enablerShare=10', '--set', 'rotation=10'], folder);
    expect(result).toMatchObject({ exitCode: 1, stdout: '' });
    expect(result.stderr).toMatch(/^--set and --vary: expected totals forcecalc can count exactly/);
  });

  test("sweep: an input axis whose far end passes the cap is refused as a factor's is", () => {
    // 8,188 sectors of 100,000 km at 100,000 /km with enablers at ten times and rotation 10: 9,006.8e12
    // committed troops, countable; a last sector of 1 km grown to 100,000 km adds 1.1e12 and passes the cap.
    const edge = join(folder, 'edge.yaml');
    writeFileSync(edge, `${hugeScenario(8_188, 100_000, '\n  enablerShare: 10\n  rotation: 10')}  - {name: last one, length: 1, density: 100000}\n`);
    expect(run(['sweep', edge, '--vary', 'sector[last one].length=1..1,000:2'], folder)).toMatchObject({ exitCode: 0, stderr: '' });
    const result = run(['sweep', edge, '--vary', 'sector[last one].length=1..100,000:2'], folder);
    expect(result).toMatchObject({ exitCode: 1, stdout: '' });
    expect(result.stderr).toMatch(/^--set and --vary: expected totals forcecalc can count exactly, at most 9,007,199,254,740,991 \(2\^53 - 1\), got committedTroops up to 9,007,[\d,]+/);
  });

  test('values that stay under it run as before', () => {
    expect(run(['estimate', fine, '--set', 'density=10', '--format', 'csv'], folder)).toMatchObject({ exitCode: 0, stderr: '' });
  });
});

describe("the UI's factor editor", () => {
  test('a typed value that passes the cap is refused and the last good value kept; a step there is refused with a notice', () => {
    const result = parseScenarioText(hugeScenario(9_000, null, '\n  enablerShare: 10\n  rotation: 10'), { file: 'x.yaml', id: 'x' });
    if (!result.ok) return expect.fail(result.problems.map(formatProblem).join('\n'));
    const opened = factorEditorReducer(initialFactorEditorState, { type: 'open', scenario: result.scenario });
    const typed = (['startEntry', 'typeEntry', 'applyEntry'] as const).map((type): FactorEditorAction => (type === 'typeEntry' ? { type, text: '100000' } : { type }));
    const state = typed.reduce(factorEditorReducer, opened);
    expect(state.entry?.error?.expected).toMatch(/^totals forcecalc can count exactly/);
    expect(currentOverrides(state)).toEqual({});

    const near = factorEditorReducer(opened, { type: 'startEntry' });
    // 9,000 x 100,000 km x 110 = 9.9e10 troops per 1 /km: 90,981 /km is the last whole density under the cap.
    const atNinety = [{ type: 'typeEntry', text: '90981' } as const, { type: 'applyEntry' } as const].reduce(factorEditorReducer, near);
    expect(currentOverrides(atNinety)).toEqual({ density: { min: 90_981, max: 90_981 } });
    const stepped = factorEditorReducer(atNinety, { type: 'stepUp' });
    expect(stepped.notice).toMatchObject({ factor: 'density', direction: 'up', uncountable: expect.stringMatching(/^committedTroops up to /) });
    expect(currentOverrides(stepped)).toEqual(currentOverrides(atNinety));
  });
});
