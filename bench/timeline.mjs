// Times the coalition's timeline (src/core/timeline.ts) on a 20-sector scenario with 12 contributors, each
// arriving on a range of days, four leaving on a range, six in tours: the steps (day 0 and every bound
// of an arrival or a departure: 24 distinct days) with their pledged troops and shortfalls, and coveredFromDay.
// The timeline is computed by `estimate`; the baseline, measured in the same run, is the estimate of the
// same scenario without the days (one step), so the difference is what the timeline costs.
// Budget: the timeline under a millisecond.
// A benchmark, not a test: `node bench/timeline.mjs [runs]`.
import { bundleCore } from './large-scenario.mjs';

const RUNS = Number(process.argv[2] ?? 2_000);

function scenario(timed) {
  const sectors = Array.from({ length: 20 }, (_, index) => {
    const km = 100 + 37 * index;
    const hotSpot = index % 5 === 4;
    return { name: `sector ${index + 1}`, lengthKm: { min: km * 0.925, max: km * 1.075 }, ...(hotSpot ? { density: { min: 10, max: 25 } } : {}) };
  });
  const coalition = Array.from({ length: 12 }, (_, index) => {
    const days = {
      arrives: { min: 10 * index, max: 10 * index + 40 },
      ...(index % 3 === 0 ? { leaves: { min: 200 + 5 * index, max: 260 + 5 * index } } : {}),
      ...(index % 2 === 0 ? { tour: { min: 180, max: 180 } } : {}),
    };
    return { country: `C${index + 1}`, pledge: { kind: 'troops', troops: { min: 1_000 + 500 * index, max: 2_000 + 500 * index } }, ...(timed ? days : {}) };
  });
  return {
    id: `bench-timeline-${timed}`,
    title: 'Bench: 12 contributors over time',
    description: '',
    sources: [],
    factors: { density: { min: 3, max: 3 } },
    sectors,
    coalition,
    expect: [],
  };
}

/** Median microseconds of one call over RUNS calls, after RUNS calls of warm-up. */
function time(run) {
  for (let index = 0; index < RUNS; index += 1) run();
  const times = [];
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    run();
    times.push((performance.now() - start) * 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const core = await bundleCore();
try {
  const { estimate } = await import(core.url);
  const timed = scenario(true);
  const untimed = scenario(false);
  const steps = estimate(timed).coalition.timeline.steps.length;
  const withTime = time(() => estimate(timed));
  const without = time(() => estimate(untimed));
  const timeline = Math.max(0, withTime - without);
  console.log(`timeline of 12 contributors on 20 sectors (${steps} steps), median of ${RUNS.toLocaleString('en-US')} runs`);
  console.log(`  estimate without days (baseline): ${without.toFixed(1)} us`);
  console.log(`  estimate with the timeline:       ${withTime.toFixed(1)} us  (${(withTime / without).toFixed(2)}x the baseline)`);
  console.log(`  the timeline itself:              ${timeline.toFixed(1)} us (budget: under 1,000 us)`);
  console.log(timeline < 1_000 ? 'within budget' : 'OVER BUDGET');
  process.exitCode = timeline < 1_000 ? 0 : 1;
} finally {
  core.done();
}
