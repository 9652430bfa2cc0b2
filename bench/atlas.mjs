// What reading Natural Earth costs a command, run by hand (not a test: timings do not belong in
// the suite). Builds nothing: run `npm run build` first.
//
//   node bench/atlas.mjs [runs]
//
// Times, interleaved so that all see the same machine load: `node -e 0`; `estimate` of a
// scenario of written lengths (the baseline: no atlas read); `estimate` of a drawn scenario
// (the atlas's land read for the swapped-coordinates check); `map` of it (borders, coasts and
// land). Prints each median and its ratio to `node -e 0` and to the baseline. No budget: the
// startup budget (bench/startup.mjs, bench/ui.mjs) is for commands that read no atlas.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { interleavedMedians } from './timing.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const executable = 'dist/forcecalc.mjs';
const runs = Number(process.argv[2] ?? 20);

const commands = {
  'node -e 0': ['-e', '0'],
  'estimate, lengths (baseline)': [executable, 'estimate', 'scenarios/calibration-unficyp.yaml', '--format', 'json'],
  'estimate, drawn': [executable, 'estimate', 'scenarios/line-of-contact-2025-drawn.yaml', '--format', 'json'],
  'map, drawn': [executable, 'map', 'line-of-contact-2025-drawn'],
};

if (!existsSync(new URL(`../${executable}`, import.meta.url))) {
  console.error(`bench/atlas: ${executable} is missing; run npm run build first`);
  process.exitCode = 1;
} else if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench/atlas: runs must be a whole number of at least 1, got ${process.argv[2]}`);
  process.exitCode = 2;
} else {
  const medians = interleavedMedians(commands, runs, root);
  const bare = medians['node -e 0'];
  const baseline = medians['estimate, lengths (baseline)'];
  console.log(`runs: ${runs} each, interleaved`);
  for (const name of Object.keys(commands)) {
    const value = medians[name];
    console.log(`${name.padEnd(30)} ${value.toFixed(1).padStart(7)} ms  ${(value / bare).toFixed(2)}x node -e 0  ${(value / baseline).toFixed(2)}x baseline`);
  }
}
