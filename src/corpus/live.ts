// Node-only: a store's graph kept in memory between exports, for `newsgraph
// watch`. Each export writes exactly the files `newsgraph export` would write
// from the store at that moment, but does only the work that the articles
// added, replaced or removed since the last one call for:
// - the extractions stay in memory; only articles whose content hash changed
//   are read from the store again (everything, when another process wrote
//   to the store: a `refresh` keeps the hashes);
// - resolution across articles profiles again only the keys those articles
//   name (RepeatedResolution), and an article whose keys map as before keeps
//   its mapped object (RepeatedKeyMap), so the graph sees it as unchanged;
// - the graph recomputes only the nodes and edges those articles feed
//   (src/graph/incremental.ts);
// - the writers reuse the text of every edge that is the same object as last
//   time (src/export/render-cache.ts), and documents.json its unchanged lines;
// - with two formats or more, some are written on a second thread meanwhile
//   (./side-writer.ts).
import { join } from 'node:path';
import { BadInputError } from '../errors.js';
import { documentEntry, documentLine, documentsJSONOfLines, DOCUMENTS_FILE, DOCUMENTS_VERSION } from '../export/documents.js';
import type { ExportFormat } from '../export/formats.js';
import type { GexfVersion } from '../export/gexf-version.js';
import { renderCaches } from '../export/render-cache.js';
import { wantsDocuments } from '../export/write-documents.js';
import { sortedEdges, type OrderedEdge } from '../export/order.js';
import { writeExports } from '../export/write.js';
import { IncrementalGraph } from '../graph/incremental.js';
import { finishLayout, planLayout, runLayoutJob } from '../graph/layout.js';
import { assignMetrics } from '../graph/metrics.js';
import type { NewsGraph, Position } from '../graph/index.js';
import { writeChunksAtomic, writeFileAtomic } from '../io/atomic.js';
import { RepeatedKeyMap, RepeatedResolution, serialiseMergeList, type AliasTable, type CrossMerge } from '../resolve/across/index.js';
import { loadExtractions, readPositions, savePositions, storedHashes, type Store } from '../store/index.js';
import { readDecisions } from '../store/decisions.js';
import { guarded } from '../store/failure.js';
import type { Extraction } from '../types.js';
import type { AssembleOptions } from './assemble.js';
import { liveKeys, pictureUpdate, type PictureUpdate } from './picture.js';
import { SideWriter, splitFormats } from './side-writer.js';

export interface LiveExportOptions {
  out: string;
  formats: readonly ExportFormat[];
  gexfVersion: GexfVersion;
  /** Merge decisions from a file instead of the store's. */
  table?: AliasTable;
  /** Also write the merges made across articles here. */
  mergesFile?: string;
}

export interface LiveExport {
  articles: number;
  graph: NewsGraph;
  merges: CrossMerge[];
  uncertain: CrossMerge[];
  /** Articles read from the store again for this export. */
  reloaded: number;
  /** Articles the graph looked at again (added, replaced, removed, or mapped anew). */
  revisited: number;
  picture: string;
  written: string[];
  /** Milliseconds per step. */
  timings: { sync: number; resolve: number; graph: number; layout: number; write: number; picture: number };
}

export class LiveCorpus {
  private readonly articles = new Map<string, Extraction>();
  private readonly hashes = new Map<string, string>();
  private dataVersion: number | undefined;
  /** The articles' own keys (pictureUpdate), made again when articles change. */
  private liveKeys: Set<string> | undefined;
  /** The store's kept picture as this corpus last read or wrote it; undefined after another process wrote. */
  private kept: Map<string, Position> | undefined;
  private readonly resolution = new RepeatedResolution();
  private readonly keyMaps = new RepeatedKeyMap();
  private readonly graphs: IncrementalGraph;
  private readonly caches = renderCaches();
  private readonly documentLines = new WeakMap<Extraction, string>();
  private readonly side: SideWriter | undefined;

  /**
   * `store` stays open for the corpus's life: its data_version tells this
   * connection's writes from other processes'. `sideThread: false` writes
   * every format on this thread; otherwise a second thread is started with
   * the first export of two formats or more, and runs until close().
   */
  constructor(
    private readonly store: Store,
    private readonly options: Pick<AssembleOptions, 'cooccurrence' | 'uncertain' | 'acrossArticles'> & { sideThread?: boolean } = {},
  ) {
    this.graphs = new IncrementalGraph({ cooccurrence: options.cooccurrence ?? true, uncertain: options.uncertain ?? false });
    this.side = options.sideThread === false ? undefined : new SideWriter();
  }

  /** Stops the second thread, if one was started. The store is the caller's to close. */
  async close(): Promise<void> {
    await this.side?.close();
  }

  get size(): number {
    return this.articles.size;
  }

  /** Whether another process wrote to the store since this corpus last read it (articles, merge decisions, picture). */
  storeChanged(): boolean {
    return guarded(this.store.path, () => this.store.db.pragma('data_version', { simple: true }) !== this.dataVersion);
  }

  /** Brings the copy in memory in line with the store; returns how many articles were read again or dropped. */
  sync(): number {
    return guarded(this.store.path, () =>
      this.store.db
        .transaction(() => {
          const version = this.store.db.pragma('data_version', { simple: true }) as number;
          // Another connection wrote: it may have re-extracted articles under the same hashes (`refresh`).
          const everything = version !== this.dataVersion;
          this.dataVersion = version;
          if (everything) this.kept = undefined;
          const stored = storedHashes(this.store);
          let changed = 0;
          for (const id of [...this.articles.keys()]) {
            if (stored.has(id)) continue;
            this.articles.delete(id);
            this.hashes.delete(id);
            changed += 1;
          }
          const wanted = [...stored].filter(([id, hash]) => everything || this.hashes.get(id) !== hash).map(([id]) => id);
          if (changed > 0 || wanted.length > 0) this.liveKeys = undefined;
          if (wanted.length === 0) return changed;
          for (const extraction of loadExtractions(this.store, everything ? undefined : wanted)) {
            this.articles.set(extraction.doc.id, extraction);
            this.hashes.set(extraction.doc.id, stored.get(extraction.doc.id)!);
          }
          return changed + wanted.length;
        })
        .deferred(),
    );
  }

