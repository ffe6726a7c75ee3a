// How many threads extract. One thread extracts in-process. Two share each
// article (./split.ts): a worker runs the trained recogniser while this
// thread runs the rest. More each extract whole articles (./pool.ts).
//
// Each thread that extracts warms V8 up on its own: it loads the model and
// gazetteers, and compiles the per-document functions again (about 2 CPU
// seconds, and slower code for the first few hundred articles). Sharing
// articles warms each function on one thread only, so it pays much earlier
// than whole articles per thread. Measured on CoNLL-2003 train, 2 cores:
// - extraction alone, one thread against two sharing: 250 articles 2.0-2.4 s
//   against 1.8-2.1 s; 946 articles 4.4-5.4 s against 3.4-3.7 s. Below a few
//   hundred articles the worker's start (about 0.3 s before its first
//   answer) eats the gain.
// - two threads with whole articles each: 946 articles 11.7 s median for the
//   build against 10.8 s on one thread; they paid only from between 946 and
//   1,892 articles. So a third and further thread each want
//   ARTICLES_PER_WORKER articles.
import { UsageError } from '../errors.js';

/** Articles from which two threads share the extraction (see above). */
export const SPLIT_FROM = 250;
/** The articles a whole-article worker must get to earn its warm-up (see above). */
export const ARTICLES_PER_WORKER = 600;

export interface JobsOptions {
  /**
   * Whether the trained recogniser runs (not with --rules-only): without it
   * there is no half to hand a worker, and two threads take whole articles,
   * so they too want ARTICLES_PER_WORKER articles each.
   */
  recogniser?: boolean;
}

/** The job count for `articles` articles on `cores` cores; `requested` (from --jobs) wins when given. */
export function chooseJobs(articles: number, cores: number, requested?: number, options: JobsOptions = {}): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, articles));
  const wholeArticles = Math.min(cores, Math.floor(articles / ARTICLES_PER_WORKER));
  if (options.recogniser === false || cores < 2 || articles < SPLIT_FROM) return Math.max(1, wholeArticles);
  return Math.max(2, wholeArticles);
}

/** Reads --jobs: a whole number from 1 up. */
export function parseJobs(value: string | undefined, flag = '--jobs'): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]{0,3}$/.test(value.trim())) throw new UsageError(`${flag} wants a whole number from 1 to 9999, not "${value}"`);
  return Number(value.trim());
}
