// Start-up cost of the non-interactive CLI, run by hand (not a test: timings do
// not belong in the suite). Builds nothing: run `npm run build` first.
//
//   node bench/startup.mjs [runs] [scenario]
//
// Times `node dist/forcecalc.mjs estimate <scenario> --format json` against
// `node -e 0`, interleaved so that both see the same machine load, and prints
// both medians and their ratio. Budget: the CLI within 4x a bare Node start.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { interleavedMedians } from './timing.mjs';

const RATIO_BUDGET = 4;
const root = fileURLToPath(new URL('..', import.meta.url));
const executable = 'dist/forcecalc.mjs';
const runs = Number(process.argv[2] ?? 30);

function firstShippedScenario() {
  const files = readdirSync(new URL('../scenarios', import.meta.url)).filter((name) => name.endsWith('.yaml')).sort();
  return files[0] === undefined ? 'tests/fixtures/cli/scenarios/one-line.yaml' : `scenarios/${files[0]}`;
}

const scenario = process.argv[3] ?? firstShippedScenario();

if (!existsSync(new URL(`../${executable}`, import.meta.url))) {
  console.error(`bench/startup: ${executable} is missing; run npm run build first`);
  process.exitCode = 1;
} else if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench/startup: runs must be a whole number of at least 1, got ${process.argv[2]}`);
  process.exitCode = 2;
} else {
  const commands = {
    forcecalc: [executable, 'estimate', scenario, '--format', 'json'],
    'node -e 0': ['-e', '0'],
  };

  const medians = interleavedMedians(commands, runs, root);
  const cli = medians.forcecalc;
  const bare = medians['node -e 0'];
  const ratio = cli / bare;
  console.log(`scenario:            ${scenario}`);
  console.log(`runs:                ${runs} each, interleaved`);
  console.log(`node -e 0 median:    ${bare.toFixed(1)} ms`);
  console.log(`forcecalc median:    ${cli.toFixed(1)} ms`);
  console.log(`ratio:               ${ratio.toFixed(2)}x (budget ${RATIO_BUDGET}x) ${ratio <= RATIO_BUDGET ? 'ok' : 'OVER BUDGET'}`);
  if (ratio > RATIO_BUDGET) process.exitCode = 1;
}