  /** Syncs with the store and writes the graph's files, as `newsgraph export` would with the same options. */
  async export(options: LiveExportOptions): Promise<LiveExport> {
    const started = performance.now();
    const reloaded = this.sync();
    if (this.articles.size === 0) throw new BadInputError(`${this.store.path}: holds no articles ("newsgraph add" adds some)`);
    const decisions = readDecisions(this.store);
    const kept = (this.kept ??= readPositions(this.store));
    const synced = performance.now();
    const extractions = [...this.articles.values()].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
    const across = this.options.acrossArticles === false ? undefined : this.resolution.resolve(extractions, { table: options.table ?? decisions });
    const mapped = across === undefined ? extractions : this.keyMaps.apply(extractions, across);
    const resolved = performance.now();
    const graph = this.graphs.update(mapped);
    const edges = this.graphs.orderedEdges();
    const built = performance.now();
    const plan = planLayout(graph, kept);
    assignMetrics(graph, null, edges);
    finishLayout(graph, plan, plan.job ? runLayoutJob(plan.job) : undefined);
    const laidOut = performance.now();
    // Kept before the files are written, not after as `export` does: the store's commit then does not wait behind the
    // file system letting the replaced files go, and a crash in between costs nothing (the positions are the graph's own).
    const picture = pictureUpdate(graph, extractions, kept, false, (this.liveKeys ??= liveKeys(extractions)));
    if (picture.needed) {
      savePositions(this.store, picture.positions, { replace: picture.replace, alsoLive: picture.alsoLive });
      keepInStep(kept, picture);
    }
    const pictured = performance.now();
    const written = await this.writeFormats(graph, edges ?? sortedEdges(graph), options);
    if (wantsDocuments([...options.formats])) {
      const path = join(options.out, DOCUMENTS_FILE);
      writeChunksAtomic(path, [this.documentsText(extractions, mapped, across?.keyMap)], { releaseOldInBackground: true });
      const at = written.indexOf(join(options.out, 'graph.json'));
      written.splice(at === -1 ? written.length : at + 1, 0, path);
    }
    const merges = across?.merges ?? [];
    const uncertain = across?.uncertain ?? [];
    if (options.mergesFile !== undefined) {
      writeFileAtomic(options.mergesFile, serialiseMergeList({ merges, uncertain }));
      written.push(options.mergesFile);
    }
    const done = performance.now();
    return {
      articles: extractions.length,
      graph,
      merges,
      uncertain,
      reloaded,
      revisited: this.graphs.revisited,
      picture: picture.summary,
      written,
      timings: { sync: synced - started, resolve: resolved - synced, graph: built - resolved, layout: laidOut - built, picture: pictured - laidOut, write: done - pictured },
    };
  }

  /**
   * The formats' files, in the order asked for: some written on the second
   * thread (./side-writer.ts) while this one writes the rest. A failure on
   * either side is raised once both are done, so no write outlives the update.
   */
  private async writeFormats(graph: NewsGraph, edges: readonly OrderedEdge[], options: LiveExportOptions): Promise<string[]> {
    const { here, there } = this.side === undefined ? { here: [...new Set(options.formats)], there: [] } : splitFormats(options.formats);
    const request = { gexfVersion: options.gexfVersion, caches: this.caches, releaseOldInBackground: true, edges };
    const elsewhere = there.length === 0 ? Promise.resolve([]) : this.side!.write(graph, edges, { out: options.out, formats: there, gexfVersion: options.gexfVersion });
    let ours: string[][];
    try {
      ours = here.map((format) => writeExports(graph, options.out, [format], request));
    } catch (error) {
      await elsewhere.catch(() => undefined);
      throw error;
    }
    const theirs = await elsewhere;
    const paths = new Map<ExportFormat, string[]>([...here.map((format, n) => [format, ours[n]!] as const), ...there.map((format, n) => [format, theirs[n]!] as const)]);
    return [...new Set(options.formats)].flatMap((format) => paths.get(format) ?? []);
  }

  /** documents.json (src/export/documents.ts), each line made again only for an article whose mapped extraction is new. */
  private documentsText(extractions: readonly Extraction[], mapped: readonly Extraction[], keyMap: ReadonlyMap<string, string> | undefined): string {
    const lines = extractions.map((extraction, n) => {
      const own = mapped[n]!;
      let line = this.documentLines.get(own);
      if (line === undefined) {
        line = documentLine(documentEntry(extraction, keyMap));
        this.documentLines.set(own, line);
      }
      return line;
    });
    return documentsJSONOfLines(DOCUMENTS_VERSION, lines);
  }
}

/** What savePositions did to the store, done to the copy: new positions added, those of nodes gone for good dropped. */
function keepInStep(kept: Map<string, Position>, picture: PictureUpdate): void {
  if (picture.replace) kept.clear();
  for (const [key, position] of picture.positions) if (!kept.has(key)) kept.set(key, position);
  for (const key of [...kept.keys()]) if (!picture.positions.has(key) && !picture.alsoLive.has(key)) kept.delete(key);
}
