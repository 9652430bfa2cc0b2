import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/core/index.js';
import { loadScenarioFile } from '../../src/scenarios/index.js';
import { exportText, saveRecoveryCopy, saveScenarioFile, type SaveResult } from '../../src/scenarios/save.js';
import { serializeScenario } from '../../src/scenarios/serialize.js';

// Faults injected into the file system calls save.ts makes, to fail it at each step of an atomic write
// (and to stand in for a read-only folder where the tests run as root, which chmod does not stop).
type FsCall = 'openSync' | 'writeSync' | 'fsyncSync' | 'renameSync' | 'linkSync';
const faults = vi.hoisted(() => ({
  failing: null as { call: string; code: string; onlyTemporary: boolean } | null,
  beforeLink: null as (() => void) | null,
  /** Most bytes one writeSync call takes, as a pipe or a full disk may give. */
  maxBytesPerWrite: null as number | null,
}));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const { getSystemErrorMap } = await import('node:util');
  /** An error as Node raises it: `EACCES: permission denied, open '/x/.a.tmp'`, with its code. */
  const systemError = (code: string, call: string, path: unknown): Error => {
    const description = [...getSystemErrorMap().values()].find(([name]) => name === code)?.[1] ?? 'unknown error';
    return Object.assign(new Error(`${code}: ${description}, ${call} '${String(path)}'`), { code });
  };
  const inject =
    <A extends unknown[], R>(call: FsCall, original: (...args: A) => R) =>
    (...args: A): R => {
      const fault = faults.failing;
      const onTemporary = typeof args[0] === 'string' && args[0].endsWith('.tmp');
      if (fault !== null && fault.call === call && (!fault.onlyTemporary || onTemporary)) {
        throw systemError(fault.code, call.replace(/Sync$/, ''), args[0]);
      }
      if (call === 'linkSync') faults.beforeLink?.();
      return original(...args);
    };
  const writeSome = (descriptor: number, buffer: Uint8Array, offset: number, length: number): number =>
    fs.writeSync(descriptor, buffer, offset, Math.min(length, faults.maxBytesPerWrite ?? length));
  const mocked = {
    ...fs,
    openSync: inject('openSync', fs.openSync),
    writeSync: inject('writeSync', writeSome),
    fsyncSync: inject('fsyncSync', fs.fsyncSync),
    renameSync: inject('renameSync', fs.renameSync),
    linkSync: inject('linkSync', fs.linkSync),
  };
  return { ...mocked, default: mocked };
});

const folders: string[] = [];
afterEach(() => {
  faults.failing = null;
  faults.beforeLink = null;
  faults.maxBytesPerWrite = null;
  for (const folder of folders.splice(0)) {
    chmodSync(folder, 0o755);
    rmSync(folder, { recursive: true, force: true });
  }
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'forcecalc-save-'));
  folders.push(folder);
  return folder;
}

/** A folder holding `files` (name -> content). */
function folderWith(files: Record<string, string> = {}): string {
  const folder = tempFolder();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

function listing(folder: string): string[] {
  return readdirSync(folder).sort();
}

function failWith(call: FsCall, code: string, onlyTemporary = false): void {
  faults.failing = { call, code, onlyTemporary };
}

const scenario: Scenario = {
  id: 'line',
  title: 'One line at the minimum density',
  description: 'A test scenario.',
  sources: ['docs/sources.md, the article'],
  factors: { density: { min: 3, max: 3 } },
  sectors: [{ name: 'Line of contact', lengthKm: { min: 1200, max: 1200 } }],
  coalition: null,
  expect: [],
};
const edits = { rotation: { min: 3, max: 3 } };
const OLD = 'title: the old file\n';

function expectFailure(result: SaveResult, reason: 'exists' | 'invalid-name' | 'io', messagePart: string | RegExp): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason).toBe(reason);
  expect(result.message).toMatch(messagePart);
  // A message for a person: no stack, and not the name of a temporary file the person never chose.
  expect(result.message).not.toMatch(/\n\s+at |\.tmp/);
}

