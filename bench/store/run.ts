// Store speed: a store of 1,000 articles (the 946 CoNLL-2003 train documents
// and the first valid ones), then one more article added and the graph
// exported again; the target is that add + export within 1 s.
//   npx tsx bench/store/run.ts [--train FILE] [--valid FILE] [--size 1000] [--repeat 3]
// Part one runs the real commands from dist/ (compiled first), each in a
// fresh process, as a user would. Part two repeats the work in this process
// from src/ and times each step of add and export, so the slow step shows.
// Both give CPU time beside wall time: on a shared machine the wall clock
// stretches with other work, CPU time much less.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sharedPath } from '../../scripts/shared-data.js';
import { conllDocuments } from '../corpus/conll-articles.js';
import { assembleGraph } from '../../src/corpus/assemble.js';
import { toCSV, toGEXF, toGraphML, toJSON } from '../../src/export/index.js';
import { writeExports } from '../../src/export/write.js';
import { assignMetrics } from '../../src/graph/metrics.js';
import { buildGraph, type NewsGraph } from '../../src/graph/index.js';
import { ingest } from '../../src/ingest/index.js';
import { loadRecogniser } from '../../src/io/recogniser.js';
import { extract } from '../../src/pipeline.js';
import { addExtractions, loadExtractions, openStore, planAdd, readPositions, removeDocuments } from '../../src/store/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
/** Articles dropped into the watched folder one at a time, each taken out again before the next. */
const WATCH_ARTICLES = 7;
/** The pause after taking one out, before the next comes. */
const SETTLE_BETWEEN_MS = 3000;
const CHILD = fileURLToPath(new URL('./child.mjs', import.meta.url));

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: sharedPath('eval/conll2003/train.txt') },
    valid: { type: 'string', default: sharedPath('eval/conll2003/valid.txt') },
    size: { type: 'string', default: '1000' },
    repeat: { type: 'string', default: '3' },
  },
});
const size = Number(values.size);
const repeat = Number(values.repeat);

const documents = [...conllDocuments(values.train ?? ''), ...conllDocuments(values.valid ?? '')];
if (documents.length <= size + WATCH_ARTICLES) throw new Error(`only ${documents.length} documents; --size must be smaller`);
const work = mkdtempSync(join(tmpdir(), 'newsgraph-store-bench-'));
const articles = join(work, 'articles');
const extraDir = join(work, 'extra');
mkdirSync(articles);
mkdirSync(extraDir);
const name = (n: number) => `conll-${String(n + 1).padStart(4, '0')}.txt`;
documents.slice(0, size).forEach((text, n) => writeFileSync(join(articles, name(n)), text));
const EXTRA_ID = 'conll-extra';
const extraFile = join(extraDir, `${EXTRA_ID}.txt`);
writeFileSync(extraFile, documents[size]!);
const store = join(work, 'store.db');
const ms = (from: number, to = performance.now()) => `${(to - from).toFixed(0).padStart(6)} ms`;

try {
  console.log(`${size} articles (CoNLL-2003 train, then valid) in ${work}; one more to add: ${documents[size]!.length} characters\n`);
  commandLine();
  await watching();
  inProcess();
} finally {
  rmSync(work, { recursive: true, force: true });
}

