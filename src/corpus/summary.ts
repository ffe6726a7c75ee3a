// The line a build always ends with: what went in, what came out, how long it took.
import { formatSeconds } from './progress.js';

export interface BuildCounts {
  articles: number;
  entities: number;
  relations: number;
  cooccurrences: number;
  skipped: number;
  /** The whole build, reading to writing. */
  seconds: number;
  /** The extraction alone: the part that --jobs spreads over threads. */
  extractionSeconds: number;
  jobs: number;
}

export function summaryLine(c: BuildCounts): string {
  const rate = c.extractionSeconds > 0 ? `, ${(c.articles / c.extractionSeconds).toFixed(1)} articles/s` : '';
  const extraction = ` (extraction ${formatSeconds(c.extractionSeconds)} with ${c.jobs} job${plural(c.jobs)}${rate})`;
  return (
    `newsgraph: ${c.articles} article${plural(c.articles)}, ${c.entities} entities, ${c.relations} relations, ` +
    `${c.cooccurrences} co-occurrence edges, ${c.skipped} file${plural(c.skipped)} skipped, in ${formatSeconds(c.seconds)}${extraction}`
  );
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
