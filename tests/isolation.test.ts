// Every test file that mocks a module or stubs the environment runs isolated
// (tests/isolated-test-files.ts); the others share their worker's modules.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ISOLATED_TEST_FILES } from './isolated-test-files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

// What changes the module registry or the environment for the rest of a worker's life.
const SIDE_EFFECTS = /\bvi\.(mock|doMock|stubEnv|stubGlobal|resetModules)\(/;

describe('test isolation', () => {
  const files = testFiles(join(ROOT, 'tests'));

  it('finds the test files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('isolates exactly the files that mock modules or stub the environment', () => {
    const withSideEffects = files.filter((file) => SIDE_EFFECTS.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(withSideEffects.sort()).toEqual([...ISOLATED_TEST_FILES].sort());
  });
});
