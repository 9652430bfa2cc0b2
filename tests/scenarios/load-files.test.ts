import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem, loadScenarioDir, loadScenarioFile, resolveScenarioRef } from '../../src/scenarios/index.js';

const root = mkdtempSync(join(tmpdir(), 'forcecalc-load-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const VALID = 'title: T\nsectors:\n  - name: A\n    length: 100 km\n';

/** Writes `content` to `name` under a fresh folder and returns the path. */
function file(name: string, content: string | Buffer, folder = mkdtempSync(join(root, 'f-'))): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

function messages(path: string): string[] {
  const result = loadScenarioFile(path);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('loadScenarioFile', () => {
  test('the id is the base name; problems carry the path as given', () => {
    const path = file('baltic-line.yaml', VALID);
    expect(loadScenarioFile(path)).toMatchObject({ ok: true, scenario: { id: 'baltic-line', title: 'T' } });
    const bad = file('x.yaml', 'title: T\nsectors:\n  - name: A\n    length: 3 kg\n');
    expect(messages(bad)).toEqual([`${bad}:4:13 sectors[0].length: expected a length such as "120 km", got "3 kg"`]);
  });

  test.each([['.yml'], ['.json']])('a %s file', (extension) => {
    const content = extension === '.json' ? JSON.stringify({ title: 'T', sectors: [{ name: 'A', length: 100 }] }) : VALID;
    expect(loadScenarioFile(file(`s${extension}`, content))).toMatchObject({ ok: true, scenario: { id: 's' } });
  });

  test.each<[string, () => string, string]>([
    ['a missing file', () => join(root, 'missing.yaml'), 'expected a scenario file, got no such file'],
    ['a path through a file', () => join(file('plain.yaml', VALID), 'x.yaml'), 'expected a scenario file, got no such file'],
    ['a folder', () => mkdtempSync(join(root, 'folder-')), 'expected a scenario file, got a folder'],
    ['a file over 1 MiB (checked before reading)', () => {
      const path = file('big.yaml', '');
      truncateSync(path, 2 * 1024 * 1024);
      return path;
    }, 'expected a file of at most 1 MiB, got 2.0 MiB'],
    ['bytes that are not UTF-8', () => file('png.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00])), 'expected a UTF-8 text file, got bytes that are not UTF-8 (binary data?)'],
  ])('%s is a problem without a position', (_case, makePath, message) => {
    const path = makePath();
    expect(messages(path)).toEqual([`${path}: ${message}`]);
  });

  test('a NUL byte in UTF-8 text is placed', () => {
    const path = file('nul.yaml', 'title: T\nsectors: \u0000\n');
    expect(messages(path)).toEqual([`${path}:2:10: expected a text file (binary data cannot be a scenario), got a NUL byte`]);
  });

  test.skipIf(!existsSync('/dev/zero'))('a device is refused without being read', () => {
    expect(messages('/dev/zero')).toEqual(['/dev/zero: expected a scenario file, got a device, pipe or socket']);
  });

  test.skipIf(process.platform === 'win32')('a named pipe is refused without being opened (opening it would wait for a writer)', () => {
    const path = join(mkdtempSync(join(root, 'fifo-')), 'pipe.yaml');
    execFileSync('mkfifo', [path]);
    expect(messages(path)).toEqual([`${path}: expected a scenario file, got a device, pipe or socket`]);
  });

  // Root reads any file, so this can only be seen by another user.
  test.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('an unreadable file', () => {
    const path = file('locked.yaml', VALID);
    chmodSync(path, 0o000);
    expect(messages(path)).toEqual([`${path}: expected a readable scenario file, got no permission to read it (EACCES)`]);
  });
});

describe('loadScenarioDir', () => {
  const dir = mkdtempSync(join(root, 'dir-'));
  writeFileSync(join(dir, 'b.yml'), VALID.replace('T', 'B'));
  writeFileSync(join(dir, 'a.yaml'), VALID.replace('T', 'A'));
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ title: 'A again', sectors: [{ name: 'A', length: 1 }] }));
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ title: 'C', sectors: [{ name: 'A', length: 1 }] }));
  writeFileSync(join(dir, 'd.yaml'), 'title: D\n');
  writeFileSync(join(dir, 'README.md'), '# not a scenario\n');
  writeFileSync(join(dir, '.hidden.yaml'), 'not: loaded\n');
  mkdirSync(join(dir, 'e.yaml'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'nested', 'f.yaml'), VALID);

  test('loads *.yaml, *.yml and *.json, sorted by id, not hidden files, not subfolders', () => {
    const { scenarios } = loadScenarioDir(dir);
    expect(scenarios.map((scenario) => [scenario.id, scenario.title])).toEqual([
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
    ]);
  });

  test('reports each file that fails, and a second file for one id', () => {
    expect(loadScenarioDir(dir).problems.map(formatProblem)).toEqual([
      `${join(dir, 'a.json')}: expected one file per scenario id (${join(dir, 'a.yaml')} has the id "a"), got a second one`,
      `${join(dir, 'd.yaml')}:1:1 sectors: expected a list of sectors, each with name and length (required), got nothing`,
      `${join(dir, 'e.yaml')}: expected a scenario file, got a folder`,
    ]);
  });

  test.each<[string, () => string, string]>([
    ['a missing folder', () => join(root, 'no-such-folder'), 'no such folder'],
    ['a file', () => file('plain.yaml', VALID), 'a file'],
  ])('%s is a problem', (_case, makePath, received) => {
    const path = makePath();
    expect(loadScenarioDir(path)).toEqual({
      scenarios: [],
      problems: [{ file: path, line: 0, column: 0, path: '', expected: 'a folder of scenarios', received }],
    });
  });
});

describe('resolveScenarioRef', () => {
  const dir = mkdtempSync(join(root, 'refs-'));
  writeFileSync(join(dir, 'only-json.json'), '{}');
  writeFileSync(join(dir, 'both.yml'), VALID);
  writeFileSync(join(dir, 'both.json'), '{}');
  writeFileSync(join(dir, 'first.yaml'), VALID);

  test.each<[string, string]>([
    ['first', join(dir, 'first.yaml')],
    ['only-json', join(dir, 'only-json.json')],
    ['both', join(dir, 'both.yml')],
    ['missing', join(dir, 'missing.yaml')],
    ['other/first', 'other/first'],
    ['./first', './first'],
    ['first.yaml', 'first.yaml'],
    ['elsewhere.json', 'elsewhere.json'],
  ])('%s -> %s', (ref, path) => {
    expect(resolveScenarioRef(ref, dir)).toBe(path);
  });
});
