// What the bench scripts share to time things (not a test: timings do not belong in the suite).
import { spawnSync } from 'node:child_process';

/** Median of the numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds one run of `node ...args` in `cwd` takes, from spawn to exit; throws when it fails. */
export function timeNode(args, cwd) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return elapsed;
}

/**
 * The median milliseconds of each of `commands` (name: node arguments) over
 * `runs` runs, interleaved so that all see the same machine load, after one
 * run each to warm the file cache.
 */
export function interleavedMedians(commands, runs, cwd) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (const args of Object.values(commands)) timeNode(args, cwd);
  for (let run = 0; run < runs; run += 1) {
    for (const [name, args] of Object.entries(commands)) samples[name].push(timeNode(args, cwd));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, times]) => [name, median(times)]));
}
