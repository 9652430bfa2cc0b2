// Shared by bench/sensitivity-scale.mjs and bench/simulate-scale.mjs (benchmarks run by hand, not tests):
// bundling the core, a large generated scenario, and running one measurement in a child process of its
// own, so that its peak memory is its own and a run that does not end can be stopped.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The sizes the issue measured: 1,000 and 4,000 sectors, and the 23,500 a 1 MiB file holds. */
export const SIZES = [1_000, 4_000, 23_500];

/**
 * A scenario of `count` sectors as a 1 MiB file could hold them, every input uncertain: each
 * length a range (+/- 10%), one sector in ten with a density range of its own, the others sharing
 * the scenario's PERT density; brigade size a range, enablers and rotation triangular; six pledges,
 * four of them ranges. About 1.1 uncertain inputs per sector.
 */
export function largeScenario(core, count) {
  const sectors = Array.from({ length: count }, (_, index) => {
    const km = 20 + (index % 97);
    const lengthKm = { min: km * 0.9, max: km * 1.1 };
    return index % 10 === 0 ? { name: `s${index}`, lengthKm, density: { min: 8, max: 15 } } : { name: `s${index}`, lengthKm };
  });
  const troops = (min, max) => ({ kind: 'troops', troops: { min, max } });
  return {
    id: `bench-${count}-sectors`,
    title: `Bench: ${count} uncertain sectors`,
    description: '',
    sources: [],
    factors: {
      density: core.uncertain({ kind: 'pert', low: 2, mode: 3, high: 5 }),
      brigadeSize: { min: 3_000, max: 5_000 },
      airCoverPerBrigade: { min: 1, max: 1 },
      enablerShare: core.uncertain({ kind: 'triangular', low: 0, mode: 0.05, high: 0.1 }),
      rotation: core.uncertain({ kind: 'triangular', low: 2.5, mode: 3, high: 3 }),
    },
    sectors,
    coalition: [
      { country: 'A', pledge: troops(40_000, 60_000) },
      { country: 'B', pledge: troops(25_000, 35_000) },
      { country: 'C', pledge: troops(10_000, 10_000) },
      { country: 'D', pledge: { kind: 'brigades', brigades: { min: 5, max: 20 } } },
      { country: 'E', pledge: { kind: 'brigades', brigades: { min: 10, max: 10 } } },
      { country: 'F', pledge: troops(5_000, 15_000) },
    ],
    expect: [],
  };
}

/** The core (with its analysis and simulation folders) bundled into a temporary folder; `done()` removes it. */
export async function bundleCore() {
  const folder = mkdtempSync(join(tmpdir(), 'forcecalc-bench-scale-'));
  const bundle = join(folder, 'core.mjs');
  await build({
    stdin: {
      contents:
        "export * from './src/core/index.ts'; export * from './src/core/simulation/index.ts'; export * from './src/core/analysis/index.ts';",
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  });
  return { url: pathToFileURL(bundle).href, done: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * Runs `script` (a bench file that, with `--child`, measures one case and sends its result) in a
 * child process with `args`; resolves with the result, or with `{ timedOut: true }` after
 * `timeoutMs`, or `{ failed }` when the child dies (out of memory: a signal, or a code).
 */
export function measureInChild(script, args, timeoutMs) {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(script), ['--child', ...args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result = null;
    const timer = setTimeout(() => {
      result = { timedOut: true };
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('message', (message) => {
      result = message;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(result ?? { failed: signal ?? `exit code ${code}` });
    });
  });
}

/** Peak resident memory of this process so far, in MB. */
export function peakMegabytes() {
  return process.resourceUsage().maxRSS / 1024;
}

export { median } from './timing.mjs';

/** `1,234 ms`, `12.3 s`, or why there is no time. */
export function formatTime(ms) {
  return ms < 10_000 ? `${Math.round(ms).toLocaleString('en-US')} ms` : `${(ms / 1000).toFixed(1)} s`;
}
