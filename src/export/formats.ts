// The export formats a user can ask for (`--format json,gexf`), and the files
// each one writes. Pure, so the viewer can offer the same list.
import { UsageError } from '../errors.js';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FILES: Readonly<Record<ExportFormat, readonly string[]>> = {
  json: ['graph.json'],
  gexf: ['graph.gexf'],
  graphml: ['graph.graphml'],
  csv: ['nodes.csv', 'edges.csv'],
};

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
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
    throw new UsageError(`no export format given in "${spec}"; choose from ${EXPORT_FORMATS.join(', ')}`);
  }
  const unknown = names.filter((name) => !isExportFormat(name));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown export format${unknown.length === 1 ? '' : 's'} ${unknown.map((n) => `"${n}"`).join(', ')}; ` +
        `choose from ${EXPORT_FORMATS.join(', ')}`,
    );
  }
  return [...new Set(names as ExportFormat[])];
}
