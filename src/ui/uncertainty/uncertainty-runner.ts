/**
 * Where the uncertainty of the open scenario is computed: a runner takes a
 * job (the scenario under the planner's values), reports the simulation, then
 * the sensitivity, and can be cancelled at any moment. The screen asks for a
 * new job at each factor change and cancels the old one; quitting cancels
 * the last. The in-thread runner here is the harmless default (tests, the
 * library); the interactive calculator uses worker-runner.ts, which computes
 * in a worker thread so that a cancel is immediate however large the scenario.
 */
import { sensitivity, type Sensitivity } from '../../core/analysis/index.js';
import type { FactorSettings, Scenario } from '../../core/index.js';
import { simulate, type Simulation } from '../../core/simulation/index.js';

/** What to compute: the simulation (with `samples` from `seed`) and the sensitivity of `scenario` under `overrides`. */
export interface UncertaintyJob {
  readonly scenario: Scenario;
  readonly overrides: FactorSettings;
  readonly overrideSource: string;
  readonly samples: number;
  readonly seed: number;
}

/** What a job reports, in this order: the simulation, then the sensitivity; or why it failed. Nothing after a cancel. */
export interface UncertaintyListener {
  readonly simulated: (simulation: Simulation) => void;
  readonly analysed: (sensitivity: Sensitivity) => void;
  readonly failed: (message: string) => void;
}

/** Starts jobs; each start returns the job's cancel, after which the listener hears nothing more. */
export interface UncertaintyRunner {
  readonly start: (job: UncertaintyJob, listener: UncertaintyListener) => () => void;
  /** Ends whatever is under way and frees the runner's resources (its thread); for when the UI has quit. */
  readonly close: () => void;
}

/** A job's simulation, as both runners compute it. */
export function simulateJob(job: UncertaintyJob): Simulation {
  return simulate(job.scenario, { overrides: job.overrides, overrideSource: job.overrideSource, samples: job.samples, seed: job.seed });
}

/** A job's sensitivity, as both runners compute it. */
export function analyseJob(job: UncertaintyJob): Sensitivity {
  return sensitivity(job.scenario, { overrides: job.overrides, overrideSource: job.overrideSource });
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Computes on the UI's own thread, one part per turn of the event loop (the
 * simulation, then the sensitivity), so a key pressed meanwhile waits for one
 * part at most; a cancel drops the part not yet run. Fine for the scenarios a
 * planner writes by hand, whose parts take milliseconds; a part of a scenario
 * of thousands of sectors holds every key, quitting included, until it ends.
 */
export const inThreadRunner: UncertaintyRunner = {
  start(job, listener) {
    // Each part catches its own failure: an exception thrown in a timer would end the app with the terminal raw.
    const run = (part: () => void) => {
      try {
        part();
      } catch (error) {
        listener.failed(messageOf(error));
      }
    };
    let pending = setImmediate(() =>
      run(() => {
        listener.simulated(simulateJob(job));
        pending = setImmediate(() => run(() => listener.analysed(analyseJob(job))));
      }),
    );
    return () => clearImmediate(pending);
  },
  // Nothing outlives a job here: each cancel already dropped its part.
  close: () => undefined,
};
