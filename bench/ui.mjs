// Speed of the interactive calculator, run by hand (not a test: timings do not
// belong in the suite). Run `npm run build` first.
//
//   node bench/ui.mjs [runs]
//
// 1. First frame: from spawning `forcecalc` in a pseudo-terminal (util-linux
//    `script`) until the list's complete first frame has been written, against
//    `node -e 0` spawned the same way, interleaved in the same run. Budget: 4x.
// 2. Recompute and redraw: bench/ui-redraw.tsx (bundled here with esbuild)
//    renders the App into a fake terminal with a 20-sector scenario and times
//    each factor step from the key to the new frame written. Budget: median
//    8 ms and 95th percentile 16 ms at 80x24, 120x40 and 160x48, in colour
//    and in monochrome. Then the same steps with Ink's own screen output (the
//    bundle built without scripts/ink-output-plugin.mjs), the baseline, and
//    the ratio of each median to it.
// Each part prints the machine's load average beside its figures: on a shared
// machine a figure means little without it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { inkScreenOutput } from '../scripts/ink-output-plugin.mjs';
import { median } from './timing.mjs';

const FIRST_FRAME_BUDGET = 4;
const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 15);
// The list's footer is the last line of its first frame.
const FIRST_FRAME_DONE = 'q quit';
// eslint-disable-next-line no-control-regex -- escape sequences are what it strips
const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007]*\u0007|[@-Z\\-_])/g;

/** Milliseconds from spawning `command` in a pseudo-terminal until `done(output)` holds or it exits. */
function timeInTerminal(command, done) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: root,
      env: { ...process.env, TERM: 'xterm-256color', COLUMNS: '80', LINES: '24' },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let output = '';
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      resolve(performance.now() - start);
      child.kill('SIGTERM');
    };
    child.stdout.on('data', (chunk) => {
      output += chunk.toString('utf8');
      if (done !== null && done(output.replace(ANSI, ''))) finish();
    });
    child.on('exit', () => (done === null ? finish() : finished || reject(new Error(`exited before the first frame:\n${output}`))));
  });
}

/** The load averages over 1, 5 and 15 minutes, as `uptime` prints them. */
function loadText() {
  return `load ${loadavg().map((load) => load.toFixed(2)).join(', ')}`;
}

async function firstFrame() {
  const forcecalc = `stty rows 24 cols 80; exec node dist/forcecalc.mjs --scenarios scenarios`;
  const bare = `stty rows 24 cols 80; exec node -e 0`;
  const samples = { forcecalc: [], bare: [] };
  await timeInTerminal(forcecalc, (text) => text.includes(FIRST_FRAME_DONE)); // warm the file cache
  for (let run = 0; run < runs; run += 1) {
    samples.forcecalc.push(await timeInTerminal(forcecalc, (text) => text.includes(FIRST_FRAME_DONE)));
    samples.bare.push(await timeInTerminal(bare, null));
  }
  const ui = median(samples.forcecalc);
  const baseline = median(samples.bare);
  const ratio = ui / baseline;
  console.log(`first frame of the UI (80x24, in a pseudo-terminal; ${loadText()})`);
  console.log(`  runs:                 ${runs} each, interleaved`);
  console.log(`  node -e 0 median:     ${baseline.toFixed(1)} ms`);
  console.log(`  forcecalc median:     ${ui.toFixed(1)} ms`);
  console.log(`  ratio:                ${ratio.toFixed(2)}x (budget ${FIRST_FRAME_BUDGET}x) ${ratio <= FIRST_FRAME_BUDGET ? 'ok' : 'OVER BUDGET'}`);
}

/** Bundles bench/ui-redraw.tsx into `outdir`, with the executable's screen output or (`inkOwn`) Ink's own. */
function bundleRedraw(outdir, inkOwn) {
  return build({
    entryPoints: [join(root, 'bench/ui-redraw.tsx')],
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Ink imports its devtools dynamically; splitting keeps that import lazy.
    splitting: true,
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    external: ['react-devtools-core'],
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    // As the executable is built (scripts/build.mjs): Ink's screen output replaced; the baseline keeps Ink's own.
    plugins: inkOwn ? [] : [inkScreenOutput()],
    logLevel: 'warning',
  });
}

/** Runs a bundled ui-redraw.mjs, prints what it reports and returns its medians by size and theme. */
function runRedraw(outdir, args) {
  const result = spawnSync(process.execPath, [join(outdir, 'ui-redraw.mjs'), ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = result.stdout.trimEnd().split('\n');
  // Its last line is the medians as JSON; anything else means it did not finish.
  let medians;
  try {
    medians = JSON.parse(lines.at(-1) ?? '');
  } catch {
    throw new Error(`bench/ui-redraw did not finish:\n${result.stdout}`);
  }
  console.log(lines.slice(0, -1).join('\n'));
  return medians;
}

async function redraw() {
  const outdir = mkdtempSync(join(tmpdir(), 'forcecalc-bench-ui-'));
  try {
    await Promise.all([bundleRedraw(join(outdir, 'shipped'), false), bundleRedraw(join(outdir, 'ink-own'), true)]);
    const shipped = runRedraw(join(outdir, 'shipped'), []);
    const inkOwn = runRedraw(join(outdir, 'ink-own'), ['--baseline']);
    console.log('ratio of the medians, shipped to baseline (below 1: faster)');
    for (const [size, value] of Object.entries(shipped)) console.log(`  ${size}  ${(value / inkOwn[size]).toFixed(2)}x`);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

if (!existsSync(join(root, 'dist/forcecalc.mjs'))) {
  console.error('bench/ui: dist/forcecalc.mjs is missing; run npm run build first');
  process.exitCode = 1;
} else if (spawnSync('script', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.error('bench/ui: needs util-linux `script` for a pseudo-terminal');
  process.exitCode = 1;
} else {
  await firstFrame();
  await redraw();
}
