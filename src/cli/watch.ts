// newsgraph watch <store> <folders...> [--out DIR] [--once]: keeps a store and
// its exported graph in step with folders of articles. New and changed files
// are added, removed files taken out, and the graph written again each time,
// with the files `newsgraph export` would write; the process keeps the graph
// in memory, so an article more costs what that article changes.
import { existsSync, rmSync, statSync, watch as watchFolder, type FSWatcher } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BadInputError, NewsgraphError, NotFoundError, UsageError } from '../errors.js';
import { parseFormats } from '../export/formats.js';
import { parseGexfVersion } from '../export/gexf-version.js';
import { applyDefaultDate, parseDefaultDate } from '../ingest/default-date.js';
import { ingest } from '../ingest/index.js';
import { readAliasTableFile } from '../io/alias-table-file.js';
import { readInputs, type Skipped } from '../io/read-inputs.js';
import { extractAll } from '../corpus/extract-all.js';
import { compareLooks, lookAt, type FolderLook } from '../corpus/folder-scan.js';
import { chooseJobs, parseJobs } from '../corpus/jobs.js';
import { LiveCorpus, type LiveExport, type LiveExportOptions } from '../corpus/live.js';
import { formatSeconds } from '../corpus/progress.js';
import { addExtractions, openStore, planAdd, removeDocuments, storedIds, type Store } from '../store/index.js';
import type { Doc } from '../types.js';
import type { CliIO, Command } from './io.js';
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
const WARM_UP_TEXT =
  'BERLIN (Reuters) - Chancellor Olaf Scholz met the chief executive of Siemens, Roland Busch, in Berlin on Monday, ' +
  'a government spokesman told reporters. "We agreed on the plan," Scholz said.';
/** Files usually arrive in bursts (a copy of many, an editor's save in steps): one update for the burst. */
const SETTLE_MS = 100;

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
  const settings: Settings = {
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
  try {
    const live = new LiveCorpus(store, { cooccurrence: !values['no-cooccurrence'], uncertain: values.uncertain, acrossArticles: !values['no-merge-across'] });
    const watcher = new FolderWatcher(store, live, settings, io);
    // The first update reads every file: the store may hold them already.
    if (values.once) return await watcher.update(true);
    await watcher.keepWatching(interval * 1000);
    return 0;
  } finally {
    // A store this command made and never added to is not left behind (as with "add").
    const leaveNothing = isNew && storedIds(store).length === 0;
    store.close();
    if (leaveNothing) rmSync(storePath, { force: true });
  }
};

interface Settings {
  folders: string[];
  date: string | undefined;
  jobs: number | undefined;
  rulesOnly: boolean;
  exportOptions: LiveExportOptions;
}

class FolderWatcher {
  private look: FolderLook = new Map();
  private exported = false;

  constructor(
    private readonly store: Store,
    private readonly live: LiveCorpus,
    private readonly settings: Settings,
    private readonly io: CliIO,
  ) {}

  /** Looks at the folders, brings the store in step and writes the graph if anything changed; 0, or 1 after a failure. */
  async update(first = false): Promise<number> {
    const started = performance.now();
    try {
      const now = lookAt(this.settings.folders);
      const { changed, gone } = compareLooks(this.look, now);
      this.look = now;
      const added = await this.addFiles(changed);
      const removed = this.removeFiles(gone);
      if (!first && this.exported && added.added + added.replaced + removed === 0 && !this.live.storeChanged()) return 0;
      const result = this.live.export(this.settings.exportOptions);
      this.exported = true;
      this.io.stdout(report(result, added, removed, (performance.now() - started) / 1000, first));
      return 0;
    } catch (error) {
      if (!(error instanceof NewsgraphError)) throw error;
      this.io.stderr(`newsgraph watch: ${error.message}\n`);
      return 1;
    }
  }

