import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveScenarioFolder } from '../../src/cli/scenario-folder.js';

const work = mkdtempSync(join(tmpdir(), 'forcecalc-folder-'));
const withFolder = join(work, 'with-folder');
const withFile = join(work, 'with-file');
const empty = join(work, 'empty');
mkdirSync(join(withFolder, 'scenarios'), { recursive: true });
mkdirSync(withFile);
writeFileSync(join(withFile, 'scenarios'), 'not a folder');
mkdirSync(empty);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('resolveScenarioFolder', () => {
  it.each([
    ['--scenarios wins', 'mine', withFolder, 'mine'],
    ['--scenarios wins even if missing', 'missing', empty, 'missing'],
    ['./scenarios when it is a folder', null, withFolder, 'scenarios'],
    ['the shipped folder when ./scenarios is a file', null, withFile, '/shipped'],
    ['the shipped folder when there is no ./scenarios', null, empty, '/shipped'],
  ])('%s', (_, option, cwd, folder) => {
    expect(resolveScenarioFolder(option, cwd, '/shipped')).toBe(folder);
  });
});