describe('saveScenarioFile', () => {
  it('writes a new file named after the scenario name, with the serialised scenario and nothing else', () => {
    const folder = folderWith();
    const result = saveScenarioFile(folder, 'rotation-3', scenario, edits, { overwrite: false });
    expect(result).toEqual({ ok: true, path: join(folder, 'rotation-3.yaml') });
    expect(readFileSync(join(folder, 'rotation-3.yaml'), 'utf8')).toBe(serializeScenario(scenario, edits));
    expect(listing(folder)).toEqual(['rotation-3.yaml']);
  });

  it('writes a file that loads as the edited scenario, its id the name it was saved under', () => {
    const folder = folderWith();
    const result = saveScenarioFile(folder, 'rotation-3', scenario, edits, { overwrite: false });
    if (!result.ok) return expect.fail(result.message);
    const loaded = loadScenarioFile(result.path);
    if (!loaded.ok) return expect.fail(JSON.stringify(loaded.problems));
    expect(loaded.scenario).toMatchObject({ id: 'rotation-3', title: scenario.title, sectors: scenario.sectors });
    expect(loaded.scenario.factors).toEqual({ ...scenario.factors, ...edits });
  });

  // Hostile class: a file that writes terminal controls escaped must not come back with them raw once saved.
  it.each([
    ['C1 controls', '"CSI \\x9B2J, OSC \\x9D0;x\\x9C, NEL \\N"', /[\u0080-\u009F]/],
    ['bidi overrides and isolates', '"\\u202Eright to left\\u202C, \\u2066isolated\\u2069"', /[\u202A-\u202E\u2066-\u2069]/],
    ['line and paragraph separators', '"one\\Ltwo\\Pthree"', /[\u2028\u2029]/],
  ])('a title with %s, escaped in the file read, is escaped in the file saved', (_kind, title, raw) => {
    const source = folderWith({ 'hostile.yaml': `title: ${title}\nsectors:\n  - name: A\n    length: 100 km\n` });
    const read = loadScenarioFile(join(source, 'hostile.yaml'));
    if (!read.ok) return expect.fail(JSON.stringify(read.problems));
    expect(read.scenario.title).toMatch(raw);

    const result = saveScenarioFile(source, 'saved', read.scenario, edits, { overwrite: false });
    if (!result.ok) return expect.fail(result.message);
    const bytes = readFileSync(result.path, 'utf8');
    expect(bytes).not.toMatch(raw);
    const again = loadScenarioFile(result.path);
    if (!again.ok) return expect.fail(JSON.stringify(again.problems));
    expect(again.scenario.title).toBe(read.scenario.title);
  });

  it.each([
    ['ceasefire', 'ceasefire.yaml'],
    ['ceasefire.yaml', 'ceasefire.yaml'],
    ['Line_2-b', 'Line_2-b.yaml'],
    ['x'.repeat(64), `${'x'.repeat(64)}.yaml`],
  ])('accepts the name %j as the file %j', (name, fileName) => {
    const folder = folderWith();
    expect(saveScenarioFile(folder, name, scenario, {}, { overwrite: false })).toEqual({ ok: true, path: join(folder, fileName) });
    expect(listing(folder)).toEqual([fileName]);
  });

  it.each([
    ['', 'a file name is needed'],
    ['.yaml', 'a file name is needed'],
    ['../x', 'is a path'],
    ['a/b', 'is a path'],
    ['a\\b', 'is a path'],
    ['/etc/passwd', 'is a path'],
    ['.hidden', 'starts with "."'],
    ['--help', 'starts with "-", which a command line reads as an option'],
    ['-x', 'starts with "-"'],
    ['x'.repeat(65), 'at most 64'],
    ['two words', 'not a plain file name'],
    ['a.yml', 'not a plain file name'],
    ['line\n', 'not a plain file name'],
    ['line\u001b[2J', 'not a plain file name'],
    ['défense', 'not a plain file name'],
    ['nul', 'device name'],
  ])('refuses the name %j (%s) and writes nothing', (name, messagePart) => {
    const folder = folderWith();
    expectFailure(saveScenarioFile(folder, name, scenario, {}, { overwrite: false }), 'invalid-name', messagePart);
    expect(listing(folder)).toEqual([]);
  });

  it('keeps an existing file unless asked to overwrite it', () => {
    const folder = folderWith({ 'line.yaml': OLD });
    expectFailure(saveScenarioFile(folder, 'line', scenario, edits, { overwrite: false }), 'exists', 'already exists');
    expect(readFileSync(join(folder, 'line.yaml'), 'utf8')).toBe(OLD);
    expect(listing(folder)).toEqual(['line.yaml']);
  });

  it('replaces an existing file when asked, keeping its permissions', () => {
    const folder = folderWith({ 'line.yaml': OLD });
    chmodSync(join(folder, 'line.yaml'), 0o640);
    expect(saveScenarioFile(folder, 'line', scenario, edits, { overwrite: true })).toEqual({ ok: true, path: join(folder, 'line.yaml') });
    expect(readFileSync(join(folder, 'line.yaml'), 'utf8')).toBe(serializeScenario(scenario, edits));
    expect(statSync(join(folder, 'line.yaml')).mode & 0o777).toBe(0o640);
    expect(listing(folder)).toEqual(['line.yaml']);
  });

  it('does not replace a file that appears while it saves (the check and the move are one step)', () => {
    const folder = folderWith();
    faults.beforeLink = () => writeFileSync(join(folder, 'line.yaml'), OLD);
    expectFailure(saveScenarioFile(folder, 'line', scenario, edits, { overwrite: false }), 'exists', 'already exists');
    expect(readFileSync(join(folder, 'line.yaml'), 'utf8')).toBe(OLD);
    expect(listing(folder)).toEqual(['line.yaml']);
  });

  it('saves without hard links where the file system has none', () => {
    const folder = folderWith();
    failWith('linkSync', 'EPERM');
    expect(saveScenarioFile(folder, 'line', scenario, edits, { overwrite: false }).ok).toBe(true);
    expect(readFileSync(join(folder, 'line.yaml'), 'utf8')).toBe(serializeScenario(scenario, edits));
    expect(listing(folder)).toEqual(['line.yaml']);
  });
});

