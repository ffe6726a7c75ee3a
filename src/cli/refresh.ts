// newsgraph refresh <store> [--rules-only] [--jobs N]: extract every stored
// article again with this version, and keep the extractions that changed.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { extractAll } from '../corpus/extract-all.js';
import { chooseJobs, parseJobs } from '../corpus/jobs.js';
import { createProgress, formatSeconds } from '../corpus/progress.js';
import { openStore, readSnapshot, refreshExtractions, type RefreshOutcome } from '../store/index.js';
import type { Extraction } from '../types.js';
import type { Command } from './io.js';
import { EXTRACTOR_HELP, EXTRACTION_OPTIONS } from './extraction-options.js';

const HELP = `usage: newsgraph refresh <store> [options]

Extracts every article in <store> again from its stored text, with this
version of newsgraph, and replaces the articles whose extraction changed.
A store keeps each article as the version that added it extracted it: run
this after upgrading newsgraph so the whole store gets what the new version
finds. The articles' files are not needed. All replacements are one
transaction: an interrupted refresh leaves the store as it was.

options:
${EXTRACTOR_HELP}`;

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'rules-only': EXTRACTION_OPTIONS['rules-only'], jobs: EXTRACTION_OPTIONS.jobs, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const [storeArg, ...rest] = positionals;
  if (storeArg === undefined || rest.length > 0) throw new UsageError(`give one store\n\n${HELP}`);
  const requestedJobs = parseJobs(values.jobs);
  const started = performance.now();
  const store = openStore(resolve(io.cwd, storeArg));
  try {
    const stored = readSnapshot(store, { positions: false }).extractions;
    if (stored.length === 0) {
      io.stdout(`newsgraph refresh: ${store.path} holds no articles; nothing to do\n`);
      return 0;
    }
    const jobs = chooseJobs(stored.length, availableParallelism(), requestedJobs, { recogniser: !values['rules-only'] });
    const progress = createProgress({ total: stored.length, write: io.stderr, enabled: io.stderrIsTTY === true });
    const { extractions, failed } = await extractAll(
      stored.map((e) => e.doc),
      { jobs, rulesOnly: values['rules-only'], onDone: progress.tick },
    );
    progress.finish();
    for (const f of failed) io.stderr(`newsgraph refresh: kept ${f.path} as it was: ${f.reason}\n`);
    const freshById = new Map<string, Extraction>(extractions.map((e) => [e.doc.id, e]));
    const pairs = stored.flatMap((e) => {
      const fresh = freshById.get(e.doc.id);
      return fresh ? [{ stored: e, fresh }] : [];
    });
    const outcomes = refreshExtractions(store, pairs);
    io.stdout(report(outcomes, { failed: failed.length, store: store.path, seconds: (performance.now() - started) / 1000, jobs }));
    return 0;
  } finally {
    store.close();
  }
};

function report(outcomes: readonly RefreshOutcome[], c: { failed: number; store: string; seconds: number; jobs: number }): string {
  const count = (status: RefreshOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const gone = outcomes.filter((o) => o.status === 'gone').map((o) => `  left ${o.id}: removed or replaced while it was being extracted`);
  const summary =
    `newsgraph refresh: ${count('refreshed')} article${count('refreshed') === 1 ? '' : 's'} extracted differently now and replaced, ` +
    `${count('unchanged')} unchanged${c.failed > 0 ? `, ${c.failed} kept as they were (extraction failed)` : ''}; ${c.store} ` +
    `(in ${formatSeconds(c.seconds)} with ${c.jobs} job${c.jobs === 1 ? '' : 's'})`;
  return `${[summary, ...gone].join('\n')}\n`;
}
