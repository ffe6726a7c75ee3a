// Node-only: the body of the recogniser worker (./split.ts). It loads the
// shipped model once, then for every article it is sent it segments the text
// and runs the trained recogniser, and sends back the model's mentions: that
// is about half the work of extracting an article, done here while the
// thread that sent it does the other half (the rules onward) for the article
// before.
import { parentPort } from 'node:worker_threads';
import { loadRecogniser } from '../io/recogniser.js';
import { segment } from '../segment/index.js';
import type { ExtractRequest, RecogniseReply } from './messages.js';

const port = parentPort;
if (!port) throw new Error('src/corpus/recogniser-worker is meant to run as a worker thread');
const recogniser = loadRecogniser();

port.on('message', (request: ExtractRequest) => {
  let reply: RecogniseReply;
  try {
    reply = { index: request.index, mentions: recogniser(request.doc.text, segment(request.doc)) };
  } catch (error) {
    reply = { index: request.index, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
