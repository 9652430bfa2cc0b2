/**
 * The test files that need a module registry and environment of their own:
 * they mock a module (vi.mock) or set an environment variable (vi.stubEnv)
 * before the code under test is imported, which would leak into, or miss,
 * the modules the other files share (vitest.config.ts runs those without
 * isolation). tests/isolation.test.ts checks that every such file is here.
 */
export const ISOLATED_TEST_FILES = [
  'tests/cli/main.test.ts',
  'tests/scenarios/save.test.ts',
  'tests/ui/app-map-colour.test.tsx',
  'tests/ui/components/colour-theme.test.tsx',
];
