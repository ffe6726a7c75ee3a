// Corpus build speed: the 946 CoNLL-2003 train documents as text articles,
// built at 1x, 2x, 4x and 8x (copies under new ids) with --jobs 1 and --jobs 2;
// a size under 1 builds that share of the documents (0.125: the first 118).
//   npx tsx bench/corpus/run.ts [--conll FILE] [--sizes 1,2,4,8] [--jobs 1,2] [--dist DIR]
// Each build runs from dist/ (compiled first; or the given --dist folder of
// another checkout, not compiled) in a fresh process; reported are wall
// time, articles/s, CPU seconds (wall time on a busy machine says little),
// the extraction's share (from the build's summary line), peak RSS and, per
// job count, each size's cost per article relative to the smallest size
// (1.00 = linear growth). Results: bench/corpus/README.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sharedPath } from '../../scripts/shared-data.js';
import { conllDocuments, writeArticles } from './conll-articles.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./child.mjs', import.meta.url));

const { values } = parseArgs({
  options: {
    conll: { type: 'string', default: sharedPath('eval/conll2003/train.txt') },
    sizes: { type: 'string', default: '1,2,4,8' },
    jobs: { type: 'string', default: '1,2' },
    dist: { type: 'string' },
  },
});
const sizes = (values.sizes ?? '').split(',').map(Number);
const jobCounts = (values.jobs ?? '').split(',').map(Number);

interface Run {
  size: number;
  jobs: number;
  articles: number;
  seconds: number;
  cpuSeconds: number;
  extractionSeconds: number;
  rssMb: number;
  summary: string;
}

const dist = values.dist === undefined ? undefined : resolve(values.dist);
if (dist === undefined) {
  const compiled = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  if (compiled.status !== 0) console.error('tsc reported errors; benchmarking whatever dist/ holds');
}

const documents = conllDocuments(values.conll ?? '');
const work = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-bench-'));
console.log(`${documents.length} documents from ${values.conll}; articles in ${work}`);
const runs: Run[] = [];
try {
  for (const size of sizes) {
    const folder = join(work, `x${size}`);
    mkdirSync(folder);
    const articles = writeArticles(documents, folder, size);
    for (const jobs of jobCounts) {
      const started = performance.now();
      const ran = spawnSync(process.execPath, [CHILD, 'build', folder, '--out', join(work, `out-x${size}-j${jobs}`), '--jobs', String(jobs)], {
        cwd: ROOT,
        env: dist === undefined ? process.env : { ...process.env, NEWSGRAPH_BENCH_DIST: dist },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const seconds = (performance.now() - started) / 1000;
      if (ran.status !== 0) throw new Error(`build of ${size}x with --jobs ${jobs} failed:\n${ran.stderr}`);
      const measured = JSON.parse(ran.stderr.trim().split('\n').at(-1) ?? '{}') as { maxRssKb?: number; cpuSeconds?: number };
      const summary = ran.stdout.split('\n')[0] ?? '';
      const extraction = /\(extraction ([\d.]+) s/.exec(summary);
      const run = {
        size,
        jobs,
        articles,
        seconds,
        cpuSeconds: measured.cpuSeconds ?? NaN,
        extractionSeconds: Number(extraction?.[1] ?? NaN),
        rssMb: (measured.maxRssKb ?? 0) / 1024,
        summary,
      };
      runs.push(run);
      console.log(
        `${size}x ${String(articles).padStart(5)} articles, --jobs ${jobs}: ${seconds.toFixed(1).padStart(6)} s, ` +
          `${(articles / seconds).toFixed(1).padStart(6)} articles/s, ${run.cpuSeconds.toFixed(1)} CPU s (extraction ${run.extractionSeconds.toFixed(1)} s, ` +
          `${(articles / run.extractionSeconds).toFixed(1)} articles/s), peak RSS ${run.rssMb.toFixed(0)} MB`,
      );
      console.log(`    ${run.summary}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log('\ncost per article relative to the smallest size (1.00 = linear):');
for (const jobs of jobCounts) {
  const mine = runs.filter((r) => r.jobs === jobs);
  const base = mine[0];
  if (!base) continue;
  const perArticle = (r: Run): number => r.seconds / r.articles;
  const perArticleCpu = (r: Run): number => r.cpuSeconds / r.articles;
  const perExtracted = (r: Run): number => r.extractionSeconds / r.articles;
  console.log(`  --jobs ${jobs}, whole build: ${mine.map((r) => `${r.size}x ${(perArticle(r) / perArticle(base)).toFixed(2)}`).join(', ')}`);
  console.log(`  --jobs ${jobs}, CPU seconds: ${mine.map((r) => `${r.size}x ${(perArticleCpu(r) / perArticleCpu(base)).toFixed(2)}`).join(', ')}`);
  console.log(`  --jobs ${jobs}, extraction:  ${mine.map((r) => `${r.size}x ${(perExtracted(r) / perExtracted(base)).toFixed(2)}`).join(', ')}`);
  // Word caches and the JIT warm up on the first articles, so the added articles of each step say more about growth.
  const steps = mine.slice(1).map((r, n) => {
    const before = mine[n]!;
    const ms = (1000 * (r.extractionSeconds - before.extractionSeconds)) / (r.articles - before.articles);
    return `${before.size}x→${r.size}x ${ms.toFixed(1)} ms`;
  });
  if (steps.length > 0) console.log(`  --jobs ${jobs}, extraction per added article: ${steps.join(', ')}`);
}