describe('a failed save leaves the folder as it was', () => {
  /** Whether chmod 0o555 stops this process writing (not for root, which the tests may run as). */
  function chmodStopsWrites(): boolean {
    const probe = tempFolder();
    chmodSync(probe, 0o555);
    try {
      writeFileSync(join(probe, 'probe'), '');
      return false;
    } catch {
      return true;
    } finally {
      chmodSync(probe, 0o755);
    }
  }

  it.each([false, true])('in a read-only folder (overwrite %s)', (overwrite) => {
    const folder = folderWith({ 'line.yaml': OLD });
    if (chmodStopsWrites()) {
      chmodSync(folder, 0o555);
    } else {
      // As root: the folder refuses the temporary file exactly as a read-only one would.
      failWith('openSync', 'EACCES', true);
    }
    const result = saveScenarioFile(folder, overwrite ? 'line' : 'new-line', scenario, edits, { overwrite });
    expectFailure(result, 'io', /^permission denied \(EACCES\), writing .*line\.yaml$/);
    chmodSync(folder, 0o755);
    expect(readFileSync(join(folder, 'line.yaml'), 'utf8')).toBe(OLD);
    expect(listing(folder)).toEqual(['line.yaml']);
  });

  it('when the folder does not exist', () => {
    const parent = folderWith();
    expectFailure(saveScenarioFile(join(parent, 'missing'), 'line', scenario, edits, { overwrite: false }), 'io', 'does not exist');
    expect(listing(parent)).toEqual([]);
  });

  it('when the folder is a file', () => {
    const parent = folderWith({ 'scenarios': OLD });
    expectFailure(saveScenarioFile(join(parent, 'scenarios'), 'line', scenario, edits, { overwrite: true }), 'io', 'is not a folder');
    expect(readFileSync(join(parent, 'scenarios'), 'utf8')).toBe(OLD);
    expect(listing(parent)).toEqual(['scenarios']);
  });

  it.each([false, true])('when the name is taken by a folder (overwrite %s)', (overwrite) => {
    const folder = folderWith();
    mkdirSync(join(folder, 'line.yaml'));
    expectFailure(saveScenarioFile(folder, 'line', scenario, edits, { overwrite }), 'io', 'is not a file');
    expect(statSync(join(folder, 'line.yaml')).isDirectory()).toBe(true);
    expect(listing(folder)).toEqual(['line.yaml']);
  });

  // Each step after the temporary file exists: the temporary file goes, the old file stays.
  it.each<[FsCall, string, string, boolean]>([
    ['writeSync', 'ENOSPC', 'no space left on device', true],
    ['fsyncSync', 'EIO', 'i/o error', true],
    ['renameSync', 'EXDEV', 'cross-device link not permitted', true],
    ['writeSync', 'ENOSPC', 'no space left on device', false],
    ['fsyncSync', 'EIO', 'i/o error', false],
    ['linkSync', 'EIO', 'i/o error', false],
  ])('when %s fails with %s (%s), overwrite %s', (call, code, description, overwrite) => {
    const folder = folderWith({ 'line.yaml': OLD });
    failWith(call, code);
    const target = join(folder, overwrite ? 'line.yaml' : 'new-line.yaml');
    const result = saveScenarioFile(folder, overwrite ? 'line' : 'new-line', scenario, edits, { overwrite });
    expect(result).toEqual({ ok: false, reason: 'io', message: `${description} (${code}), writing ${target}` });
    expect(readFileSync(join(folder, 'line.yaml'), 'utf8')).toBe(OLD);
    expect(listing(folder)).toEqual(['line.yaml']);
  });
});

