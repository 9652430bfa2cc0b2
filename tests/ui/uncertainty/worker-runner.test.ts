import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sensitivity } from '../../../src/core/analysis/index.js';
import type { Scenario } from '../../../src/core/index.js';
import type { Simulation } from '../../../src/core/simulation/index.js';
import { analyseJob, inThreadRunner, simulateJob, type UncertaintyJob, type UncertaintyRunner } from '../../../src/ui/uncertainty/uncertainty-runner.js';
import { workerRunner } from '../../../src/ui/uncertainty/worker-runner.js';
import { ceasefire, uiScenario } from '../build-scenarios.js';

// The runners of the UI's uncertainty: the worker thread (the calculator's, so that quitting never
// waits for a large scenario) gives what the in-thread runner gives, and a cancel stops it at once.

/** The worker script, bundled as scripts/build.mjs bundles it (a worker thread runs JavaScript, not TypeScript). */
let folder = '';
let script = '';
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'forcecalc-worker-'));
  script = join(folder, 'uncertainty-worker.mjs');
  await build({ entryPoints: ['src/ui/uncertainty/uncertainty-worker.ts'], outfile: script, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const job = (scenario: Scenario, samples = 500): UncertaintyJob => ({ scenario, overrides: {}, overrideSource: 'test', samples, seed: 7 });

type Heard = { simulation?: Simulation; sensitivity?: Sensitivity; failed?: string };

/** Starts `work` and resolves with what it reported once it analysed or failed; `heard` fills as it goes. */
function runToEnd(runner: UncertaintyRunner, work: UncertaintyJob, heard: Heard = {}): Promise<Heard> {
  return new Promise((resolve) => {
    runner.start(work, {
      simulated: (simulation) => (heard.simulation = simulation),
      analysed: (sensitivity) => resolve({ ...heard, sensitivity }),
      failed: (message) => resolve({ ...heard, failed: message }),
    });
  });
}

/** 23,500 uncertain sectors: a sensitivity of minutes (a 1 MiB file holds as many). */
const huge = uiScenario({
  id: 'huge',
  title: 'Huge',
  sectors: Array.from({ length: 23_500 }, (_, index) => ({ name: `s${index}`, km: [20 + (index % 97), 25 + (index % 97)] as const })),
});

describe('the worker runner', () => {
  test('reports the same simulation and sensitivity as the in-thread runner, in that order', async () => {
    const runner = workerRunner(script);
    try {
      const inWorker = await runToEnd(runner, job(ceasefire));
      const inThread = await runToEnd(inThreadRunner, job(ceasefire));
      expect(inWorker.failed).toBeUndefined();
      expect(inWorker).toEqual(inThread);
      expect(inWorker.simulation).toEqual(simulateJob(job(ceasefire)));
      expect(inWorker.sensitivity).toEqual(analyseJob(job(ceasefire)));
    } finally {
      runner.close();
    }
  });

  test('a cancel stops a job under way: it reports nothing more, and the next job is answered without waiting for it', async () => {
    const runner = workerRunner(script);
    try {
      const heard: string[] = [];
      // One sample: the simulation is quick, the sensitivity of 23,500 sectors is not.
      const cancel = await new Promise<() => void>((resolve) => {
        const stop = runner.start(job(huge, 1), {
          simulated: () => {
            heard.push('simulated');
            resolve(stop);
          },
          analysed: () => heard.push('analysed'),
          failed: (message) => heard.push(`failed: ${message}`),
        });
      });
      cancel();
      // Were the old job still computing, this would wait for it: the worker does one job at a time.
      const next = await runToEnd(runner, job(ceasefire));
      expect(next.sensitivity).toEqual(analyseJob(job(ceasefire)));
      expect(heard).toEqual(['simulated']);
    } finally {
      runner.close();
    }
  });

  test('a new job replaces one under way without a cancel (a factor change): only the new one reports', async () => {
    const runner = workerRunner(script);
    try {
      const old: string[] = [];
      runner.start(job(huge, 1), { simulated: () => old.push('simulated'), analysed: () => old.push('analysed'), failed: () => old.push('failed') });
      const next = await runToEnd(runner, job(ceasefire));
      expect(next.sensitivity).toEqual(analyseJob(job(ceasefire)));
      expect(old).not.toContain('analysed');
      expect(old).not.toContain('failed');
    } finally {
      runner.close();
    }
  });

  test('a job that throws reports why, and the runner takes the next one', async () => {
    const runner = workerRunner(script);
    try {
      expect(await runToEnd(runner, job(ceasefire, 0))).toEqual({ failed: 'samples must be a whole number from 1 to 10000000, got 0' });
      expect((await runToEnd(runner, job(ceasefire))).sensitivity).toBeDefined();
    } finally {
      runner.close();
    }
  });

  test('a worker that cannot start fails its job with a message, never an exception', async () => {
    const runner = workerRunner(join(folder, 'missing.mjs'));
    try {
      const heard = await runToEnd(runner, job(ceasefire));
      expect(heard.failed).toMatch(/missing\.mjs/);
    } finally {
      runner.close();
    }
  });
});

describe('the in-thread runner', () => {
  test('a cancel before the first part runs: nothing is reported', async () => {
    const heard: string[] = [];
    const cancel = inThreadRunner.start(job(ceasefire), { simulated: () => heard.push('simulated'), analysed: () => heard.push('analysed'), failed: () => heard.push('failed') });
    cancel();
    await new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
    expect(heard).toEqual([]);
  });
});
