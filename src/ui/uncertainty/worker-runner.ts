import { Worker } from 'node:worker_threads';
import type { UncertaintyListener, UncertaintyRunner } from './uncertainty-runner.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

/**
 * The uncertainty computed in a worker thread running `script` (the bundled
 * uncertainty-worker.ts). The UI's thread stays free for keys, and a cancel is
 * immediate: a simulation or a sensitivity is one synchronous computation,
 * which only ending its thread can stop. So a job still running when the
 * next one starts (a factor change) or when the UI quits ends its worker; a
 * finished job leaves it waiting for the next; `close` ends it. The thread is
 * unref'd besides: it never keeps the process alive after the UI has quit.
 */
export function workerRunner(script: string | URL): UncertaintyRunner {
  let worker: Worker | null = null;
  let running: { readonly id: number; readonly listener: UncertaintyListener } | null = null;
  let jobs = 0;

  const stop = (): void => {
    const ending = worker;
    worker = null;
    running = null;
    void ending?.terminate();
  };

  /** Hands the running job's listener to `report` and forgets the job: it has ended. */
  const end = (report: (listener: UncertaintyListener) => void): void => {
    const ended = running;
    running = null;
    if (ended !== null) report(ended.listener);
  };

  const spawn = (): Worker => {
    const created = new Worker(script);
    // Replies of a worker that was stopped, or of a job that was replaced, are dropped.
    created.on('message', (reply: WorkerReply) => {
      if (created !== worker || running === null || reply.id !== running.id) return;
      if (reply.type === 'simulated') running.listener.simulated(reply.simulation);
      else if (reply.type === 'analysed') end((listener) => listener.analysed(reply.sensitivity));
      else end((listener) => listener.failed(reply.message));
    });
    // A worker that dies on its own (out of memory, a bug) fails its job, and the next job starts a new one.
    created.on('error', (error) => {
      if (created !== worker) return;
      worker = null;
      end((listener) => listener.failed(error.message));
    });
    created.on('exit', (code) => {
      if (created !== worker) return;
      worker = null;
      end((listener) => listener.failed(`the computation stopped (exit code ${code}); the scenario may be too large for the memory`));
    });
    // After the listeners: adding a 'message' listener refs the thread's port again, and an idle worker kept
    // the process alive after the UI had quit.
    created.unref();
    return created;
  };

  return {
    start(job, listener) {
      if (running !== null) stop();
      worker ??= spawn();
      jobs += 1;
      const id = jobs;
      running = { id, listener };
      const request: WorkerRequest = { id, job };
      worker.postMessage(request);
      return () => {
        if (running?.id === id) stop();
      };
    },
    close: stop,
  };
}
