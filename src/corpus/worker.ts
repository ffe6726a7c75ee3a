// Node-only: the body of one extraction worker. It loads the recogniser once,
// then extracts every article it is sent. An article that fails is reported
// back with the reason, so one bad article does not end the build.
import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../pipeline.js';
import { loadRecogniser } from '../io/recogniser.js';
import type { ExtractReply, ExtractRequest, WorkerSettings } from './messages.js';
import { slimExtraction } from './slim.js';

const port = parentPort;
if (!port) throw new Error('src/corpus/worker is meant to run as a worker thread');
const settings = workerData as WorkerSettings;
const recogniser = settings.rulesOnly ? null : loadRecogniser();

port.on('message', (request: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    const extraction = extract(request.doc, { recogniser });
    reply = { index: request.index, extraction: settings.slim ? slimExtraction(extraction, settings.slim) : extraction };
  } catch (error) {
    reply = { index: request.index, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
