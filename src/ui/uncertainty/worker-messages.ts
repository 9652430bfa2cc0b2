/** The messages between worker-runner.ts and uncertainty-worker.ts (structured clones: plain data only). */
import type { Sensitivity } from '../../core/analysis/index.js';
import type { Simulation } from '../../core/simulation/index.js';
import type { UncertaintyJob } from './uncertainty-runner.js';

/** A job, numbered so that a reply can be matched to it. */
export interface WorkerRequest {
  readonly id: number;
  readonly job: UncertaintyJob;
}

/** One part of a job's result, or why it failed. */
export type WorkerReply =
  | { readonly id: number; readonly type: 'simulated'; readonly simulation: Simulation }
  | { readonly id: number; readonly type: 'analysed'; readonly sensitivity: Sensitivity }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };
