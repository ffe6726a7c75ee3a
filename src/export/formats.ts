// The export formats a user can ask for (`--format json,gexf`), and the files
// each one writes. Pure, so the viewer can offer the same list.
import { UsageError } from '../errors.js';

/** The formats a build writes when no --format is given. */
export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
/**
 * Formats written only when asked for: neo4j is a folder of four files, as big
 * again as the rest, for users who load the graph into a database.
 */
export const OPTIONAL_EXPORT_FORMATS = ['neo4j'] as const;
/** Every format a user can ask for. */
export const ALL_EXPORT_FORMATS = [...EXPORT_FORMATS, ...OPTIONAL_EXPORT_FORMATS] as const;
export type ExportFormat = (typeof ALL_EXPORT_FORMATS)[number];

/**
 * json also gives documents.json (./documents.ts: the article texts and their
 * mentions, for the viewer's document view) where the texts are at hand:
 * `build` and the store's `export` write it, writeExports alone does not.
 */
export const EXPORT_FILES: Readonly<Record<ExportFormat, readonly string[]>> = {
  json: ['graph.json', 'documents.json'],
  gexf: ['graph.gexf'],
  graphml: ['graph.graphml'],
  csv: ['nodes.csv', 'edges.csv'],
  neo4j: ['neo4j/nodes.csv', 'neo4j/relationships.csv', 'neo4j/import.cypher', 'neo4j/README.txt'],
};

export function isExportFormat(name: string): name is ExportFormat {
  return (ALL_EXPORT_FORMATS as readonly string[]).includes(name);
}

/**
 * Reads a comma-separated list of formats ("json,gexf"; case and spaces
 * ignored; a repeat counts once), in the order given.
 */
export function parseFormats(spec: string): ExportFormat[] {
  const names = spec
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  if (names.length === 0) {
    throw new UsageError(`no export format given in "${spec}"; choose from ${ALL_EXPORT_FORMATS.join(', ')}`);
  }
  const unknown = names.filter((name) => !isExportFormat(name));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown export format${unknown.length === 1 ? '' : 's'} ${unknown.map((n) => `"${n}"`).join(', ')}; ` +
        `choose from ${ALL_EXPORT_FORMATS.join(', ')}`,
    );
  }
  return [...new Set(names as ExportFormat[])];
}
