// Node-only: the body of the export worker (./write-exports.ts). It gets the
// graph as graphology's serialisation, rebuilds it and writes its formats,
// one at a time, each file whole or not at all; then it says which paths it
// wrote or why it stopped.
import { MultiGraph } from 'graphology';
import { parentPort, workerData } from 'node:worker_threads';
import type { ExportGraph } from '../export/graph-type.js';
import { NewsgraphError } from '../errors.js';
import { writeExports } from '../export/write.js';
import type { ExportJob, ExportReply } from './export-messages.js';

const port = parentPort;
if (!port) throw new Error('src/corpus/export-worker is meant to run as a worker thread');
const job = workerData as ExportJob;
// Multi allows everything the graph may hold (parallel edges, either
// direction); the writers sent here read only nodes, edges, attributes and degrees.
const graph = MultiGraph.from(job.graph, { multi: true }) as unknown as ExportGraph;
const reply: ExportReply = { written: {} };
for (const format of job.formats) {
  try {
    reply.written[format] = writeExports(graph, job.outDir, [format], { gexfVersion: job.gexfVersion });
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    const code = (failure as { code?: unknown }).code;
    reply.failed = {
      format,
      message: failure.message,
      ...(typeof code === 'string' ? { code } : {}),
      ...(failure instanceof NewsgraphError ? { name: failure.name } : {}),
    };
    break;
  }
}
port.postMessage(reply);
