// Node-only: a large graph's layout and its files at the same time. On two
// cores the ForceAtlas2 run of a fresh picture (about two seconds for the
// 946-article graph) and writing the files (about as long again) used to
// follow one another. Only the nodes' lines read positions, so the layout runs
// on a worker thread while this one writes everything else: the CSV files
// whole, and the edge part of each graph file (./parts.ts, most of its bytes)
// to a temporary file. With the positions back, each graph file is its node
// part followed by those bytes. The files and their bytes are those of
// finishing the layout first and then calling writeExports.
//
// Only the layout goes to a worker. Writing GEXF on a second thread as well
// (the graph sent over and rebuilt there) used to pay, before the writers got
// quicker; a store export of 1,000 articles now takes 4.5-5.4 s on one thread
// against 4.9-5.8 s with that worker, and 230 MB against 350 MB of memory.
import { basename, dirname, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { EXPORT_FILES, type ExportFormat } from '../export/formats.js';
import { gexfParts } from '../export/gexf.js';
import type { GexfVersion } from '../export/gexf-version.js';
import { graphmlParts } from '../export/graphml.js';
import { jsonParts } from '../export/json.js';
import type { FileParts } from '../export/parts.js';
import { checkExportRequest, writeExports, type WriteExportsOptions } from '../export/write.js';
import { finishLayout, runLayoutJob, type LayoutPlan } from '../graph/layout.js';
import type { NewsGraph } from '../graph/index.js';
import { BadInputError } from '../errors.js';
import { cannotWrite, removeQuietly, writeChunksAtomic } from '../io/atomic.js';
import { filePieces } from '../io/file-pieces.js';
import { removeStaleTemporaries } from '../io/stale-temporaries.js';
import { NEO4J_FILES, NEO4J_FOLDER } from '../export/neo4j.js';
import { startWorker } from './start-worker.js';
import type { ExportGraph } from '../export/graph-type.js';

/** Nodes plus edges below which the layout runs on this thread (a worker starts in ~0.1 s and gets a copy of the job). */
export const PARALLEL_LAYOUT_FROM = 5_000;

export interface ParallelLayoutOptions extends WriteExportsOptions {
  /** Nodes plus edges from which the layout runs on a worker; PARALLEL_LAYOUT_FROM by default. */
  parallelFrom?: number;
}

/** Whether a graph is large enough for a second thread to pay for starting it. */
function worthASecondThread(graph: ExportGraph, options: ParallelLayoutOptions): boolean {
  return graph.order + graph.size >= (options.parallelFrom ?? PARALLEL_LAYOUT_FROM);
}

/** The graph files that come in parts (named as EXPORT_FILES names them); csv reads no position and neo4j is written after the layout. */
function partedFile(graph: NewsGraph, format: ExportFormat, gexfVersion: GexfVersion): [file: string, parts: FileParts] | null {
  const file = EXPORT_FILES[format][0]!;
  switch (format) {
    case 'json':
      return [file, jsonParts(graph)];
    case 'gexf':
      return [file, gexfParts(graph, { version: gexfVersion })];
    case 'graphml':
      return [file, graphmlParts(graph)];
    default:
      return null;
  }
}

export interface LayOutAndWriteOptions extends ParallelLayoutOptions {
  /**
   * Work on the graph that the layout does not read (its metrics: buildGraph
   * with `metrics: false`), done once the layout has started and before
   * anything is written.
   */
  whileLayingOut?: () => void;
}

/**
 * Finishes `plan` on `graph` (built with `layout: false`) and writes its
 * exports into `outDir`: for a large graph with a ForceAtlas2 run to make,
 * both at once; otherwise one after the other. Returns the paths written, in
 * the order of the formats.
 */
export async function layOutAndWrite(
  graph: NewsGraph,
  plan: LayoutPlan,
  outDir: string,
  formats: readonly string[],
  options: LayOutAndWriteOptions = {},
): Promise<string[]> {
  const { formats: requested, gexfVersion } = checkExportRequest(formats, options);
  removeOutputTemporaries(outDir);
  if (!plan.job || !worthASecondThread(graph, options)) {
    options.whileLayingOut?.();
    finishLayout(graph, plan, plan.job ? runLayoutJob(plan.job) : undefined);
    return writeExports(graph, outDir, requested, { gexfVersion });
  }
  const worker = startWorker('layout-worker', plan.job);
  const positions = runLayoutWorker(worker);
  // Handled here too: if writing fails first, the layout's own failure must not go unhandled.
  positions.catch(() => undefined);
  const written = new Map<ExportFormat, string[]>();
  const parted: Array<{ format: ExportFormat; path: string; parts: FileParts; edges: string }> = [];
  try {
    options.whileLayingOut?.();
    for (const format of requested) {
      const file = partedFile(graph, format, gexfVersion);
      if (file) {
        const path = join(outDir, file[0]);
        const edges = join(dirname(path), `.${basename(path)}.${process.pid}.edges.tmp`);
        parted.push({ format, path, parts: file[1], edges });
        try {
          writeChunksAtomic(edges, file[1].edges());
        } catch (error) {
          // Named after the file the user asked for, not its temporary part.
          throw error instanceof BadInputError ? cannotWrite(path, error.cause) : error;
        }
      } else if (format === 'csv') {
        written.set(format, writeExports(graph, outDir, [format], { gexfVersion }));
      }
    }
    finishLayout(graph, plan, await positions);
    for (const { format, path, parts, edges } of parted) {
      writeChunksAtomic(path, joined(parts.nodes(), filePieces(edges)));
      written.set(format, [path]);
    }
    for (const format of requested) if (!written.has(format)) written.set(format, writeExports(graph, outDir, [format], { gexfVersion }));
  } finally {
    for (const { edges } of parted) removeQuietly(edges);
    // A failure while writing must not leave the worker running.
    void worker.terminate();
  }
  return requested.flatMap((format) => written.get(format) ?? []);
}

/** A killed earlier run's temporaries of any export file in `outDir` (../io/stale-temporaries.ts). */
function removeOutputTemporaries(outDir: string): void {
  const files = Object.values(EXPORT_FILES).flat();
  removeStaleTemporaries(outDir, files.filter((file) => !file.includes('/')));
  removeStaleTemporaries(join(outDir, NEO4J_FOLDER), NEO4J_FILES);
}

function* joined(...parts: Array<Iterable<string | Uint8Array>>): Generator<string | Uint8Array, void, undefined> {
  for (const part of parts) yield* part;
}

function runLayoutWorker(worker: Worker): Promise<{ x: number[]; y: number[] }> {
  return new Promise((resolvePositions, rejectPositions) => {
    let replied = false;
    worker.once('message', (reply: { x: number[]; y: number[] }) => {
      replied = true;
      resolvePositions(reply);
    });
    worker.once('error', (error) => rejectPositions(new Error(`the layout worker failed: ${error.message}`, { cause: error })));
    worker.once('exit', (code) => {
      if (!replied) rejectPositions(new Error(`the layout worker stopped early (exit code ${code})`));
    });
  });
}
