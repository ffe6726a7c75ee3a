// newsgraph add <store> <files|dirs|-> [--date D] [--rules-only] [--jobs N]:
// extract articles and keep them in a store, made on first use. Only
// articles the store does not hold yet are extracted.
import { existsSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { BadInputError, UsageError } from '../errors.js';
import { readInputs } from '../io/read-inputs.js';
import { applyDefaultDate, parseDefaultDate } from '../ingest/default-date.js';
import { extractAll } from '../corpus/extract-all.js';
import { chooseJobs, parseJobs } from '../corpus/jobs.js';
import { createProgress, formatSeconds } from '../corpus/progress.js';
import { addExtractions, openStore, planAdd, storedIds, type AddOutcome, type Store } from '../store/index.js';
import type { Command } from './io.js';
import { EXTRACTION_HELP, EXTRACTION_OPTIONS } from './extraction-options.js';

const HELP = `usage: newsgraph add <store> <files|dirs|-> [options]

Reads articles (as "build" does), extracts them and keeps the extractions in
<store>, an SQLite file made on first use. An article already stored with the
same text is left as it is; new text under a stored id (the file name without
its extension) replaces that article. "newsgraph export <store>" writes the
graph of everything stored.

options:
${EXTRACTION_HELP}`;

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...EXTRACTION_OPTIONS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const [storeArg, ...inputs] = positionals;
  if (storeArg === undefined || inputs.length === 0) throw new UsageError(`give a store and at least one article\n\n${HELP}`);
  const date = values.date === undefined ? undefined : parseDefaultDate(values.date, '--date');
  const requestedJobs = parseJobs(values.jobs);
  const started = performance.now();
  const path = resolve(io.cwd, storeArg);
  const isNew = !existsSync(path);
  // The store is opened first, so a wrong store path fails before any extraction.
  const store = openStore(path, { create: true });
  let failedWhole = true;
  try {
    const targets = inputs.map((p) => (p === '-' ? p : resolve(io.cwd, p)));
    const { docs: read, skipped } = await readInputs(targets, { stdin: io.stdin });
    for (const s of skipped) io.stderr(`newsgraph add: skipped ${s.path}: ${s.reason}\n`);
    if (read.length === 0) throw new BadInputError(`no article could be read from ${inputs.join(', ')}`);
    const docs = applyDefaultDate(read, date);
    const plan = planAdd(store, docs);
    const toExtract = docs.filter((_, n) => plan[n]?.status !== 'unchanged');
    const jobs = chooseJobs(Math.max(1, toExtract.length), availableParallelism(), requestedJobs, { recogniser: !values['rules-only'] });
    const progress = createProgress({ total: toExtract.length, write: io.stderr, enabled: io.stderrIsTTY === true });
    const extractionStarted = performance.now();
    // Nothing new to extract: skip it, and the recogniser's load with it.
    const { extractions, failed } =
      toExtract.length === 0 ? { extractions: [], failed: [] } : await extractAll(toExtract, { jobs, rulesOnly: values['rules-only'], onDone: progress.tick });
    progress.finish();
    const extractionSeconds = (performance.now() - extractionStarted) / 1000;
    for (const f of failed) io.stderr(`newsgraph add: skipped ${f.path}: ${f.reason}\n`);
    if (toExtract.length > 0 && extractions.length === 0) throw new BadInputError(`no article could be extracted from ${inputs.join(', ')}`);
    const written = addExtractions(store, extractions);
    failedWhole = false;
    // Unchanged articles were never extracted: their outcomes come from the plan.
    const outcomes = [...plan.filter((p) => p.status === 'unchanged'), ...written];
    io.stdout(
      report(outcomes, {
        skipped: skipped.length + failed.length,
        held: storedIds(store).length,
        store: store.path,
        seconds: (performance.now() - started) / 1000,
        extractionSeconds,
        jobs,
      }),
    );
    return 0;
  } finally {
    // A store this command made and then added nothing to is not left behind.
    const leaveNothing = failedWhole && isNew && holdsNothing(store);
    store.close();
    if (leaveNothing) rmSync(path, { force: true });
  }
};

function holdsNothing(store: Store): boolean {
  try {
    return storedIds(store).length === 0;
  } catch {
    return false;
  }
}

interface AddCounts {
  skipped: number;
  /** Articles in the store after the add. */
  held: number;
  store: string;
  seconds: number;
  extractionSeconds: number;
  jobs: number;
}

function report(outcomes: readonly AddOutcome[], c: AddCounts): string {
  const count = (status: AddOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const lines = outcomes
    .filter((o) => o.status !== 'added')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((o) =>
      o.status === 'replaced'
        ? `  replaced ${o.id}: its text changed, so the stored article was replaced`
        : `  unchanged ${o.id}: ${o.storedAs === o.id ? 'already stored with the same text' : `the same text is already stored as "${o.storedAs}"`}`,
    );
  const articles = (n: number) => `${n} article${n === 1 ? '' : 's'}`;
  const summary =
    `newsgraph add: ${count('added')} added, ${count('replaced')} replaced, ${count('unchanged')} unchanged, ` +
    `${c.skipped} file${c.skipped === 1 ? '' : 's'} skipped; ${c.store} holds ${articles(c.held)} ` +
    `(in ${formatSeconds(c.seconds)}, extraction ${formatSeconds(c.extractionSeconds)} with ${c.jobs} job${c.jobs === 1 ? '' : 's'})`;
  return `${[summary, ...lines].join('\n')}\n`;
}
