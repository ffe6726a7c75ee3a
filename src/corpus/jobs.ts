// How many extraction workers a build uses. Starting a worker costs a model
// load and gazetteer set-up (about 0.8 s), so small inputs stay in-process and each
// worker gets at least ARTICLES_PER_WORKER articles to earn its start-up.
import { UsageError } from '../errors.js';

/** A worker starts in about 0.8 s (modules, gazetteers, model): the time of ~100 short articles. */
export const ARTICLES_PER_WORKER = 100;

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
