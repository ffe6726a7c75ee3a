// Node-only: a corpus graph's exports written on two threads. On one thread
// the formats are rendered and written one after the other (about 30 MB of
// text each for 946 articles); here GEXF, the slowest to render, goes to a
// worker that gets a copy of the graph, while this thread writes the others.
// Files and bytes are those of writeExports, each written whole or not at
// all; small graphs, where starting a worker costs more than it saves, are
// written here as before.
import type { Worker } from 'node:worker_threads';
import type { ExportFormat } from '../export/formats.js';
import type { ExportGraph } from '../export/graph-type.js';
import { checkExportRequest, writeExports, type WriteExportsOptions } from '../export/write.js';
import type { ExportJob, ExportReply } from './export-messages.js';
import { startWorker } from './start-worker.js';
import { fromWorker } from './worker-error.js';

/**
 * Formats the worker takes; at least one format always stays on this thread.
 * GEXF is the slowest to render; the worker also rebuilds the graph first, so
 * this thread's share (JSON, GraphML, CSV) takes about as long.
 */
const WORKER_FORMATS: readonly ExportFormat[] = ['gexf'];
/** Nodes plus edges below which one thread is quicker (a worker starts in ~0.1 s and copies the graph). */
export const PARALLEL_EXPORT_FROM = 5_000;

export interface ParallelExportOptions extends WriteExportsOptions {
  /** Nodes plus edges from which a worker is used; PARALLEL_EXPORT_FROM by default. */
  parallelFrom?: number;
}

/** Whether a graph is large enough for a second thread to pay for starting it. */
export function worthASecondThread(graph: ExportGraph, options: ParallelExportOptions): boolean {
  return graph.order + graph.size >= (options.parallelFrom ?? PARALLEL_EXPORT_FROM);
}

/** writeExports, with the GEXF file of a large graph written by a worker thread at the same time. */
export async function writeExportsInParallel(
  graph: ExportGraph,
  outDir: string,
  formats: readonly string[],
  options: ParallelExportOptions = {},
): Promise<string[]> {
  const { formats: requested, gexfVersion } = checkExportRequest(formats, options);
  const offloaded = worthASecondThread(graph, options) ? requested.filter((format) => WORKER_FORMATS.includes(format)) : [];
  if (offloaded.length === requested.length) offloaded.pop();
  if (offloaded.length === 0) return writeExports(graph, outDir, requested, { gexfVersion });

  const job: ExportJob = { graph: graph.export(), outDir, formats: offloaded, gexfVersion };
  const workerReply = runExportWorker(startWorker('export-worker', job));
  const written = new Map<ExportFormat, string[]>();
  let failedHere: { format: ExportFormat; error: unknown } | undefined;
  for (const format of requested.filter((f) => !offloaded.includes(f))) {
    try {
      written.set(format, writeExports(graph, outDir, [format], { gexfVersion }));
    } catch (error) {
      failedHere = { format, error };
      break;
    }
  }
  const reply = await workerReply;
  for (const [format, paths] of Object.entries(reply.written)) written.set(format as ExportFormat, paths);
  // The first format in the order asked for that failed is the one reported, as on one thread.
  const failures = [
    ...(failedHere ? [failedHere] : []),
    ...(reply.failed ? [{ format: reply.failed.format, error: fromWorker(reply.failed, 'the export worker') }] : []),
  ].sort((a, b) => requested.indexOf(a.format) - requested.indexOf(b.format));
  if (failures[0]) throw failures[0].error;
  return requested.flatMap((format) => written.get(format) ?? []);
}

function runExportWorker(worker: Worker): Promise<ExportReply> {
  return new Promise<ExportReply>((resolveReply, rejectReply) => {
    let replied = false;
    worker.once('message', (reply: ExportReply) => {
      replied = true;
      resolveReply(reply);
    });
    worker.once('error', (error) => rejectReply(new Error(`the export worker failed: ${error.message}`, { cause: error })));
    worker.once('exit', (code) => {
      if (!replied) rejectReply(new Error(`the export worker stopped early (exit code ${code})`));
    });
  });
}
