// newsgraph watch <store> <folders...> [--out DIR] [--once]: keeps a store and
// its exported graph in step with folders of articles. New and changed files
// are added, removed files taken out, and the graph written again each time,
// with the files `newsgraph export` would write; the process keeps the graph
// in memory, so an article more costs what that article changes.
import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BadInputError, NotFoundError, UsageError } from '../errors.js';
import { parseFormats } from '../export/formats.js';
import { parseGexfVersion } from '../export/gexf-version.js';
import { parseDefaultDate } from '../ingest/default-date.js';
import { readAliasTableFile } from '../io/alias-table-file.js';
import { FolderWatcher, type WatchSettings, type WatchUpdate } from '../corpus/folder-watcher.js';
import { parseJobs } from '../corpus/jobs.js';
import { LiveCorpus } from '../corpus/live.js';
import { formatSeconds } from '../corpus/progress.js';
import { openStore, storedIds } from '../store/index.js';
import type { Command } from './io.js';
import { sanitise } from './verbose.js';
import { EXTRACTION_HELP, EXTRACTION_OPTIONS } from './extraction-options.js';
import { GRAPH_OUTPUT_OPTIONS, graphOutputHelp } from './graph-output-options.js';

const HELP = `usage: newsgraph watch <store> <folders...> [options]

Keeps <store> (see "newsgraph add") and the graph files in --out in step with
the article files under <folders>: files that appear or change are extracted
and added, files that go are taken out of the store, and the graph is written
again, the same files "newsgraph export" would write. The graph stays in
memory between updates, so one more article is written out in a fraction of
the time a fresh export of the store takes. Stop with Ctrl-C.

Another process may add to the store or decide merges meanwhile: the next
look (every --interval seconds) picks that up too.

options:
${graphOutputHelp("take merge decisions from this alias table instead of the store's")}${EXTRACTION_HELP}  --interval S         seconds between looks at the folders, besides the
                       system's change notices (default: 2)
  --once               add, export once and stop
`;

const DEFAULT_INTERVAL_SECONDS = 2;

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...GRAPH_OUTPUT_OPTIONS,
      ...EXTRACTION_OPTIONS,
      interval: { type: 'string' },
      once: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const [storeArg, ...folderArgs] = positionals;
  if (storeArg === undefined || folderArgs.length === 0) throw new UsageError(`give a store and at least one folder\n\n${HELP}`);
  const interval = parseInterval(values.interval);
  for (const folder of folderArgs) checkFolder(resolve(io.cwd, folder));
  const settings: WatchSettings = {
    folders: folderArgs.map((f) => resolve(io.cwd, f)),
    date: values.date === undefined ? undefined : parseDefaultDate(values.date, '--date'),
    jobs: parseJobs(values.jobs),
    rulesOnly: values['rules-only'],
    exportOptions: {
      out: resolve(io.cwd, values.out),
      formats: parseFormats(values.format),
      gexfVersion: parseGexfVersion(values['gexf-version'], '--gexf-version'),
      ...(values.aliases === undefined ? {} : { table: readAliasTableFile(resolve(io.cwd, values.aliases)) }),
      ...(values.merges === undefined ? {} : { mergesFile: resolve(io.cwd, values.merges) }),
    },
  };
  const storePath = resolve(io.cwd, storeArg);
  const isNew = !existsSync(storePath);
  const store = openStore(storePath, { create: true });
  const live = new LiveCorpus(store, { cooccurrence: !values['no-cooccurrence'], uncertain: values.uncertain, acrossArticles: !values['no-merge-across'] });
  try {
    const watcher = new FolderWatcher(store, live, settings, {
      updated: (update) => io.stdout(report(update)),
      // File names come from whoever writes into the folder: printed without their control characters.
      skipped: (file) => io.stderr(`newsgraph watch: skipped ${sanitise(file.path)}: ${sanitise(file.reason)}\n`),
      failed: (message) => io.stderr(`newsgraph watch: ${sanitise(message)}\n`),
      internalError: (error) => io.stderr(`newsgraph watch: internal error: ${sanitise(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`),
    });
    // The first update reads every file: the store may hold them already.
    if (values.once) return (await watcher.update(true)) ? 0 : 1;
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    io.stderr(`newsgraph watch: watching ${settings.folders.join(', ')} (Ctrl-C stops)\n`);
    try {
      await watcher.keepWatching(interval * 1000, stop.signal);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    return 0;
  } finally {
    await live.close();
    // A store this command made and never added to is not left behind (as with "add").
    const leaveNothing = isNew && storedIds(store).length === 0;
    store.close();
    if (leaveNothing) rmSync(storePath, { force: true });
  }
};

/** A folder to watch must be one now: a mistyped name would otherwise be watched, empty, forever. */
function checkFolder(path: string): void {
  let info;
  try {
    info = statSync(path);
  } catch {
    throw new NotFoundError(`${path}: no such folder`);
  }
  if (!info.isDirectory()) throw new BadInputError(`${path}: is not a folder (watch takes folders; "newsgraph add" takes files)`);
}

function parseInterval(text: string | undefined): number {
  if (text === undefined) return DEFAULT_INTERVAL_SECONDS;
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !Number.isFinite(seconds) || seconds < 0.1 || seconds > 3600) {
    throw new UsageError(`--interval: expected seconds between 0.1 and 3600, got "${text}"`);
  }
  return seconds;
}

function report({ result, added, replaced, removed, skipped, seconds, first }: WatchUpdate): string {
  const { timings: t, graph } = result;
  const relations = graph.filterEdges((_, a) => a.type !== 'cooccurs').length;
  const entities = graph.filterNodes((_, a) => a.type !== 'document').length;
  const ms = (x: number) => formatSeconds(x / 1000);
  const changes = `${added} added, ${replaced} replaced, ${removed} removed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
  return (
    `newsgraph watch: ${changes}; ${result.articles} article${result.articles === 1 ? '' : 's'}, ${entities} ${entities === 1 ? 'entity' : 'entities'}, ${relations} relation${relations === 1 ? '' : 's'}; ` +
    // Hundredths: an update of a large corpus is well under a second, and that is the figure to watch.
    `${first ? 'written' : 'written again'} in ${seconds < 10 ? `${seconds.toFixed(2)} s` : formatSeconds(seconds)} ` +
    `(graph ${ms(t.resolve + t.graph)}, layout ${ms(t.layout)}, files ${ms(t.write)}; ${result.revisited} article${result.revisited === 1 ? '' : 's'} looked at again)\n` +
    `  ${result.picture}\n` +
    (first ? `${result.written.map((p) => `  wrote ${p}`).join('\n')}\n` : '')
  );
}
