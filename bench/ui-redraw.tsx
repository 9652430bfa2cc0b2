// Bundled and run by bench/ui.mjs (not a test). The App rendered by Ink into a
// fake terminal with a 20-sector scenario first in the list and the shipped
// scenarios after it (as `forcecalc` opens on its folder), the 20-sector
// scenario open in the factor editor; each `+` or
// `-` is timed from the key to Ink writing the recomputed frame. Keys are 45 ms
// apart, past Ink's 30 fps throttle, so each change is drawn at once. Budget:
// median 8 ms and 95th percentile 16 ms at every size, colour and monochrome.
// With the uncertainty shown (`u`, beside the factors on a wide screen), each
// change also starts a 2,000-sample simulation and the tornado after that
// frame; the time to the last frame written before the next key is when the
// uncertainty of the new values was on screen (Ink draws it on its throttle's
// trailing edge, about 33 ms after the first).
import { render } from 'ink';
import { EventEmitter } from 'node:events';
import { loadavg } from 'node:os';
import { estimate, type Scenario } from '../src/core/index.js';
import { loadScenarioDir } from '../src/scenarios/index.js';
import { App } from '../src/ui/app/app.js';
import type { FileActions } from '../src/ui/app/file-actions.js';
import { ThemeContext } from '../src/ui/components/theme-context.js';
import { themeFor } from '../src/ui/components/theme.js';

const MEDIAN_BUDGET_MS = 8;
const P95_BUDGET_MS = 16;
const STEPS = 200;

const scenario: Scenario = {
  id: 'twenty-sectors',
  title: 'Twenty sectors',
  description: '',
  sources: ['bench/ui-redraw.tsx'],
  factors: { brigadeSize: { min: 3_000, max: 5_000 } },
  sectors: Array.from({ length: 20 }, (_, index) => ({
    name: `Sector ${index + 1}`,
    lengthKm: { min: 50 + index * 10, max: 60 + index * 10 },
    ...(index % 3 === 0 ? { density: { min: 10, max: 12 } } : {}),
  })),
  coalition: [
    { country: 'A', pledge: { kind: 'brigades', brigades: { min: 2, max: 2 } } },
    { country: 'B', pledge: { kind: 'troops', troops: { min: 4_000, max: 4_000 } } },
  ],
  expect: [],
};

/** A terminal's stdout as Ink sees it; `onWrite` tells when a frame is written. */
class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  onWrite: (() => void) | null = null;
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }
  write = (): boolean => {
    this.onWrite?.();
    return true;
  };
}

/** A terminal's stdin in raw mode; `send` delivers one key. */
class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private pending: string | null = null;
  setEncoding(): void {}
  setRawMode(): this {
    return this;
  }
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
  read = (): string | null => {
    const data = this.pending;
    this.pending = null;
    return data;
  };
  send(data: string): void {
    this.pending = data;
    this.emit('readable');
  }
}

/** The list as the calculator shows it on the shipped folder, with the 20-sector scenario first (bench/ui.mjs runs this from the repository). */
const listed = [scenario, ...loadScenarioDir('scenarios').scenarios];

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};

const files: FileActions = {
  saveScenario: () => ({ ok: true, path: 'unused' }),
  exportText: () => ({ ok: true, path: 'unused' }),
  loadScenario: (path) => ({ ok: false, problems: [{ file: path, line: 0, column: 0, path: '', expected: 'nothing saved in a benchmark', received: 'a load' }] }),
};

/** Sizes and themes whose redraw went over a budget (the runs with the uncertainty shown are reported, not counted). */
let overBudget = 0;

/** Run with --baseline, as bench/ui.mjs runs the bundle built with Ink's own screen output: figures only, no budgets. */
const baseline = process.argv.includes('--baseline');
/** Each size and theme's median, for bench/ui.mjs to set beside the baseline's (the last line printed, as JSON). */
const medians: Record<string, number> = {};

