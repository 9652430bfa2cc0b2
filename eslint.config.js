// One gate: `npm test` runs this with --max-warnings 0 (docs/development.md, "The gate").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.bench-tmp/', '.forcecalc-tmp-*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [] }],
    },
  },
  {
    // The core is pure: no I/O, no process, no React (docs/development.md).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: ['node:*', 'fs', 'path', 'react', 'ink', '../scenarios/*', '../report/*', '../ui/*', '../cli*', '../text/*'],
      }],
      'no-restricted-globals': ['error', 'process', 'console'],
    },
  },
  {
    // Only the entry reads the process (argv, env, cwd, the standard streams): the commands get
    // what they need as values (run-command-line.ts), which is what lets the tests run them in-process.
    files: ['src/cli/**/*.ts'],
    ignores: ['src/cli/main.ts'],
    rules: { 'no-restricted-globals': ['error', 'process'] },
  },
);
