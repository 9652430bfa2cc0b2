// How sensitivity (the tornado) grows with the number of uncertain inputs, on generated scenarios of
// 1,000, 4,000 and 23,500 sectors (a 1 MiB file holds the last). A benchmark run by hand, not a test:
//
//   node bench/sensitivity-scale.mjs [timeout seconds, default 120] [sizes...]
//
// Baseline, measured in the same run on the same scenario: one interval estimate(), which is linear
// in the sectors. A sensitivity linear in the inputs costs a constant number of estimates whatever
// the size (each swing adjusts a sum instead of recomputing every sector); one that recomputes the
// whole model for each input costs about 2 estimates per input, a ratio that grows with the size.
// Each size runs in a child process of its own, stopped after the timeout.
import { bundleCore, formatTime, largeScenario, measureInChild, median, SIZES } from './large-scenario.mjs';

const RUNS = 3;

if (process.argv[2] === '--child') {
  const [, , , url, sizeText] = process.argv;
  const core = await import(url);
  const scenario = largeScenario(core, Number(sizeText));
  const inputs = core.scenarioInputs(scenario).filter((input) => core.isUncertainValue(input.value)).length;
  const estimates = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    core.estimate(scenario);
    estimates.push(performance.now() - start);
  }
  // One run: at 23,500 sectors today it is the one that may not end.
  const start = performance.now();
  const result = core.sensitivity(scenario);
  const sensitivityMs = performance.now() - start;
  process.send({ inputs, estimateMs: median(estimates), sensitivityMs, rows: result.rows.length }, () => process.exit(0));
} else {
  const timeoutSeconds = Number(process.argv[2] ?? 120);
  const sizes = process.argv.length > 3 ? process.argv.slice(3).map(Number) : SIZES;
  const core = await bundleCore();
  try {
    console.log(`sensitivity of generated scenarios (timeout ${timeoutSeconds} s a size); baseline: one interval estimate of the same scenario`);
    console.log('sectors  uncertain inputs  estimate (baseline)  sensitivity  ratio sensitivity/estimate  per input');
    let previous = null;
    for (const size of sizes) {
      const result = await measureInChild(new URL(import.meta.url), [core.url, String(size)], timeoutSeconds * 1000);
      if (result.timedOut || result.failed !== undefined) {
        console.log(`${String(size).padStart(7)}  ${result.timedOut ? `did not finish in ${timeoutSeconds} s` : `died: ${result.failed}`}`);
        continue;
      }
      const ratio = result.sensitivityMs / result.estimateMs;
      const perInput = (result.sensitivityMs * 1000) / result.inputs;
      console.log(
        `${String(size).padStart(7)}  ${String(result.inputs).padStart(16)}  ${formatTime(result.estimateMs).padStart(19)}  ${formatTime(result.sensitivityMs).padStart(11)}  ${ratio.toFixed(0).padStart(26)}  ${perInput.toFixed(0)} µs`,
      );
      if (previous !== null) {
        const grew = result.sensitivityMs / previous.sensitivityMs;
        const inputsGrew = result.inputs / previous.inputs;
        console.log(`         ${inputsGrew.toFixed(1)}x the inputs took ${grew.toFixed(1)}x the time (linear: ${inputsGrew.toFixed(1)}x)`);
      }
      previous = result;
    }
  } finally {
    core.done();
  }
}
