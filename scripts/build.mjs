// Builds the one executable `npm start` and the `forcecalc` bin run: dist/forcecalc.mjs.
// Run by `npm install` (prepare) and `npm test`. mathjs and yaml are bundled so
// that startup does not pay for resolving hundreds of modules; Ink and React sit
// in a chunk of their own that only the interactive mode imports, with Ink's
// screen output replaced (scripts/ink-output-plugin.mjs).
// Beside it the library, dist/index.mjs, and its declarations, dist/index.d.ts
// (with one .d.ts per source file it reaches), so that a TypeScript project that
// depends on forcecalc reads types and never compiles forcecalc's sources.
import { build } from 'esbuild';
import { chmodSync, readFileSync, renameSync, rmSync } from 'node:fs';
import ts from 'typescript';
import { inkScreenOutput } from './ink-output-plugin.mjs';

// `forcecalc --version` prints this (src/cli/version.ts); injected so the executable reads no file to know it.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// Built into a staging folder and swapped in whole (see the end), so that a
// forcecalc started meanwhile (a test run in another terminal) never finds a
// half-written or missing dist/. The names match .gitignore's .forcecalc-tmp-*.
const staging = `.forcecalc-tmp-dist-${process.pid}`;
const previous = `.forcecalc-tmp-old-dist-${process.pid}`;
rmSync(staging, { recursive: true, force: true });

try {
  // esbuild works in a process of its own: the declarations are written meanwhile.
  const bundled = build({
    // The interactive UI computes the uncertainty in a worker thread: dist/uncertainty-worker.mjs, beside the executable.
    entryPoints: { forcecalc: 'src/cli.ts', index: 'src/index.ts', 'uncertainty-worker': 'src/ui/uncertainty/uncertainty-worker.ts' },
    outdir: staging,
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
    define: { 'process.env.NODE_ENV': '"production"', __FORCECALC_VERSION__: JSON.stringify(version) },
    banner: {
      // Some bundled dependencies (React) are CommonJS and call require().
      js: "import { createRequire as __forcecalcCreateRequire } from 'node:module'; const require = __forcecalcCreateRequire(import.meta.url);",
    },
    // Ink's screen output replaced by one that keeps its work between frames (src/ui/terminal-output/screen-output.ts).
    plugins: [inkScreenOutput()],
    // Read below: the executable must hold the replacement, not Ink's own output.
    metafile: true,
    logLevel: 'warning',
  });
  emitDeclarations(staging);
  const { metafile } = await bundled;
  const inputs = Object.keys(metafile.inputs);
  if (!inputs.includes('src/ui/terminal-output/screen-output.ts') || inputs.includes('node_modules/ink/build/output.js')) {
    throw new Error("dist/ holds Ink's own screen output: bundle with inkScreenOutput() (scripts/ink-output-plugin.mjs)");
  }

  chmodSync(`${staging}/forcecalc.mjs`, 0o755);
  swapIn(staging, 'dist');
} finally {
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Writes the declarations of src/index.ts and every module it reaches into
 * `outDir`, as tsconfig.declarations.json says. Without type checking, which
 * makes it about twice as fast: `npm test` type-checks the sources (tsc
 * --noEmit) and type-checks a client of these declarations
 * (tests/package/library-client.test.ts).
 */
function emitDeclarations(outDir) {
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.declarations.json', { declarationDir: outDir, noCheck: true }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => fail([diagnostic]),
  });
  if (config.errors.length > 0) fail(config.errors);
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences });
  const { diagnostics, emitSkipped } = program.emit();
  if (emitSkipped || diagnostics.length > 0) fail(diagnostics);
}

/** Stops the build with the compiler's messages. */
function fail(diagnostics) {
  const host = { getCanonicalFileName: (name) => name, getCurrentDirectory: ts.sys.getCurrentDirectory, getNewLine: () => '\n' };
  throw new Error(`declarations not written:\n${ts.formatDiagnostics(diagnostics, host)}`);
}

/** Replaces `target` with `source` by two renames; retries if another build swapped in between. */
function swapIn(source, target) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      renameSync(target, previous);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    try {
      renameSync(source, target);
      return;
    } catch (error) {
      if (attempt >= 3 || (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST')) throw error;
      rmSync(previous, { recursive: true, force: true });
    }
  }
}
