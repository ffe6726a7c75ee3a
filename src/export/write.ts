// Node-only: writes the chosen exports of a graph into a folder, each file
// whole or not at all (writeFileAtomic). The rest of src/export is pure and
// runs in the browser too; this file is kept out of ./index.ts for that reason.
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { toCSV } from './csv.js';
import { ALL_EXPORT_FORMATS, isExportFormat, type ExportFormat } from './formats.js';
import { toGEXF } from './gexf.js';
import { DEFAULT_GEXF_VERSION, parseGexfVersion, type GexfVersion } from './gexf-version.js';
import type { ExportGraph } from './graph-type.js';
import { toGraphML } from './graphml.js';
import { toJSON } from './json.js';
import { NEO4J_FILES, NEO4J_FOLDER, toNeo4j } from './neo4j.js';

export interface WriteExportsOptions {
  /** The GEXF version of graph.gexf: '1.3' (default) or '1.2draft'. */
  gexfVersion?: GexfVersion;
}

function render(graph: ExportGraph, format: ExportFormat, gexfVersion: GexfVersion): Array<[file: string, content: string]> {
  switch (format) {
    case 'json':
      return [['graph.json', toJSON(graph)]];
    case 'gexf':
      return [['graph.gexf', toGEXF(graph, { version: gexfVersion })]];
    case 'graphml':
      return [['graph.graphml', toGraphML(graph)]];
    case 'csv': {
      const { nodes, edges } = toCSV(graph);
      return [['nodes.csv', nodes], ['edges.csv', edges]];
    }
    case 'neo4j': {
      const files = toNeo4j(graph);
      return NEO4J_FILES.map((file) => [join(NEO4J_FOLDER, file), files[file]]);
    }
  }
}

/**
 * Writes graph.json, graph.gexf, graph.graphml, nodes.csv + edges.csv and/or
 * the neo4j/ folder into `outDir` (created if missing) and returns the paths
 * written, in order. The arguments are checked before anything is written.
 * Formats are rendered and written one at a time, so only one is held in
 * memory: a 946-article corpus gives ~30 MB of text per format, and holding
 * all of them (with the garbage of rendering them) took the build to ~0.9 GB.
 * Each file is still written whole or not at all.
 */
export function writeExports(
  graph: ExportGraph,
  outDir: string,
  formats: readonly string[],
  options: WriteExportsOptions = {},
): string[] {
  const unknown = formats.filter((format) => !isExportFormat(format));
  if (unknown.length > 0) {
    throw new UsageError(`writeExports: unknown export format "${unknown[0]}"; choose from ${ALL_EXPORT_FORMATS.join(', ')}`);
  }
  if (formats.length === 0) throw new UsageError(`writeExports: no export format given; choose from ${ALL_EXPORT_FORMATS.join(', ')}`);
  // Checked here too, for callers in plain JavaScript, before anything is written.
  const gexfVersion = parseGexfVersion(options.gexfVersion ?? DEFAULT_GEXF_VERSION, 'writeExports: GEXF version');
  return [...new Set(formats as ExportFormat[])].flatMap((format) =>
    render(graph, format, gexfVersion).map(([file, content]) => {
      const path = join(outDir, file);
      writeFileAtomic(path, content);
      return path;
    }),
  );
}
