// newsgraph export <store> [--out DIR] [--format ...]: the graph of every
// article in a store, rebuilt from the stored extractions (no extraction),
// with the merge decisions kept in the store (or an alias table file).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { BadInputError, UsageError } from '../errors.js';
import { parseFormats } from '../export/formats.js';
import { writeExportsInParallel } from '../corpus/write-exports.js';
import { documentsFile } from '../export/documents.js';
import { addDocuments, wantsDocuments } from '../export/write-documents.js';
import { parseGexfVersion } from '../export/gexf-version.js';
import { writeFileAtomic } from '../io/atomic.js';
import { assembleGraph } from '../corpus/assemble.js';
import { formatSeconds } from '../corpus/progress.js';
import { serialiseMergeList, type AliasTable } from '../resolve/across/index.js';
import { readAliasTableFile } from '../io/alias-table-file.js';
import { loadExtractions, openStore, type Store } from '../store/index.js';
import { readDecisions } from '../store/decisions.js';
import type { Extraction } from '../types.js';
import type { Command } from './io.js';
import { GRAPH_OUTPUT_OPTIONS, graphOutputHelp } from './graph-output-options.js';

const HELP = `usage: newsgraph export <store> [options]

Writes the graph of every article in <store> (see "newsgraph add"), as
"build" would from the same articles, honouring the merge decisions taken
with "newsgraph merges <store>".

options:
${graphOutputHelp("take merge decisions from this alias table instead of the store's")}`;

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...GRAPH_OUTPUT_OPTIONS,
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
  const fileTable = values.aliases === undefined ? undefined : readAliasTableFile(resolve(io.cwd, values.aliases));
  const started = performance.now();
  const store = openStore(resolve(io.cwd, positionals[0]!));
  const { extractions, table } = readAndClose(store, fileTable);
  if (extractions.length === 0) throw new BadInputError(`${store.path}: holds no articles ("newsgraph add" adds some)`);
  const loaded = performance.now();
  const { graph, merges, uncertain, keyMap } = assembleGraph(extractions, {
    cooccurrence: !values['no-cooccurrence'],
    uncertain: values.uncertain,
    acrossArticles: !values['no-merge-across'],
    table,
  });
  const assembled = performance.now();
  const out = resolve(io.cwd, values.out);
  const written = await writeExportsInParallel(graph, out, formats, { gexfVersion });
  // The article texts with their mentions, beside graph.json, for the viewer's document view.
  if (wantsDocuments(formats)) addDocuments(written, out, documentsFile(extractions, keyMap));
  if (values.merges !== undefined) {
    const path = resolve(io.cwd, values.merges);
    writeFileAtomic(path, serialiseMergeList({ merges, uncertain }));
    written.push(path);
  }
  const done = performance.now();
  const relationEdges = graph.filterEdges((_, a) => a.type !== 'cooccurs').length;
  const entities = graph.filterNodes((_, a) => a.type !== 'document').length;
  const seconds = (from: number, to: number) => formatSeconds((to - from) / 1000);
  const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
  io.stdout(
    `newsgraph export: ${plural(extractions.length, 'article')}, ${entities} entities, ${relationEdges} relations, ` +
      `${graph.size - relationEdges} co-occurrence edges, in ${seconds(started, done)} ` +
      `(reading the store ${seconds(started, loaded)}, graph ${seconds(loaded, assembled)}, writing ${seconds(assembled, done)})\n` +
      `  merged ${plural(merges.length, 'entity', 'entities')} across articles; ${plural(uncertain.length, 'uncertain pair')} left apart\n` +
      `${written.map((p) => `  wrote ${p}`).join('\n')}\n`,
  );
  return 0;
};

/**
 * The articles and the merge decisions (the file's when given, else the
 * store's). The store is closed before the graph is built: nothing else reads
 * it, and another command may want to write it.
 */
function readAndClose(store: Store, fileTable: AliasTable | undefined): { extractions: Extraction[]; table: AliasTable } {
  try {
    return { extractions: loadExtractions(store), table: fileTable ?? readDecisions(store) };
  } finally {
    store.close();
  }
}
