import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // The CLI tests run dist/forcecalc.mjs; this rebuilds it when it is older than src/.
    globalSetup: ['tests/cli/global-setup.ts'],
  },
});
