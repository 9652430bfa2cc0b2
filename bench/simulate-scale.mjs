// How simulate's time and memory grow with the number of uncertain inputs, on generated scenarios of
// 1,000, 4,000 and 23,500 sectors (a 1 MiB file holds the last), 10,000 samples (the default).
// A benchmark run by hand, not a test:
//
//   node bench/simulate-scale.mjs [timeout seconds, default 120] [sizes...]
//
// Baselines, measured in the same run, each size in a child process of its own:
// - time: the draws alone, the least any Monte Carlo of these inputs does: one uniform number a
//   sample for each uncertain input, from the generator simulate uses (pure-rand's xoroshiro128+),
//   added into one reused column of 4,096 samples. Linear in the inputs with a memory of one column;
//   simulate is linear when its ratio to this stays the same from size to size.
// - memory: the child's peak resident memory once the scenario is built and estimated, before
//   simulate; what simulate adds on top should be bounded by a budget that does not grow with the
//   number of inputs (the working columns of a block stay within 32 MB: src/core/simulation/memory-budget.ts;
//   before, every input had a 4,096-sample column, 35 KB an input).
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { bundleCore, formatTime, largeScenario, measureInChild, peakMegabytes, SIZES } from './large-scenario.mjs';

const SAMPLES = 10_000;
const SEED = 20_250_409;
const COLUMN = 4_096;

/** Milliseconds to draw `inputs` uniform numbers for each of SAMPLES samples into one reused column. */
function drawsAlone(inputs) {
  const generator = xoroshiro128plus(SEED);
  const column = new Float64Array(COLUMN);
  const start = performance.now();
  for (let done = 0; done < SAMPLES; done += COLUMN) {
    const count = Math.min(COLUMN, SAMPLES - done);
    column.fill(0);
    for (let input = 0; input < inputs; input += 1) for (let sample = 0; sample < count; sample += 1) column[sample] += uniformFloat64(generator);
  }
  return performance.now() - start;
}

if (process.argv[2] === '--child') {
  const [, , , url, sizeText] = process.argv;
  const core = await import(url);
  const scenario = largeScenario(core, Number(sizeText));
  const inputs = core.simulationPlan(scenario).inputs.filter((input) => input.value.min < input.value.max).length;
  core.estimate(scenario);
  drawsAlone(inputs); // warm
  const drawsMs = drawsAlone(inputs);
  const baselineMb = peakMegabytes();
  const start = performance.now();
  const result = core.simulate(scenario, { samples: SAMPLES, seed: SEED });
  const simulateMs = performance.now() - start;
  process.send(
    { inputs, drawsMs, simulateMs, baselineMb, peakMb: peakMegabytes(), brigadesP50: result.figures.brigades.p50 },
    () => process.exit(0),
  );
} else {
  const timeoutSeconds = Number(process.argv[2] ?? 120);
  const sizes = process.argv.length > 3 ? process.argv.slice(3).map(Number) : SIZES;
  const core = await bundleCore();
  try {
    console.log(`simulate, ${SAMPLES.toLocaleString('en-US')} samples, of generated scenarios (timeout ${timeoutSeconds} s a size)`);
    console.log('baselines: time, the draws alone (one uniform a sample an input, one reused column); memory, the peak before simulate');
    console.log('sectors  inputs  draws alone  simulate  ratio  ns per sample-input  peak before  peak after  simulate adds  bytes per input');
    for (const size of sizes) {
      const result = await measureInChild(new URL(import.meta.url), [core.url, String(size)], timeoutSeconds * 1000);
      if (result.timedOut || result.failed !== undefined) {
        console.log(`${String(size).padStart(7)}  ${result.timedOut ? `did not finish in ${timeoutSeconds} s` : `died: ${result.failed}`}`);
        continue;
      }
      const floorMs = result.drawsMs;
      const addedMb = result.peakMb - result.baselineMb;
      const perSampleInput = (result.simulateMs * 1e6) / (SAMPLES * result.inputs);
      console.log(
        [
          String(size).padStart(7),
          String(result.inputs).padStart(6),
          formatTime(floorMs).padStart(11),
          formatTime(result.simulateMs).padStart(8),
          (result.simulateMs / floorMs).toFixed(2).padStart(5),
          perSampleInput.toFixed(1).padStart(19),
          `${result.baselineMb.toFixed(0)} MB`.padStart(11),
          `${result.peakMb.toFixed(0)} MB`.padStart(10),
          `${addedMb.toFixed(0)} MB`.padStart(13),
          `${Math.round((addedMb * 1024 * 1024) / result.inputs).toLocaleString('en-US')}`.padStart(15),
        ].join('  '),
      );
    }
  } finally {
    core.done();
  }
}
