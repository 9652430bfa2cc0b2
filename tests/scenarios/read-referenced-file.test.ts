// The files a scenario names (`geojson:`), read from disk by loadScenarioFile's
// reader: relative to the scenario's folder and never out of it, absolute
// paths as written, the size cap checked before reading, never a throw.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem, loadScenarioFile, referencedFileReader } from '../../src/scenarios/index.js';

const root = mkdtempSync(join(tmpdir(), 'forcecalc-referenced-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const LINE = JSON.stringify({ type: 'LineString', coordinates: [[0, 0], [1, 0]] });
const GEOJSON = { noun: 'GeoJSON file', maxBytes: 5 * 1024 * 1024 };

/** A fresh folder with `files` (path -> content) written into it. */
function folder(files: Readonly<Record<string, string | Buffer>> = {}): string {
  const dir = mkdtempSync(join(root, 'f-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A scenario in `dir` whose one sector names `reference`; returns its path. */
function scenarioIn(dir: string, reference: string): string {
  const path = join(dir, 'x.yaml');
  writeFileSync(path, `title: T\nsectors:\n  - name: A\n    geojson: ${JSON.stringify(reference)}\n`);
  return path;
}

function problemsOf(path: string): string[] {
  const result = loadScenarioFile(path);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('what a geojson: path may name', () => {
  test('a relative path is read from the scenario\'s folder, whatever the working directory', () => {
    const dir = folder({ 'geo/line.geojson': LINE });
    const result = loadScenarioFile(scenarioIn(dir, 'geo/line.geojson'));
    expect(result.ok && result.scenario.sectors[0]?.geometry?.file).toBe('geo/line.geojson');
  });

  test('an absolute path is read as written', () => {
    const lines = folder({ 'line.geojson': LINE });
    const result = loadScenarioFile(scenarioIn(folder(), join(lines, 'line.geojson')));
    expect(result.ok && result.scenario.sectors[0]?.geometry?.lines).toEqual([[[0, 0], [1, 0]]]);
  });

  test('a symbolic link that stays inside the folder is followed', () => {
    const dir = folder({ 'geo/line.geojson': LINE });
    symlinkSync(join(dir, 'geo', 'line.geojson'), join(dir, 'alias.geojson'));
    expect(problemsOf(scenarioIn(dir, 'alias.geojson'))).toEqual([]);
  });

  const OUTSIDE = 'expected a path inside the scenario\'s folder (no ".." parts; an absolute path is allowed)';

  test.each(['../line.geojson', 'geo/../../line.geojson', 'geo/../line.geojson', '..\\line.geojson'])('a relative path with a ".." part is refused: %s', (reference) => {
    const dir = folder({ 'line.geojson': LINE, 'inner/line.geojson': LINE, 'inner/geo/line.geojson': LINE });
    const path = scenarioIn(join(dir, 'inner'), reference);
    expect(problemsOf(path)).toEqual([`${path}:4:14 sectors[0].geojson: ${OUTSIDE}, got ${JSON.stringify(reference)}`]);
  });

  test('a symbolic link (to a file or through a folder) that leads out of the folder is refused', () => {
    const outside = folder({ 'line.geojson': LINE });
    const dir = folder();
    symlinkSync(join(outside, 'line.geojson'), join(dir, 'link.geojson'));
    symlinkSync(outside, join(dir, 'elsewhere'));
    for (const reference of ['link.geojson', 'elsewhere/line.geojson']) {
      const path = scenarioIn(dir, reference);
      expect(problemsOf(path)).toEqual([`${path}:4:14 sectors[0].geojson: ${OUTSIDE}, got a symbolic link that leads outside it at ${join(dir, reference)}`]);
    }
  });
});

describe('a file that cannot be read is a problem at the geojson: value, naming the file', () => {
  test.each<[string, () => { dir: string; reference: string }, string]>([
    ['missing', () => ({ dir: folder(), reference: 'none.geojson' }), 'expected a GeoJSON file, got no such file at {file}'],
    ['a folder', () => ({ dir: folder({ 'geo/line.geojson': LINE }), reference: 'geo' }), 'expected a GeoJSON file, got a folder at {file}'],
    [
      'over 5 MiB (refused by its size, before reading)',
      () => {
        const dir = folder({ 'big.geojson': '' });
        truncateSync(join(dir, 'big.geojson'), 6 * 1024 * 1024);
        return { dir, reference: 'big.geojson' };
      },
      'expected a file of at most 5 MiB, got 6.0 MiB at {file}',
    ],
    ['not UTF-8', () => ({ dir: folder({ 'png.geojson': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff]) }), reference: 'png.geojson' }), 'expected a UTF-8 text file, got bytes that are not UTF-8 (binary data?) at {file}'],
  ])('%s', (_case, make, message) => {
    const { dir, reference } = make();
    const path = scenarioIn(dir, reference);
    expect(problemsOf(path)).toEqual([`${path}:4:14 sectors[0].geojson: ${message.replace('{file}', join(dir, reference))}`]);
  });

  test.skipIf(process.platform === 'win32')('a named pipe is refused without being opened (opening it would wait for a writer)', () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'pipe.geojson')]);
    const path = scenarioIn(dir, 'pipe.geojson');
    expect(problemsOf(path)).toEqual([`${path}:4:14 sectors[0].geojson: expected a GeoJSON file, got a device, pipe or socket at ${join(dir, 'pipe.geojson')}`]);
  });

  test('a path with escape characters is named with them escaped, not stripped into another name', () => {
    const dir = folder({ 'line.geojson': LINE });
    const path = scenarioIn(dir, '\u001b[2Jline.geojson\u202e');
    expect(problemsOf(path)).toEqual([`${path}:4:14 sectors[0].geojson: expected a GeoJSON file, got no such file at ${join(dir, '\\u001b[2Jline.geojson\\u202e')}`]);
  });

  test('a path the file system refuses (a NUL byte) is a value, not a throw', () => {
    const read = referencedFileReader(join(folder(), 'x.yaml'));
    expect(read('a\u0000b.geojson', GEOJSON)).toMatchObject({ ok: false, expected: 'a GeoJSON file name without a NUL character', received: expect.stringMatching(/^a name with one at .*a\\u0000b\.geojson$/) });
  });

  test('the reader names the file as the scenario path and the reference make it', () => {
    const dir = folder({ 'geo/line.geojson': LINE });
    expect(referencedFileReader(join(dir, 'x.yaml'))('geo/line.geojson', GEOJSON)).toEqual({ ok: true, file: join(dir, 'geo', 'line.geojson'), text: LINE });
    // A scenario named without a folder reads from the working directory, and names the file as the reference does.
    expect(referencedFileReader('x.yaml')('geo/none.geojson', GEOJSON)).toEqual({ ok: false, expected: 'a GeoJSON file', received: 'no such file at geo/none.geojson' });
  });
});
