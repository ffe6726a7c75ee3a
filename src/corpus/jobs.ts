// How many extraction workers a build uses. Each thread that extracts warms
// V8 up on its own: it loads the model and gazetteers, and compiles the
// per-document functions again (about 2 CPU seconds, and slower code for the
// first few hundred articles). On a 2-core machine a second thread paid for
// that only from somewhere between 946 and 1,892 articles (CoNLL-2003 train,
// five alternating builds each at 946: one thread 10.8 s median against 11.7 s
// for two; at 1,892, three each: 14.1-16.4 s against 13.1-14.4 s). So a
// worker has to get ARTICLES_PER_WORKER articles, and a build of fewer than
// twice that extracts in this thread.
import { UsageError } from '../errors.js';

/** The articles a worker must get to earn its warm-up (see above). */
export const ARTICLES_PER_WORKER = 600;

/** The job count for `articles` articles on `cores` cores; `requested` (from --jobs) wins when given. */
export function chooseJobs(articles: number, cores: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, articles));
  return Math.max(1, Math.min(cores, Math.floor(articles / ARTICLES_PER_WORKER)));
}

/** Reads --jobs: a whole number from 1 up. */
export function parseJobs(value: string | undefined, flag = '--jobs'): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]{0,3}$/.test(value.trim())) throw new UsageError(`${flag} wants a whole number from 1 to 9999, not "${value}"`);
  return Number(value.trim());
}
