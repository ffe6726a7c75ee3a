// newsgraph export <store> [--out DIR] [--format ...]: the graph of every
// article in a store, rebuilt from the stored extractions (no extraction).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { BadInputError, UsageError } from '../errors.js';
import { parseFormats, EXPORT_FORMATS } from '../export/formats.js';
import { writeExports } from '../export/write.js';
import { DEFAULT_GEXF_VERSION, GEXF_VERSIONS, parseGexfVersion } from '../export/gexf-version.js';
import { assembleGraph } from '../corpus/assemble.js';
import { formatSeconds } from '../corpus/progress.js';
import { loadExtractions, openStore, type Store } from '../store/index.js';
import type { Extraction } from '../types.js';
import type { Command } from './io.js';

const HELP = `usage: newsgraph export <store> [options]

Writes the graph of every article in <store> (see "newsgraph add"), as
"build" would from the same articles.

options:
  --out DIR            where to write (default: out)
  --format LIST        comma-separated: ${EXPORT_FORMATS.join(', ')} (default: all)
  --gexf-version V     ${GEXF_VERSIONS.join(' or ')} (default: ${DEFAULT_GEXF_VERSION}; 1.2draft for networkx 2.x)
  --no-cooccurrence    leave co-occurrence edges out
  --uncertain          keep negated and hedged relations (marked as such)
`;

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'out' },
      format: { type: 'string', default: EXPORT_FORMATS.join(',') },
      'gexf-version': { type: 'string', default: DEFAULT_GEXF_VERSION },
      'no-cooccurrence': { type: 'boolean', default: false },
      uncertain: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`give exactly one store\n\n${HELP}`);
  const formats = parseFormats(values.format);
  const gexfVersion = parseGexfVersion(values['gexf-version'], '--gexf-version');
  const started = performance.now();
  const store = openStore(resolve(io.cwd, positionals[0]!));
  const extractions = readAndClose(store);
  if (extractions.length === 0) throw new BadInputError(`${store.path}: holds no articles ("newsgraph add" adds some)`);
  const loaded = performance.now();
  const { graph } = assembleGraph(extractions, { cooccurrence: !values['no-cooccurrence'], uncertain: values.uncertain });
  const assembled = performance.now();
  const written = writeExports(graph, resolve(io.cwd, values.out), formats, { gexfVersion });
  const done = performance.now();
  const relationEdges = graph.filterEdges((_, a) => a.type !== 'cooccurs').length;
  const entities = graph.filterNodes((_, a) => a.type !== 'document').length;
  const seconds = (from: number, to: number) => formatSeconds((to - from) / 1000);
  io.stdout(
    `newsgraph export: ${extractions.length} article${extractions.length === 1 ? '' : 's'}, ${entities} entities, ${relationEdges} relations, ` +
      `${graph.size - relationEdges} co-occurrence edges, in ${seconds(started, done)} ` +
      `(reading the store ${seconds(started, loaded)}, graph ${seconds(loaded, assembled)}, writing ${seconds(assembled, done)})\n` +
      `${written.map((p) => `  wrote ${p}`).join('\n')}\n`,
  );
  return 0;
};

/** The store is closed before the graph is built: nothing else reads it, and another command may want to write. */
function readAndClose(store: Store): Extraction[] {
  try {
    return loadExtractions(store);
  } finally {
    store.close();
  }
}
