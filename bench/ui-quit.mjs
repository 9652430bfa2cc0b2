// How long the interactive calculator takes to quit while it computes the uncertainty of a large
// scenario: open it, press `u` (a 2,000-sample simulation and the tornado start in the background),
// then `q`. A benchmark run by hand, not a test; run `npm run build` first.
//
//   node bench/ui-quit.mjs [sizes...]     (default: 20 4000 23500 sectors)
//
// The UI runs in a pseudo-terminal (util-linux `script`), 120x40; each size's file is written to a
// temporary scenarios folder. Measured: from `q` to the process's exit. Baseline, in the same run:
// the same keys on a 20-sector scenario, whose uncertainty is done long before `q`. Quitting is
// immediate when a large scenario quits about as fast as the baseline, whatever is still computing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [20, 4_000, 23_500];
// eslint-disable-next-line no-control-regex -- escape sequences are what it strips
const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007]*\u0007|[@-Z\\-_])/g;
const GIVE_UP_MS = 600_000;

/** A scenario file of `count` uncertain sectors (lengths as ranges, a density range in one in ten). */
function scenarioText(count) {
  const lines = ['title: Large', 'factors:', '  density: pert(2, 3, 5) / km', '  brigadeSize: 3,000..5,000', 'sectors:'];
  for (let index = 0; index < count; index += 1) {
    const km = 20 + (index % 97);
    lines.push(`  - {name: s${index}, length: ${km}..${km + 5} km${index % 10 === 0 ? ', density: 8..15 / km' : ''}}`);
  }
  lines.push('coalition:', '  - country: A', '    troops: 40,000..60,000', '');
  return lines.join('\n');
}

/** Waits until `test(screen text)` holds. */
function waitFor(state, test) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      if (test(state.output.replace(ANSI, ''))) resolve();
      else if (state.exited) reject(new Error(`exited early:\n${state.output.replace(ANSI, '').slice(-2000)}`));
      else if (performance.now() - started > GIVE_UP_MS) reject(new Error('gave up waiting'));
      else setTimeout(check, 20);
    };
    check();
  });
}

/** Opens the one scenario in `folder`, shows its uncertainty, quits; milliseconds from `q` to exit. */
async function quitTime(folder) {
  const command = `stty rows 40 cols 120; exec node ${join(root, 'dist/forcecalc.mjs')} --scenarios ${folder}`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd: root,
    env: { ...process.env, TERM: 'xterm-256color' },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const state = { output: '', exited: false, exitedAt: 0 };
  child.stdout.on('data', (chunk) => (state.output += chunk.toString('utf8')));
  const exited = new Promise((resolve) => child.on('exit', () => resolve(performance.now())));
  child.on('exit', () => (state.exited = true));
  await waitFor(state, (text) => text.includes('q quit'));
  child.stdin.write('\r');
  await waitFor(state, (text) => text.includes('[1 Estimate]'));
  state.output = '';
  child.stdin.write('u');
  await waitFor(state, (text) => /simulating|P50/.test(text));
  // The background work has begun (or, for a small scenario, is done); now quit.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const pressed = performance.now();
  child.stdin.write('q');
  const timer = setTimeout(() => child.kill('SIGKILL'), GIVE_UP_MS);
  const end = await exited;
  clearTimeout(timer);
  return end - pressed;
}

if (!existsSync(join(root, 'dist/forcecalc.mjs'))) {
  console.error('bench/ui-quit: dist/forcecalc.mjs is missing; run npm run build first');
  process.exitCode = 1;
} else if (spawnSync('script', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.error('bench/ui-quit: needs util-linux `script` for a pseudo-terminal');
  process.exitCode = 1;
} else {
  const base = mkdtempSync(join(tmpdir(), 'forcecalc-bench-ui-quit-'));
  try {
    console.log('quit while the uncertainty of the open scenario is computed (q after u), 120x40 pseudo-terminal');
    const results = [];
    for (const size of [20, ...sizes.filter((size) => size !== 20)]) {
      const folder = join(base, String(size));
      mkdirSync(folder);
      writeFileSync(join(folder, `large-${size}.yaml`), scenarioText(size));
      const ms = await quitTime(folder);
      results.push({ size, ms });
      const baseline = results[0].ms;
      const note = size === 20 ? '(baseline)' : `${(ms / baseline).toFixed(1)}x the baseline`;
      console.log(`  ${String(size).padStart(6)} sectors: ${Math.round(ms).toLocaleString('en-US').padStart(7)} ms from q to exit  ${note}`);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
