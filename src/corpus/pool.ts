// Node-only: extraction spread over worker threads. Articles are handed out
// one or two at a time as workers free up, so a long article does not hold
// back a whole batch; results are put back in input order, so the graph does
// not depend on which worker finished first.
import type { Worker } from 'node:worker_threads';
import type { Doc, Extraction } from '../types.js';
import type { ExtractReply, ExtractRequest, WorkerSettings } from './messages.js';
import { shareEvidenceText } from './slim.js';
import { startWorker } from './start-worker.js';
import { fromWorker } from './worker-error.js';

/** Articles queued at each worker, so it never waits for the next one to arrive. */
const IN_FLIGHT_PER_WORKER = 2;

export type Outcome = { extraction: Extraction } | { error: string };

export interface PoolOptions extends WorkerSettings {
  jobs: number;
  onDone?: (done: number) => void;
}

export function extractInWorkers(docs: readonly Doc[], options: PoolOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(docs.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise<Outcome[]>((resolvePool, rejectPool) => {
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) rejectPool(error);
      else resolvePool(outcomes);
    };
    const feed = (worker: Worker, inFlight: { count: number }): void => {
      while (inFlight.count < IN_FLIGHT_PER_WORKER && next < docs.length) {
        const request: ExtractRequest = { index: next, doc: docs[next]! };
        next += 1;
        inFlight.count += 1;
        worker.postMessage(request);
      }
    };
    if (docs.length === 0) return finish();
    const settings: WorkerSettings = { rulesOnly: options.rulesOnly, ...(options.slim ? { slim: options.slim } : {}) };
    for (let n = 0; n < Math.min(options.jobs, docs.length); n++) {
      const worker = startWorker('worker', settings);
      const inFlight = { count: 0 };
      workers.push(worker);
      worker.on('message', (reply: ExtractReply) => {
        if ('extraction' in reply && options.slim) shareEvidenceText(reply.extraction.relations);
        outcomes[reply.index] = 'error' in reply ? { error: reply.error } : { extraction: reply.extraction };
        inFlight.count -= 1;
        done += 1;
        options.onDone?.(done);
        if (done === docs.length) finish();
        else feed(worker, inFlight);
      });
      // A worker that dies (the model would not load, or it ran out of memory) ends the build.
      worker.on('error', (error) => finish(fromWorker(error, 'an extraction worker')));
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`an extraction worker stopped early (exit code ${code})`));
      });
      feed(worker, inFlight);
    }
  });
}
