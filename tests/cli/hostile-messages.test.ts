import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/cli/parse-args.js';
import { runInvocation } from '../../src/cli/run-command.js';
import { formatProblem, loadScenarioDir, loadScenarioFile } from '../../src/scenarios/index.js';
import { escapePath, MAX_SHOWN_PATH_LENGTH } from '../../src/text/sanitize.js';

// Hostile class: what a message echoes. Nothing long is echoed whole, a control character in a file
// name is escaped (never stripped, which names a file that does not exist), a name that is not UTF-8
// is reported as such, a NUL in a path is a plain problem, and `check` always ends with a summary.

function run(argv: readonly string[], cwd: string) {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new Error(parsed.message);
  return runInvocation(parsed.invocation, { cwd, shippedScenarios: cwd });
}

const GOOD = 'title: Good\nsectors:\n  - name: Line\n    length: 1,200 km\n';
// eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'forcecalc-messages-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('long arguments are cut', () => {
  const long = 'a'.repeat(100_000);
  test.each([
    ['a scenario file', ['estimate', `${long}.yaml`]],
    ['an id', ['estimate', long]],
    ['a file to validate', ['validate', `x/${long}`]],
    ['the scenarios folder', ['list', '--scenarios', long]],
  ])('%s of 100 KB: a message of a few hundred characters that says why', (_what, argv) => {
    const result = run(argv, folder);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.length).toBeLessThan(400);
    expect(result.stderr).toMatch(/…a+(\.yaml)?: expected .*, got a name too long for the file system \(ENAMETOOLONG\)\n$/);
  });

  test('escapePath keeps the end of a long name, where the file name is', () => {
    const shown = escapePath(`/${'d'.repeat(500)}/line.yaml`);
    expect(Array.from(shown)).toHaveLength(MAX_SHOWN_PATH_LENGTH);
    expect(shown).toMatch(/^…d+\/line\.yaml$/);
    expect(escapePath('🛰'.repeat(200))).toBe(`…${'🛰'.repeat(MAX_SHOWN_PATH_LENGTH - 1)}`);
  });
});

describe('control characters in file names are escaped in every message', () => {
  // ESC (a screen clear), BEL, a C1 CSI, a bidi override, a line feed: each shown as \uXXXX.
  test.each([
    ['\u001b[2J', '\\u001b[2J'],
    ['\u0007', '\\u0007'],
    ['\u009b2J', '\\u009b2J'],
    ['\u202e', '\\u202e'],
    ['\n', '\\u000a'],
  ])('%j in the name', (control, escaped) => {
    const dir = join(folder, `names-${escaped.replace(/\W/g, '')}`);
    mkdirSync(dir);
    const good = join(dir, `good${control}.yaml`);
    const bad = join(dir, `bad${control}.yaml`);
    writeFileSync(good, GOOD);
    writeFileSync(bad, 'title: Bad\nsectors: []\n');
    const missing = join(dir, `missing${control}.yaml`);
    const shown = (path: string) => path.replace(control, escaped);

    const validate = run(['validate', good, bad, missing], folder);
    expect(validate.stdout).toBe(`${shown(good)}: ok\n`);
    expect(validate.stderr).toContain(`${shown(bad)}:2:10 sectors:`);
    expect(validate.stderr).toContain(`${shown(missing)}: expected a scenario file, got no such file`);

    const check = run(['check', '--scenarios', dir], folder);
    expect(check.stderr).toContain(`${shown(bad)}:2:10`);
    const empty = join(dir, `empty${control}`);
    mkdirSync(empty);
    expect(run(['check', '--scenarios', empty], folder).stdout).toBe(`No scenarios in ${shown(empty)}.\n`);
    for (const text of [validate.stdout, validate.stderr, check.stdout, check.stderr]) expect(text).not.toMatch(RAW_CONTROL);
  });
});

describe('a name that is not UTF-8', () => {
  test.runIf(process.platform === 'linux')('in a folder: reported as such, with its bytes, not as "no such file"', () => {
    const dir = join(folder, 'latin1');
    mkdirSync(dir);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.yaml')]), GOOD);
    writeFileSync(join(dir, 'good.yaml'), GOOD);
    const loaded = loadScenarioDir(dir);
    expect(loaded.scenarios.map((scenario) => scenario.id)).toEqual(['good']);
    expect(loaded.problems.map(formatProblem)).toEqual([`${dir}/caf\\xE9.yaml: expected a file name in UTF-8 (rename the file), got bytes that are not UTF-8`]);
  });

  test('as an argument (Node reads it with U+FFFD): the message says what the name may have been', () => {
    const result = loadScenarioFile(join(folder, 'caf\uFFFD.yaml'));
    expect(result.ok ? '' : formatProblem(result.problems[0]!)).toMatch(/got no such file \(the name holds U\+FFFD: was it a name that is not UTF-8\?\)$/);
  });
});

describe('a NUL in a path', () => {
  test('a geojson: path with a NUL is a problem of the field, not a Node error', () => {
    const file = join(folder, 'nul.yaml');
    writeFileSync(file, 'title: t\nsectors:\n  - name: a\n    geojson: "line\\0.geojson"\n');
    const result = loadScenarioFile(file);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toEqual([`${file}:4:14 sectors[0].geojson: expected a GeoJSON file name without a NUL character, got a name with one at ${folder}/line\\u0000.geojson`]);
  });
});

describe('check over a folder where every file is invalid', () => {
  test('ends with a summary line that counts them', () => {
    const dir = join(folder, 'all-invalid');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.yaml'), 'title: A\nsectors: []\n');
    writeFileSync(join(dir, 'b.yaml'), 'title: B\n');
    const result = run(['check', '--scenarios', dir], folder);
    expect(result).toMatchObject({ exitCode: 1, stdout: '0 passed, 0 failed, 0 without expect:, 2 invalid\n' });
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(2);
  });
});
