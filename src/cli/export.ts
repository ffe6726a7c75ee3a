// newsgraph export <store> [--out DIR] [--format ...]: the graph of every
// article in a store, rebuilt from the stored extractions (no extraction),
// with the merge decisions kept in the store (or an alias table file).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { BadInputError, NewsgraphError, UsageError } from '../errors.js';
import { parseFormats } from '../export/formats.js';
import { layOutAndWrite } from '../corpus/write-around-layout.js';
import { planLayout } from '../graph/layout.js';
import { assignMetrics } from '../graph/metrics.js';
import { documentsFile } from '../export/documents.js';
import { addDocuments, wantsDocuments } from '../export/write-documents.js';
import { parseGexfVersion } from '../export/gexf-version.js';
import { writeFileAtomic } from '../io/atomic.js';
import { assembleGraph } from '../corpus/assemble.js';
import { createStatus, formatSeconds } from '../corpus/progress.js';
import { serialiseMergeList, type AliasTable } from '../resolve/across/index.js';
import { readAliasTableFile } from '../io/alias-table-file.js';
import { openStore, readSnapshot, type Store } from '../store/index.js';
import { savePositions } from '../store/positions.js';
import type { NewsGraph, Position } from '../graph/index.js';
import { pictureUpdate } from '../corpus/picture.js';
import type { Extraction } from '../types.js';
import type { CliIO, Command } from './io.js';
import { assembleOptions, GRAPH_OUTPUT_OPTIONS, graphOutputHelp } from './graph-output-options.js';

const HELP = `usage: newsgraph export <store> [options]

Writes the graph of every article in <store> (see "newsgraph add"), as
"build" would from the same articles, honouring the merge decisions taken
with "newsgraph merges <store>".

The store keeps the picture: the first export lays the whole graph out, and
later ones keep every known node where it was and place only new nodes
beside their neighbours, so the picture stays put as articles arrive.

options:
${graphOutputHelp("take merge decisions from this alias table instead of the store's")}  --relayout           lay the whole graph out afresh and keep that picture
`;

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...GRAPH_OUTPUT_OPTIONS,
      relayout: { type: 'boolean', default: false },
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
  // Only a terminal gets the redrawn line; a pipe or a log file would collect every frame.
  const status = createStatus(io.stderr, io.stderrIsTTY === true);
  try {
    const store = openStore(resolve(io.cwd, positionals[0]!));
    status.show('reading the store');
    const { extractions, table, kept } = readAndClose(store, fileTable, !values.relayout);
    if (extractions.length === 0) throw new BadInputError(`${store.path}: holds no articles ("newsgraph add" adds some)`);
    const loaded = performance.now();
    status.show(`building the graph of ${extractions.length} article${extractions.length === 1 ? '' : 's'}`);
    const { graph, merges, uncertain, keyMap } = assembleGraph(extractions, assembleOptions(values, table));
    const plan = planLayout(graph, kept);
    const assembled = performance.now();
    const out = resolve(io.cwd, values.out);
    status.show(`${plan.job ? 'laying out the graph and writing' : 'writing'} the files (${graph.order} nodes, ${graph.size} edges)`);
    const written = await layOutAndWrite(graph, plan, out, formats, { gexfVersion, whileLayingOut: () => assignMetrics(graph, null) });
    // Cleared first: keeping the picture may warn on stderr.
    status.clear();
    const picture = keepPicture(store.path, graph, extractions, kept, values.relayout, io);
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
        `(reading the store ${seconds(started, loaded)}, graph ${seconds(loaded, assembled)}, ${plan.job ? 'layout and writing' : 'writing'} ${seconds(assembled, done)})\n` +
        `  merged ${plural(merges.length, 'entity', 'entities')} across articles; ${plural(uncertain.length, 'uncertain pair')} left apart\n` +
        `  ${picture}\n` +
        `${written.map((p) => `  wrote ${p}`).join('\n')}\n`,
    );
    return 0;
  } finally {
    status.clear();
  }
};

/**
 * The articles, the merge decisions (the file's when given, else the
 * store's) and the kept picture, read in one transaction so that a command
 * writing the store meanwhile is seen whole or not at all. The store is
 * closed before the graph is built: nothing else reads it, and another
 * command may want to write it.
 */
function readAndClose(
  store: Store,
  fileTable: AliasTable | undefined,
  withPositions: boolean,
): { extractions: Extraction[]; table: AliasTable; kept: Map<string, Position> } {
  try {
    const { extractions, decisions, kept } = readSnapshot(store, { positions: withPositions });
    return { extractions, table: fileTable ?? decisions, kept };
  } finally {
    store.close();
  }
}

/**
 * Keeps the graph's positions in the store for the next export (only when
 * there is something new to keep or old to drop) and says what it did. A
 * store that cannot be written still exports; the picture is just not kept.
 */
function keepPicture(
  path: string,
  graph: NewsGraph,
  extractions: readonly Extraction[],
  kept: ReadonlyMap<string, Position>,
  relayout: boolean,
  io: CliIO,
): string {
  const update = pictureUpdate(graph, extractions, kept, relayout);
  if (!update.needed) return update.summary;
  try {
    const store = openStore(path);
    try {
      savePositions(store, update.positions, { replace: update.replace, alsoLive: update.alsoLive });
    } finally {
      store.close();
    }
  } catch (error) {
    if (!(error instanceof NewsgraphError)) throw error;
    io.stderr(`newsgraph export: the picture is not kept for the next export: ${error.message}\n`);
  }
  return update.summary;
}
