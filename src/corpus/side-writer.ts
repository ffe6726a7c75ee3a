// Node-only: some of `watch`'s formats written on a second thread while this
// one writes the rest. After one more article, an update of a 1,000-article
// store spends most of its time writing four formats of about 30 MB each,
// one after another on one core; the machine has two. The other thread
// keeps its own copy of the graph (./graph-mirror.ts), sent only what
// changed, and its own render caches, so it writes the same bytes this
// thread would (src/corpus/export-worker.ts).
import type { Worker } from 'node:worker_threads';
import type { ExportFormat } from '../export/formats.js';
import type { GexfVersion } from '../export/gexf-version.js';
import type { OrderedEdge } from '../export/order.js';
import type { NewsGraph } from '../graph/index.js';
import { GraphDiffer, type GraphDiff } from './graph-mirror.js';
import { startWorker } from './start-worker.js';
import { fromWorker, type WorkerFailure } from './worker-error.js';

export interface SideRequest {
  diff: GraphDiff;
  out: string;
  formats: ExportFormat[];
  gexfVersion: GexfVersion;
}

/** Each format's paths, in the order asked for; or why not, and whether the worker's copy of the graph is still whole. */
export type SideReply = { written: string[][] } | { failure: WorkerFailure; mirrorLost: boolean };

/**
 * About how long an update spends writing each format, in shares (profiles
 * of one more article in a 1,000-article store; json with documents.json).
 * neo4j is rendered whole each time, so it weighs most.
 */
const WRITE_COST: Readonly<Record<ExportFormat, number>> = { json: 13, csv: 7, gexf: 18, graphml: 12, neo4j: 50 };
/** This thread's own share before its first format: working out the differences and posting them. */
const SENDING_COST = 3;

/**
 * The formats to write here and on the other thread: the costliest first,
 * each to the side with less to do (the other thread on a tie). Only one
 * format: all of it here, with nothing to wait for.
 */
export function splitFormats(formats: readonly ExportFormat[]): { here: ExportFormat[]; there: ExportFormat[] } {
  const unique = [...new Set(formats)];
  if (unique.length < 2) return { here: unique, there: [] };
  const byCost = [...unique].sort((a, b) => WRITE_COST[b] - WRITE_COST[a] || (a < b ? -1 : 1));
  const here: ExportFormat[] = [];
  const there: ExportFormat[] = [];
  let hereCost = SENDING_COST;
  let thereCost = 0;
  for (const format of byCost) {
    if (thereCost <= hereCost) {
      there.push(format);
      thereCost += WRITE_COST[format];
    } else {
      here.push(format);
      hereCost += WRITE_COST[format];
    }
  }
  const inOrder = (side: ExportFormat[]) => unique.filter((format) => side.includes(format));
  return { here: inOrder(here), there: inOrder(there) };
}

export class SideWriter {
  private worker: Worker | undefined;
  private readonly differ = new GraphDiffer();
  private waiting: ((reply: SideReply | Error) => void) | undefined;

  /**
   * Sends what changed in `graph` since the last write and has the other
   * thread write `formats`; resolves to each format's paths, in order. One
   * write at a time: the next one's differences are counted from this one.
   */
  write(graph: NewsGraph, ordered: readonly OrderedEdge[], request: Omit<SideRequest, 'diff'>): Promise<string[][]> {
    if (this.waiting !== undefined) return Promise.reject(new Error('SideWriter: a write is already under way'));
    const worker = (this.worker ??= this.start());
    return new Promise<string[][]>((resolveWrite, rejectWrite) => {
      this.waiting = (reply) => {
        this.waiting = undefined;
        if (reply instanceof Error) return rejectWrite(reply);
        if ('written' in reply) return resolveWrite(reply.written);
        if (reply.mirrorLost) this.lose();
        rejectWrite(fromWorker(reply.failure, 'the export worker'));
      };
      try {
        const diff = this.differ.diff(graph, ordered);
        worker.postMessage({ ...request, diff } satisfies SideRequest);
      } catch (error) {
        // Not sent (a value that cannot cross threads): the differences counted as sent were not.
        this.lose();
        this.waiting = undefined;
        rejectWrite(error);
      }
    });
  }

  /** Stops the other thread; a later write starts another, sent the whole graph. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.lose();
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = startWorker('export-worker', undefined);
    worker.on('message', (reply: SideReply) => this.waiting?.(reply));
    worker.on('error', (error) => {
      if (this.worker === worker) this.lose();
      this.waiting?.(fromWorker(error, 'the export worker'));
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.lose();
      this.waiting?.(new Error(`the export worker stopped (exit code ${code})`));
    });
    return worker;
  }

  /** Forgets the worker and what it was sent: the next write starts a new one with the whole graph. */
  private lose(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.differ.reset();
    if (worker !== undefined) void worker.terminate();
  }
}