function commandLine(): void {
  const compiled = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  if (compiled.status !== 0) console.error('tsc reported errors; measuring whatever dist/ holds');
  console.log('The commands, each in a fresh process from dist/ (wall time, CPU time, peak RSS):');
  const run = (label: string, args: string[]): number => {
    const started = performance.now();
    const ran = spawnSync(process.execPath, [CHILD, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const took = performance.now() - started;
    if (ran.status !== 0) throw new Error(`${args.join(' ')} failed:\n${ran.stderr}`);
    const usage = JSON.parse(ran.stderr.trim().split('\n').at(-1) ?? '{}') as { maxRssKb?: number; cpuMs?: number };
    const rss = `${((usage.maxRssKb ?? 0) / 1024).toFixed(0).padStart(4)} MB`;
    console.log(`  ${label.padEnd(28)} ${ms(0, took)} wall, ${ms(0, usage.cpuMs ?? NaN)} CPU, ${rss}   ${ran.stdout.split('\n')[0]}`);
    return took;
  };
  run(`add ${size} articles`, ['add', store, articles]);
  run('export (all formats)', ['export', store, '--out', join(work, 'before')]);
  // The first export laid the graph out and kept the picture; this one places only the new nodes.
  const add = run('add 1 article', ['add', store, extraFile]);
  const exported = run('export (all formats)', ['export', store, '--out', join(work, 'with-extra')]);
  const json = run('export --format json', ['export', store, '--out', join(work, 'json-only'), '--format', 'json']);
  run('add the same article again', ['add', store, extraFile]);
  run('remove it', ['remove', store, EXTRA_ID]);
  run('export (all formats)', ['export', store, '--out', join(work, 'after')]);
  const same = readdirSync(join(work, 'before')).every((f) => readFileSync(join(work, 'before', f)).equals(readFileSync(join(work, 'after', f))));
  console.log(`  add 1 + export: ${((add + exported) / 1000).toFixed(2)} s (all formats), ${((add + json) / 1000).toFixed(2)} s (JSON only); target 1 s`);
  console.log(`  export after add + remove byte-identical to the export before: ${same ? 'yes' : 'NO'}`);
  console.log(`  store file: ${(statSync(store).size / (1024 * 1024)).toFixed(1)} MB\n`);
}

/**
 * `newsgraph watch` on the folder of the 1,000 articles (all in the store
 * already): one more article file dropped into the folder at a time, and
 * the time until the graph files are written again. Two figures per article:
 * the watcher's own (from its look at the folder to the last file renamed
 * into place) and the wall clock from writing the file to the watcher's
 * report, which adds the system's change notice and the 0.1 s the watcher
 * waits for a burst of files to settle. Each article is taken out again
 * (another update) before the next comes, 3 s later.
 */
async function watching(): Promise<void> {
  const extras = documents.slice(size + 1, size + 1 + WATCH_ARTICLES);
  console.log(`newsgraph watch on the same store and folder, ${extras.length} more articles dropped in one at a time, ${SETTLE_BETWEEN_MS / 1000} s apart (median, min-max):`);
  for (const formats of ['json,gexf,graphml,csv', 'json']) {
    const child = spawn(process.execPath, [MAIN, 'watch', store, articles, '--out', join(work, `watch-${formats.length}`), '--format', formats, '--interval', '600'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const reports = () => stdout.split('\n').filter((line) => line.startsWith('newsgraph watch:'));
    const waitForReports = async (count: number) => {
      const until = Date.now() + 300_000;
      while (reports().length < count) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`newsgraph watch did not report:\n${stdout}\n${stderr}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    const started = performance.now();
    await waitForReports(1);
    const firstSeconds = (performance.now() - started) / 1000;
    const own: number[] = [];
    const wall: number[] = [];
    for (const [n, text] of extras.entries()) {
      const path = join(articles, `watch-extra-${n}.txt`);
      const before = reports().length;
      const at = performance.now();
      writeFileSync(path, text);
      await waitForReports(before + 1);
      wall.push(performance.now() - at);
      own.push(Number(/written again in ([\d.]+) s/.exec(reports().at(-1)!)?.[1] ?? NaN) * 1000);
      rmSync(path);
      await waitForReports(before + 2);
      // Articles of a news feed come seconds or minutes apart: the disk has written the last update's files back by then.
      await new Promise((r) => setTimeout(r, SETTLE_BETWEEN_MS));
    }
    const peak = peakMemory(child.pid);
    child.kill('SIGINT');
    await new Promise((r) => child.on('exit', r));
    const summary = (xs: number[]) => `${ms(0, median(xs)).trim()} (${ms(0, Math.min(...xs)).trim()}-${ms(0, Math.max(...xs)).trim()})`;
    console.log(`  ${formats.padEnd(22)} start ${firstSeconds.toFixed(1)} s; per article: watcher ${summary(own)}, file written to report ${summary(wall)}; peak RSS ${peak}`);
    console.log(`  ${''.padEnd(22)} the watcher's times in order: ${own.map((x) => x.toFixed(0)).join(', ')} ms`);
  }
  console.log(`  (the wall clock includes the system's change notice and the 0.1 s the watcher lets a burst of files settle)\n`);
}

/** The process's peak resident memory so far, threads included (Linux), or "unknown". */
function peakMemory(pid: number | undefined): string {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
    const kb = Number(/(\d+)/.exec(line ?? '')?.[1]);
    return Number.isFinite(kb) ? `${Math.round(kb / 1024)} MB` : 'unknown';
  } catch {
    return 'unknown';
  }
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function inProcess(): void {
  console.log('The same steps in one process, from src/:');
  const started = performance.now();
  const recogniser = loadRecogniser();
  console.log(`  load the recogniser: ${ms(started).trim()}`);
  const doc = ingest({ content: readFileSync(extraFile), path: extraFile });
  const timings = new Map<string, Array<{ wall: number; cpu: number }>>();
  const cpuNow = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  const time = <T>(label: string, work: () => T): T => {
    const [wallAt, cpuAt] = [performance.now(), cpuNow()];
    const result = work();
    const list = timings.get(label) ?? [];
    list.push({ wall: performance.now() - wallAt, cpu: cpuNow() - cpuAt });
    timings.set(label, list);
    return result;
  };
  for (let round = 0; round < repeat; round++) {
    const opened = time('add: open the store', () => openStore(store));
    time('add: plan (hash, look-up)', () => planAdd(opened, [doc]));
    const extraction = time('add: extract the article', () => extract(doc, { recogniser }));
    time('add: write it (one transaction)', () => addExtractions(opened, [extraction]));
    const extractions = time('export: read the store', () => loadExtractions(opened));
    const kept = time('export: read the kept picture', () => readPositions(opened));
    const { graph } = time('export: assembleGraph (kept picture)', () => assembleGraph(extractions, { positions: kept }));
    time('export: assembleGraph (laid out afresh)', () => assembleGraph(extractions));
    // Measured apart: assembleGraph less buildGraph is the resolution across articles.
    time('export:   buildGraph alone', () => buildGraph(extractions));
    time('export:   metrics + layout alone', () => assignMetrics(freshCopy(graph)));
    time('export: render JSON', () => toJSON(graph));
    time('export: render GEXF', () => toGEXF(graph));
    time('export: render GraphML', () => toGraphML(graph));
    time('export: render CSV', () => toCSV(graph));
    time('export: render + write all formats', () => writeExports(graph, join(work, `round-${round}`), ['json', 'gexf', 'graphml', 'csv']));
    time('remove: the article', () => removeDocuments(opened, [EXTRA_ID]));
    opened.close();
    if (round === 0) console.log(`  graph: ${graph.order} nodes, ${graph.size} edges from ${extractions.length} articles`);
  }
  console.log(`  ${''.padEnd(37)}${'first run'.padStart(22)}${'best of the rest'.padStart(24)}`);
  for (const [label, list] of timings) {
    const first = list[0]!;
    const rest = list.slice(1);
    const best = rest.length > 0 ? `  ${ms(0, Math.min(...rest.map((t) => t.wall)))} / ${ms(0, Math.min(...rest.map((t) => t.cpu)))}` : '';
    console.log(`  ${label.padEnd(37)}${ms(0, first.wall)} / ${ms(0, first.cpu)}${best}`);
  }
  console.log('  (wall / CPU; CPU counts every thread of this process)');
}

/** The graph without what metrics and layout add, so they can be timed again from scratch. */
function freshCopy(graph: NewsGraph): NewsGraph {
  const copy = graph.copy();
  copy.updateEachNodeAttributes((_, a) => {
    const { x: _x, y: _y, size: _size, color: _color, degree: _degree, pagerank: _pagerank, ...rest } = a;
    return rest;
  });
  return copy;
}
