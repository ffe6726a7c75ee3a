// Node-only: writes the chosen exports of a graph into a folder, each file
// whole or not at all (writeChunksAtomic in src/io/atomic.ts: written as
// rendered, renamed into place when complete). The rest of src/export is pure
// and runs in the browser too; this file is kept out of ./index.ts for that reason.
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { csvChunks } from './csv.js';
import { ALL_EXPORT_FORMATS, isExportFormat, type ExportFormat } from './formats.js';
import { gexfChunks } from './gexf.js';
import { DEFAULT_GEXF_VERSION, parseGexfVersion, type GexfVersion } from './gexf-version.js';
import type { ExportGraph } from './graph-type.js';
import { graphmlChunks } from './graphml.js';
import { jsonChunks } from './json.js';
import { NEO4J_FILES, NEO4J_FOLDER, toNeo4j } from './neo4j.js';
import { writeChunksAtomic } from '../io/atomic.js';
import { sortedEdges, type OrderedEdge } from './order.js';
import type { RenderCaches } from './render-cache.js';

export interface WriteExportsOptions {
  /** The GEXF version of graph.gexf: '1.3' (default) or '1.2draft'. */
  gexfVersion?: GexfVersion;
  /** Edge texts from the last export of this graph (./render-cache.ts), for a graph exported again and again. */
  caches?: RenderCaches;
  /** Let replaced files go on another thread (writeChunksAtomic in src/io/atomic.ts), for a process that keeps running. */
  releaseOldInBackground?: boolean;
  /** sortedEdges(graph), when the caller has it (src/graph/incremental.ts keeps it). */
  edges?: readonly OrderedEdge[];
}

/** Each file of a format with its text, in pieces rendered as they are written. */
function render(
  graph: ExportGraph,
  format: ExportFormat,
  gexfVersion: GexfVersion,
  caches: RenderCaches | undefined,
  edges: readonly OrderedEdge[] | undefined,
): Array<[file: string, content: Iterable<string | Uint8Array>]> {
  switch (format) {
    case 'json':
      return [['graph.json', jsonChunks(graph, { cache: caches?.json, edges })]];
    case 'gexf':
      return [['graph.gexf', gexfChunks(graph, { version: gexfVersion, cache: caches?.gexf, edges })]];
    case 'graphml':
      return [['graph.graphml', graphmlChunks(graph, { cache: caches?.graphml, edges })]];
    case 'csv': {
      const files = csvChunks(graph, { cache: caches?.csv, edges });
      return [['nodes.csv', files.nodes], ['edges.csv', files.edges]];
    }
    case 'neo4j': {
      const files = toNeo4j(graph);
      return NEO4J_FILES.map((file) => [join(NEO4J_FOLDER, file), [files[file]]]);
    }
  }
}

/**
 * The formats asked for (each once, in order) and the GEXF version, checked
 * before anything is written; a UsageError names what is wrong.
 */
export function checkExportRequest(
  formats: readonly string[],
  options: WriteExportsOptions = {},
): { formats: ExportFormat[]; gexfVersion: GexfVersion } {
  const unknown = formats.filter((format) => !isExportFormat(format));
  if (unknown.length > 0) {
    throw new UsageError(`writeExports: unknown export format "${unknown[0]}"; choose from ${ALL_EXPORT_FORMATS.join(', ')}`);
  }
  if (formats.length === 0) throw new UsageError(`writeExports: no export format given; choose from ${ALL_EXPORT_FORMATS.join(', ')}`);
  // Checked here too, for callers in plain JavaScript, before anything is written.
  const gexfVersion = parseGexfVersion(options.gexfVersion ?? DEFAULT_GEXF_VERSION, 'writeExports: GEXF version');
  return { formats: [...new Set(formats as ExportFormat[])], gexfVersion };
}

/**
 * Writes graph.json, graph.gexf, graph.graphml, nodes.csv + edges.csv and/or
 * the neo4j/ folder into `outDir` (created if missing) and returns the paths
 * written, in order. The arguments are checked before anything is written.
 * Each file is written as it is rendered, a node or an edge at a time, so
 * none is held whole: a 946-article corpus gives ~30 MB of text per format
 * (240 MB at 8x), and holding one whole format (with the copies made to
 * render it) was most of a large build's peak memory. Each file is still
 * written whole or not at all.
 */
export function writeExports(
  graph: ExportGraph,
  outDir: string,
  formats: readonly string[],
  options: WriteExportsOptions = {},
): string[] {
  const { formats: unique, gexfVersion } = checkExportRequest(formats, options);
  // Sorted once for every format when the writers reuse edge bytes: the rest of such an export is quick.
  const edges = options.edges ?? (options.caches === undefined ? undefined : sortedEdges(graph));
  return unique.flatMap((format) =>
    render(graph, format, gexfVersion, options.caches, edges).map(([file, content]) => {
      const path = join(outDir, file);
      writeChunksAtomic(path, content, { releaseOldInBackground: options.releaseOldInBackground === true });
      return path;
    }),
  );
}
