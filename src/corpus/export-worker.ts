// Node-only: the body of the export worker (./side-writer.ts). It keeps a
// copy of the graph (./graph-mirror.ts), brings it up to date with each
// request's differences and writes the formats asked for, reusing the bytes
// of unchanged edges from its own last files (src/export/render-cache.ts).
import { parentPort } from 'node:worker_threads';
import { renderCaches } from '../export/render-cache.js';
import { writeExports } from '../export/write.js';
import { GraphMirror } from './graph-mirror.js';
import type { SideReply, SideRequest } from './side-writer.js';

const port = parentPort;
if (!port) throw new Error('src/corpus/export-worker is meant to run as a worker thread');
const mirror = new GraphMirror();
const caches = renderCaches();

port.on('message', (request: SideRequest) => {
  let reply: SideReply;
  try {
    mirror.apply(request.diff);
  } catch (error) {
    // The copy may be half changed: the thread that sent it starts another worker.
    port.postMessage({ failure: failureOf(error), mirrorLost: true } satisfies SideReply);
    return;
  }
  try {
    const edges = mirror.orderedEdges();
    const written = request.formats.map((format) =>
      writeExports(mirror.graph, request.out, [format], { gexfVersion: request.gexfVersion, caches, releaseOldInBackground: true, edges }),
    );
    reply = { written };
  } catch (error) {
    reply = { failure: failureOf(error), mirrorLost: false };
  }
  port.postMessage(reply);
});

function failureOf(error: unknown): { name?: string; message: string; code?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code } = error as { code?: unknown };
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}