describe('a failed save says why first, and names the file escaped and cut to its end', () => {
  it('a folder with a 300-character path: the reason, then the end of the path', () => {
    const folder = join(folderWith(), 'x'.repeat(200), `control\u001b[2J\u202Ename`);
    const result = saveScenarioFile(folder, 'line', scenario, edits, { overwrite: false });
    expectFailure(result, 'io', /^the folder does not exist: …x+\/control\\u001b\[2J\\u202ename$/);
    if (!result.ok) expect(Array.from(result.message).length).toBeLessThanOrEqual('the folder does not exist: '.length + 120);
  });
});

describe('exportText', () => {
  const markdown = '| figure | value |\n| --- | --- |\n| brigades | 1..2 |\n';

  it.each(['estimate.md', 'estimate.json', 'estimate.csv', 'estimate.txt', 'ESTIMATE.MD', 'estimate'])(
    'writes %j as given, adding no extension',
    (fileName) => {
      const folder = folderWith();
      expect(exportText(folder, fileName, markdown, { overwrite: false })).toEqual({ ok: true, path: join(folder, fileName) });
      expect(readFileSync(join(folder, fileName), 'utf8')).toBe(markdown);
      expect(listing(folder)).toEqual([fileName]);
    },
  );

  it.each([
    ['', 'a file name is needed'],
    ['.md', 'a file name is needed'],
    ['../estimate.md', 'is a path'],
    ['out/estimate.md', 'is a path'],
    ['.estimate.md', 'starts with "."'],
    ['estimate.exe', 'not a plain file name'],
    ['estimate.md.sh', 'not a plain file name'],
    [`${'e'.repeat(65)}.md`, 'at most 64'],
  ])('refuses the name %j (%s)', (fileName, messagePart) => {
    const folder = folderWith();
    expectFailure(exportText(folder, fileName, markdown, { overwrite: false }), 'invalid-name', messagePart);
    expect(listing(folder)).toEqual([]);
  });

  it('keeps an existing export unless asked to overwrite it', () => {
    const folder = folderWith({ 'estimate.md': OLD });
    expectFailure(exportText(folder, 'estimate.md', markdown, { overwrite: false }), 'exists', 'already exists');
    expect(readFileSync(join(folder, 'estimate.md'), 'utf8')).toBe(OLD);
    expect(exportText(folder, 'estimate.md', markdown, { overwrite: true }).ok).toBe(true);
    expect(readFileSync(join(folder, 'estimate.md'), 'utf8')).toBe(markdown);
    expect(listing(folder)).toEqual(['estimate.md']);
  });

  it('writes the whole text when the system takes a little at each write', () => {
    const folder = folderWith();
    faults.maxBytesPerWrite = 4096;
    const text = 'Запорізька лінія — 1,200 km ✓\n'.repeat(5_000);
    expect(exportText(folder, 'big.txt', text, { overwrite: false }).ok).toBe(true);
    expect(readFileSync(join(folder, 'big.txt'), 'utf8')).toBe(text);
  });
});

describe('saveRecoveryCopy', () => {
  it('writes <id>.recovered.yaml beside the scenario, replacing an older copy, never the scenario itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'forcecalc-recovery-'));
    try {
      const scenario: Scenario = {
        id: 'line',
        title: 'Line',
        description: 'A line.',
        sources: [],
        factors: {},
        sectors: [{ name: 'A', lengthKm: { min: 100, max: 100 } }],
        coalition: null,
        expect: [],
      };
      writeFileSync(join(dir, 'line.yaml'), 'the original');
      expect(saveRecoveryCopy(dir, scenario, { density: { min: 4, max: 4 } })).toMatchObject({ ok: true });
      expect(saveRecoveryCopy(dir, scenario, { density: { min: 5, max: 5 } })).toMatchObject({ ok: true });
      expect(readdirSync(dir).sort()).toEqual(['line.recovered.yaml', 'line.yaml']);
      expect(readFileSync(join(dir, 'line.yaml'), 'utf8')).toBe('the original');
      const copy = loadScenarioFile(join(dir, 'line.recovered.yaml'));
      expect(copy.ok && copy.scenario.factors.density).toEqual({ min: 5, max: 5 });
      // A copy of a copy keeps one suffix.
      expect(saveRecoveryCopy(dir, { ...scenario, id: 'line.recovered' }, {})).toMatchObject({ ok: true });
      expect(readdirSync(dir).sort()).toEqual(['line.recovered.yaml', 'line.yaml']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
