// The options that say how a graph is written, shared by `build` (from
// articles) and `export` (from a store) so the two read them alike.
import type { AssembleOptions } from '../corpus/assemble.js';
import { ALL_EXPORT_FORMATS, EXPORT_FORMATS } from '../export/formats.js';
import type { AliasTable } from '../resolve/across/index.js';
import { DEFAULT_GEXF_VERSION, GEXF_VERSIONS } from '../export/gexf-version.js';

export const GRAPH_OUTPUT_OPTIONS = {
  out: { type: 'string', default: 'out' },
  format: { type: 'string', default: EXPORT_FORMATS.join(',') },
  'gexf-version': { type: 'string', default: DEFAULT_GEXF_VERSION },
  'no-cooccurrence': { type: 'boolean', default: false },
  uncertain: { type: 'boolean', default: false },
  aliases: { type: 'string' },
  merges: { type: 'string' },
  'no-merge-across': { type: 'boolean', default: false },
} as const;

/** Help lines for the shared options; `aliases` says where decisions come from, which differs by command. */
export function graphOutputHelp(aliases: string): string {
  return `  --out DIR            where to write (default: out)
  --format LIST        comma-separated: ${ALL_EXPORT_FORMATS.join(', ')} (default: ${EXPORT_FORMATS.join(',')})
  --gexf-version V     ${GEXF_VERSIONS.join(' or ')} (default: ${DEFAULT_GEXF_VERSION}; 1.2draft for networkx 2.x)
  --no-cooccurrence    leave co-occurrence edges out
  --uncertain          keep negated and hedged relations (marked as such)
  --aliases FILE       ${aliases}
  --merges FILE        write the merges made across articles as JSON
  --no-merge-across    keep one node per key as each article made it
`;
}

/**
 * How `build` and `export` assemble the graph from the shared options and the
 * merge decisions. Left without layout and metrics: both commands lay the
 * graph out while they write the files (layOutAndWrite) and add the metrics
 * once the layout has started.
 */
export function assembleOptions(
  values: { 'no-cooccurrence': boolean; uncertain: boolean; 'no-merge-across': boolean },
  table: AliasTable | null,
): AssembleOptions {
  return {
    cooccurrence: !values['no-cooccurrence'],
    uncertain: values.uncertain,
    acrossArticles: !values['no-merge-across'],
    table,
    layout: false,
    metrics: false,
  };
}