async function measure(columns: number, rows: number, color: boolean, uncertainty = false): Promise<void> {
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  const instance = render(
    <ThemeContext.Provider value={themeFor(color)}>
      <App scenarios={listed} problems={[]} scenariosDir="unused" exportDir="unused" files={files} />
    </ThemeContext.Provider>,
    { stdout: stdout as never, stdin: stdin as never, stderr: stdout as never, exitOnCtrlC: false, patchConsole: false },
  );
  await sleep(100);
  for (const key of uncertainty ? ['\r', 'u', '3'] : ['\r', '3']) {
    stdin.send(key); // open the scenario, (show the uncertainty,) then the factor editor
    await sleep(60);
  }
  const latencies: number[] = [];
  const settled: number[] = [];
  for (let step = 0; step < STEPS; step += 1) {
    let lastWrite = 0;
    const written = new Promise<number>((done) => {
      stdout.onWrite = () => {
        lastWrite = performance.now();
        done(lastWrite);
      };
    });
    const start = performance.now();
    stdin.send(step % 2 === 0 ? '+' : '-');
    latencies.push((await written) - start);
    await sleep(45);
    settled.push(lastWrite - start);
  }
  stdout.onWrite = null;
  instance.unmount();
  const median = percentile(latencies, 0.5);
  const p95 = percentile(latencies, 0.95);
  const verdict = (value: number, budget: number) => `${value.toFixed(2)} ms (${value <= budget ? 'ok' : 'OVER'} ${budget})`;
  const shown = uncertainty ? `  uncertainty on screen: median ${percentile(settled, 0.5).toFixed(1)} ms` : '';
  const load = `load ${loadavg()[0]?.toFixed(2) ?? '?'}`;
  const size = `${`${columns}x${rows}`.padEnd(7)} ${color ? 'colour' : 'mono  '}`;
  if (!uncertainty) medians[size] = median;
  if (baseline) {
    console.log(`  ${size}     median ${median.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  ${load}`);
    return;
  }
  const within = median <= MEDIAN_BUDGET_MS && p95 <= P95_BUDGET_MS;
  if (!uncertainty) overBudget += within ? 0 : 1;
  console.log(
    `  ${size}${uncertainty ? ' +u' : '   '}  median ${verdict(median, MEDIAN_BUDGET_MS)}  p95 ${verdict(p95, P95_BUDGET_MS)}  ${load}  ${within ? 'ok' : 'OVER BUDGET'}${shown}`,
  );
}

if (baseline) {
  console.log("the same with Ink's own screen output (the baseline: built without scripts/ink-output-plugin.mjs)");
  for (const [columns, rows] of [[80, 24], [120, 40], [160, 48]] as const) {
    for (const color of [true, false]) await measure(columns, rows, color);
  }
} else {
  const start = performance.now();
  for (let index = 0; index < 10_000; index += 1) {
    estimate(scenario, { overrides: { density: { min: 3 + (index % 5), max: 3 + (index % 5) } } });
  }
  console.log(`recompute and redraw after a factor change, 20 sectors (budget: median ${MEDIAN_BUDGET_MS} ms, p95 ${P95_BUDGET_MS} ms, at each size)`);
  console.log(`  estimate() alone: ${(((performance.now() - start) / 10_000) * 1_000).toFixed(1)} µs`);
  for (const [columns, rows] of [[80, 24], [120, 40], [160, 48]] as const) {
    for (const color of [true, false]) await measure(columns, rows, color);
  }
  const budgeted = overBudget;
  for (const [columns, rows] of [[120, 40], [160, 48]] as const) await measure(columns, rows, true, true);
  console.log(budgeted === 0 ? '  every size within budget' : `  ${budgeted} of 6 sizes and themes OVER BUDGET`);
}
// The last line: the medians as JSON, for bench/ui.mjs.
console.log(JSON.stringify(medians));
process.exit(0);
