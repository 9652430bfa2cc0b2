// Times the human-readable reports of a 20,000-sector estimate (the table at 80 columns and
// the Markdown briefing, both rendered from one report document) against its JSON, measured
// in the same run: a benchmark, not a test. Run `npm run build` first, then
// `node bench/report.mjs`. JSON only copies numbers out, so the ratio says what laying out,
// wrapping, sanitising and escaping cost on top of that.
import { estimate, formatEstimate } from '../dist/index.mjs';
import { median } from './timing.mjs';

const SECTORS = 20_000;
const RUNS = 15;
const WARM_UP_RUNS = 3;

/** Median milliseconds of `run` over RUNS runs, after a warm-up. */
function time(run) {
  for (let index = 0; index < WARM_UP_RUNS; index += 1) run();
  const samples = [];
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

// Fractional lengths, so that rows round on their own and the rounding note is printed too.
const sectors = Array.from({ length: SECTORS }, (_, index) => ({
  name: `Sector ${index + 1} of a long line`,
  lengthKm: { min: 10 + (index % 7) * 0.37, max: 10 + (index % 7) * 0.37 },
}));
const result = estimate({ id: 'bench', title: 'A long line', description: '', sources: ['bench'], factors: {}, sectors, coalition: null, expect: [] });

const json = time(() => formatEstimate(result, 'json'));
const table = time(() => formatEstimate(result, 'table', { width: 80 }));
const markdown = time(() => formatEstimate(result, 'md'));
console.log(`${SECTORS.toLocaleString('en-US')} sectors, median of ${RUNS} runs`);
console.log(`json (baseline)  ${json.toFixed(1)} ms`);
console.log(`table            ${table.toFixed(1)} ms  ${(table / json).toFixed(2)}x json`);
console.log(`md               ${markdown.toFixed(1)} ms  ${(markdown / json).toFixed(2)}x json`);
