// Node-only: a store and its graph files kept in step with folders of
// articles (`newsgraph watch`). Each update looks at the folders
// (./folder-scan.ts), adds the files that came or changed, takes out the
// articles whose files went, and writes the graph again through a LiveCorpus
// (./live.ts) when anything changed, here or in another process. Updates run
// one after another, on the system's change notices and on a timer.
import { watch as watchFolder, type FSWatcher } from 'node:fs';
import { availableParallelism } from 'node:os';
import { NewsgraphError } from '../errors.js';
import { applyDefaultDate } from '../ingest/default-date.js';
import { ingest } from '../ingest/index.js';
import { readInputs, type Skipped } from '../io/read-inputs.js';
import { addExtractions, idsReadFrom, planAdd, removeDocuments, type Store } from '../store/index.js';
import type { Doc } from '../types.js';
import { extractAll } from './extract-all.js';
import { compareLooks, lookAt, type FolderLook } from './folder-scan.js';
import { chooseJobs } from './jobs.js';
import type { LiveCorpus, LiveExport, LiveExportOptions } from './live.js';

export interface WatchSettings {
  folders: string[];
  /** The articles' date where their metadata gives none. */
  date: string | undefined;
  jobs: number | undefined;
  rulesOnly: boolean;
  exportOptions: LiveExportOptions;
}

/** One update that wrote the graph: what changed in the store, and the export. */
export interface WatchUpdate {
  result: LiveExport;
  added: number;
  replaced: number;
  removed: number;
  skipped: number;
  seconds: number;
  /** The update at the start, which writes the graph whether or not anything changed. */
  first: boolean;
}

export interface WatchEvents {
  updated: (update: WatchUpdate) => void;
  skipped: (file: Skipped) => void;
  /** A problem with the input or the output, named (a NewsgraphError's message); watching goes on. */
  failed: (message: string) => void;
  /** Anything else that went wrong in an update; watching goes on. */
  internalError: (error: unknown) => void;
}

/** Files usually arrive in bursts (a copy of many, an editor's save in steps): one update for the burst. */
const SETTLE_MS = 100;

const WARM_UP_TEXT =
  'BERLIN (Reuters) - Chancellor Olaf Scholz met the chief executive of Siemens, Roland Busch, in Berlin on Monday, ' +
  'a government spokesman told reporters. "We agreed on the plan," Scholz said.';

export class FolderWatcher {
  private look: FolderLook = new Map();
  private exported = false;

  constructor(
    private readonly store: Store,
    private readonly live: LiveCorpus,
    private readonly settings: WatchSettings,
    private readonly events: WatchEvents,
  ) {}

  /** Looks at the folders, brings the store in step and writes the graph if anything changed; false after a failure it reported. */
  async update(first = false): Promise<boolean> {
    const started = performance.now();
    try {
      const now = lookAt(this.settings.folders);
      const { changed, gone } = compareLooks(this.look, now);
      this.look = now;
      const { added, replaced, skipped } = await this.addFiles(changed);
      const removed = this.removeFiles(gone);
      if (!first && this.exported && added + replaced + removed === 0 && !this.live.storeChanged()) return true;
      const result = await this.live.export(this.settings.exportOptions);
      this.exported = true;
      this.events.updated({ result, added, replaced, removed, skipped, seconds: (performance.now() - started) / 1000, first });
      return true;
    } catch (error) {
      if (!(error instanceof NewsgraphError)) throw error;
      this.events.failed(error.message);
      return false;
    }
  }

  /**
   * The first update, then one on each change notice and every `intervalMs`,
   * until `signal` aborts; an update under way then finishes (its files are
   * written whole or not at all either way). Notices are asked for before the
   * first update, so a file that arrives during it is not missed.
   */
  async keepWatching(intervalMs: number, signal: AbortSignal): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    let dueAt = Infinity;
    let running: Promise<unknown> = Promise.resolve();
    // One timer: a look already due sooner (a change notice during an update) is not put off by a later one.
    const schedule = (delay: number) => {
      if (signal.aborted || (timer !== undefined && Date.now() + delay >= dueAt)) return;
      clearTimeout(timer);
      dueAt = Date.now() + delay;
      timer = setTimeout(() => {
        timer = undefined;
        dueAt = Infinity;
        running = running.then(() => this.safeUpdate()).then(() => schedule(intervalMs));
      }, delay);
    };
    const watchers = this.settings.folders.map((folder) => noticeChanges(folder, () => schedule(SETTLE_MS)));
    // A warm-up that fails costs only the time it saved.
    running = this.safeUpdate(true).then(() => this.warmUp().catch(() => undefined));
    schedule(intervalMs);
    await new Promise<void>((resolveStop) => (signal.aborted ? resolveStop() : signal.addEventListener('abort', () => resolveStop(), { once: true })));
    clearTimeout(timer);
    for (const watcher of watchers) watcher?.close();
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

  /** An update whose failure, whatever it is, is reported and watched past: the next look may go well. */
  private async safeUpdate(first = false): Promise<void> {
    try {
      await this.update(first);
    } catch (error) {
      this.events.internalError(error);
    }
  }

  private async addFiles(paths: readonly string[]): Promise<{ added: number; replaced: number; skipped: number }> {
    const docs: Doc[] = [];
    const skipped: Skipped[] = [];
    for (const path of paths) {
      try {
        docs.push(...(await readInputs([path])).docs);
      } catch (error) {
        // Gone since the look, unreadable, binary, too large: named, and the rest go on.
        if (!(error instanceof NewsgraphError)) throw error;
        skipped.push({ path, reason: error.message });
      }
    }
    const dated = applyDefaultDate(docs, this.settings.date);
    const plan = planAdd(this.store, dated);
    const toExtract = dated.filter((_, n) => plan[n]?.status !== 'unchanged');
    let outcomes: ReturnType<typeof addExtractions> = [];
    if (toExtract.length > 0) {
      const jobs = chooseJobs(toExtract.length, availableParallelism(), this.settings.jobs, { recogniser: !this.settings.rulesOnly });
      const { extractions, failed } = await extractAll(toExtract, { jobs, rulesOnly: this.settings.rulesOnly });
      skipped.push(...failed);
      outcomes = addExtractions(this.store, extractions);
    }
    for (const file of skipped) this.events.skipped(file);
    const count = (status: string) => outcomes.filter((o) => o.status === status).length;
    return { added: count('added'), replaced: count('replaced'), skipped: skipped.length };
  }

  /** Takes out the stored articles read from files that are gone; returns how many. */
  private removeFiles(paths: readonly string[]): number {
    const ids = paths.flatMap((path) => idsReadFrom(this.store, path));
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