  /**
   * The first update, then one on each change notice and every `intervalMs`,
   * until SIGINT or SIGTERM. Notices are asked for before the first update,
   * so a file that arrives during it is not missed.
   */
  async keepWatching(intervalMs: number): Promise<void> {
    let stopping = false;
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolveStop) => (stop = () => ((stopping = true), resolveStop())));
    let timer: NodeJS.Timeout | undefined;
    let dueAt = Infinity;
    let running: Promise<unknown> = Promise.resolve();
    const onSignal = () => stop();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    // One timer: a look already due sooner (a change notice during an update) is not put off by a later one.
    const schedule = (delay: number) => {
      if (stopping || (timer !== undefined && Date.now() + delay >= dueAt)) return;
      clearTimeout(timer);
      dueAt = Date.now() + delay;
      timer = setTimeout(() => {
        timer = undefined;
        dueAt = Infinity;
        running = running.then(() => this.safeUpdate()).then(() => schedule(intervalMs));
      }, delay);
    };
    const watchers = this.settings.folders.map((folder) => noticeChanges(folder, () => schedule(SETTLE_MS)));
    this.io.stderr(`newsgraph watch: watching ${this.settings.folders.join(', ')} (Ctrl-C stops)\n`);
    // A warm-up that fails costs only the time it saved.
    running = this.safeUpdate(true).then(() => this.warmUp().catch(() => undefined));
    schedule(intervalMs);
    await stopped;
    clearTimeout(timer);
    for (const w of watchers) w?.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    // An update under way finishes: its files are written whole or not at all either way.
    await running;
  }

  /**
   * One short article extracted and thrown away: the first real one would
   * otherwise pay for loading the recogniser and for compiling the pipeline
   * (0.3-0.4 s against 0.03-0.05 s warm).
   */
  private async warmUp(): Promise<void> {
    await extractAll([ingest({ content: WARM_UP_TEXT, id: 'warm-up', format: 'text' })], { jobs: 1, rulesOnly: this.settings.rulesOnly });
  }

  /** An update whose failure, whatever it is, is said and watched past: the next look may go well. */
  private async safeUpdate(first = false): Promise<void> {
    try {
      await this.update(first);
    } catch (error) {
      this.io.stderr(`newsgraph watch: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
  }

  private async addFiles(paths: readonly string[]): Promise<{ added: number; replaced: number; skipped: Skipped[] }> {
    const docs: Doc[] = [];
    const skipped: Skipped[] = [];
    for (const path of paths) {
      try {
        docs.push(...(await readInputs([path])).docs);
      } catch (error) {
        if (!(error instanceof NewsgraphError)) throw error;
        skipped.push({ path, reason: error.message });
      }
    }
    const dated = applyDefaultDate(docs, this.settings.date);
    const plan = planAdd(this.store, dated);
    const toExtract = dated.filter((_, n) => plan[n]?.status !== 'unchanged');
    if (toExtract.length > 0) {
      const jobs = chooseJobs(toExtract.length, availableParallelism(), this.settings.jobs, { recogniser: !this.settings.rulesOnly });
      const { extractions, failed } = await extractAll(toExtract, { jobs, rulesOnly: this.settings.rulesOnly });
      skipped.push(...failed);
      const outcomes = addExtractions(this.store, extractions);
      for (const s of skipped) this.io.stderr(`newsgraph watch: skipped ${s.path}: ${s.reason}\n`);
      return { added: outcomes.filter((o) => o.status === 'added').length, replaced: outcomes.filter((o) => o.status === 'replaced').length, skipped };
    }
    for (const s of skipped) this.io.stderr(`newsgraph watch: skipped ${s.path}: ${s.reason}\n`);
    return { added: 0, replaced: 0, skipped };
  }

  /** Takes out the stored articles read from files that are gone; returns how many. */
  private removeFiles(paths: readonly string[]): number {
    if (paths.length === 0) return 0;
    const byPath = this.store.db.prepare('SELECT id FROM documents WHERE path = ?').pluck();
    const ids = paths.flatMap((path) => byPath.all(path) as string[]);
    return ids.length === 0 ? 0 : removeDocuments(this.store, ids).length;
  }
}

/** The system's notices of changes under `folder`; none where it cannot give them (the timer still looks). */
function noticeChanges(folder: string, onChange: () => void): FSWatcher | undefined {
  try {
    const watcher = watchFolder(folder, { recursive: true }, onChange);
    watcher.on('error', () => watcher.close());
    return watcher;
  } catch {
    return undefined;
  }
}

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

function report(result: LiveExport, added: { added: number; replaced: number; skipped: Skipped[] }, removed: number, seconds: number, first: boolean): string {
  const { timings: t, graph } = result;
  const relations = graph.filterEdges((_, a) => a.type !== 'cooccurs').length;
  const entities = graph.filterNodes((_, a) => a.type !== 'document').length;
  const ms = (x: number) => formatSeconds(x / 1000);
  const changes = `${added.added} added, ${added.replaced} replaced, ${removed} removed${added.skipped.length > 0 ? `, ${added.skipped.length} skipped` : ''}`;
  return (
    `newsgraph watch: ${changes}; ${result.articles} article${result.articles === 1 ? '' : 's'}, ${entities} entities, ${relations} relations; ` +
    // Hundredths: an update of a large corpus is well under a second, and that is the figure to watch.
    `${first ? 'written' : 'written again'} in ${seconds < 10 ? `${seconds.toFixed(2)} s` : formatSeconds(seconds)} ` +
    `(graph ${ms(t.resolve + t.graph)}, layout ${ms(t.layout)}, files ${ms(t.write)}; ${result.revisited} article${result.revisited === 1 ? '' : 's'} looked at again)\n` +
    `  ${result.picture}\n` +
    (first ? `${result.written.map((p) => `  wrote ${p}`).join('\n')}\n` : '')
  );
}
