/**
 * The worker thread of worker-runner.ts (bundled by scripts/build.mjs as
 * dist/uncertainty-worker.mjs): computes each job it is sent, the simulation
 * then the sensitivity, and posts each back with the job's number. It loads
 * the core only, not Ink or React. A job is stopped by terminating the thread.
 */
import { parentPort } from 'node:worker_threads';
import { analyseJob, simulateJob } from './uncertainty-runner.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

const port = parentPort;
if (port === null) throw new Error('uncertainty-worker runs as a worker thread');

port.on('message', ({ id, job }: WorkerRequest) => {
  const reply = (message: WorkerReply) => port.postMessage(message);
  try {
    reply({ id, type: 'simulated', simulation: simulateJob(job) });
    reply({ id, type: 'analysed', sensitivity: analyseJob(job) });
  } catch (error) {
    reply({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
