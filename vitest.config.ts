import { defineConfig } from 'vitest/config';
import { ISOLATED_TEST_FILES } from './tests/isolated-test-files.js';

const TEST_FILES = ['tests/**/*.test.ts', 'tests/**/*.test.tsx'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // The spawned CLI tests and tests/e2e run dist/forcecalc.mjs; this rebuilds it when it is older than src/.
    globalSetup: ['tests/cli/global-setup.ts'],
    // Child processes: tests/cli/run-cli.ts moves the working directory, which worker threads may not.
    pool: 'forks',
    // Two cores: vitest's default (one worker fewer than the cores) would leave one idle while
    // tests/e2e waits on tmux; a third worker fills the waits of the spawned tests.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        // Most files share a worker's loaded modules (mathjs, Ink, React are imported once a worker,
        // not once a file): they mock nothing and leave no state behind.
        test: { name: 'shared', include: TEST_FILES, exclude: ISOLATED_TEST_FILES, isolate: false },
      },
      {
        extends: true,
        // Files that mock a module or set an environment variable before importing: a fresh worker each.
        test: { name: 'isolated', include: ISOLATED_TEST_FILES, isolate: true },
      },
    ],
  },
});
