// Builds the one executable `npm start` and the `forcecalc` bin run: dist/forcecalc.mjs.
// Run by `npm install` (prepare) and `npm test`. mathjs and yaml are bundled so
// that startup does not pay for resolving hundreds of modules; Ink and React sit
// in a chunk of their own that only the interactive mode imports.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: { forcecalc: 'src/cli.ts', index: 'src/index.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  // Ink loads the React devtools only when DEV=true; they are not a dependency.
  external: ['react-devtools-core'],
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: {
    // Some bundled dependencies (React) are CommonJS and call require().
    js: "import { createRequire as __forcecalcCreateRequire } from 'node:module'; const require = __forcecalcCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

chmodSync('dist/forcecalc.mjs', 0o755);
