// Node-only: extraction on two threads that share each article instead of
// taking whole articles each. Every thread that extracts warms V8 up on its
// own (./jobs.ts), so two threads extracting whole articles pay that twice,
// and on two cores they were slower than one thread up to about 1,500
// articles. Here a worker runs the trained recogniser (about half of an
// article's work) and this thread runs everything else with the model's
// mentions as they arrive (the worker runs ahead): each function is warmed
// up on one thread only. The extractions are those of extracting in this thread
// alone (the recogniser is a pure function of the text and its sentences),
// in input order.
import { extract } from '../pipeline.js';
import type { Worker } from 'node:worker_threads';
import type { Doc, Mention } from '../types.js';
import type { ExtractRequest, RecogniseReply, WorkerSettings } from './messages.js';
import type { Outcome } from './pool.js';
import { slimExtraction } from './slim.js';
import { startWorker } from './start-worker.js';
import { fromWorker } from './worker-error.js';

export interface SplitOptions extends Pick<WorkerSettings, 'slim'> {
  onDone?: (done: number) => void;
  /** A worker started ahead (startRecogniser), used and then stopped here; else one is started. */
  started?: EarlyRecogniser;
}

/**
 * The recogniser worker, started before the articles are read: its imports
 * and the model take about 0.3 s before it can answer, time the reading can
 * hide. It does not keep the process alive, and remembers how it failed
 * until extractSplit takes it over. Whoever starts it stops it (stop) unless
 * extractSplit took it.
 */
export interface EarlyRecogniser {
  worker: Worker;
  failure(): Error | undefined;
  stop(): void;
}

export function startRecogniser(): EarlyRecogniser {
  const worker = startWorker('recogniser-worker', null);
  worker.unref();
  let failure: Error | undefined;
  worker.once('error', (error) => (failure ??= error));
  worker.once('exit', (code) => (failure ??= new Error(`exit code ${code}`)));
  return { worker, failure: () => failure, stop: () => void worker.terminate() };
}

export function extractSplit(docs: readonly Doc[], options: SplitOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(docs.length);
  const early = options.started ?? startRecogniser();
  if (docs.length === 0) {
    early.stop();
    return Promise.resolve(outcomes);
  }
  const { worker } = early;
  worker.ref();
  let done = 0;
  return new Promise<Outcome[]>((resolveAll, rejectAll) => {
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      early.stop();
      if (error) rejectAll(error);
      else resolveAll(outcomes);
    };
    const failedEarly = early.failure();
    if (failedEarly) return finish(fromWorker(failedEarly, 'the recogniser worker'));
    worker.on('message', (reply: RecogniseReply) => {
      if (settled) return;
      outcomes[reply.index] = 'error' in reply ? { error: reply.error } : extractWith(docs[reply.index]!, reply.mentions, options);
      done += 1;
      options.onDone?.(done);
      if (done === docs.length) finish();
    });
    // A worker that dies (the model would not load, or it ran out of memory) ends the build.
    worker.on('error', (error) => finish(fromWorker(error, 'the recogniser worker')));
    worker.on('exit', (code) => {
      if (!settled) finish(new Error(`the recogniser worker stopped early (exit code ${code})`));
    });
    // All at once: the worker takes them in order, and the documents are held here anyway.
    docs.forEach((doc, index) => worker.postMessage({ index, doc } satisfies ExtractRequest));
  });
}

/** The rest of the extraction, with the model's mentions from the worker standing in for the recogniser. */
function extractWith(doc: Doc, modelMentions: Mention[], options: SplitOptions): Outcome {
  try {
    const extraction = extract(doc, { recogniser: () => modelMentions });
    return { extraction: options.slim ? slimExtraction(extraction, options.slim) : extraction };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
