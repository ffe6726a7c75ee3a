// Explorer load time against a bare sigma page, on one big synthetic graph.
//   npx tsx bench/viz/run.ts [--nodes 10000] [--edges 50000] [--runs 3] [--seed 7]
// Both pages are built into a temporary folder, served by src/io/serve-http.ts
// and opened in Debian's Chromium (software WebGL). "First render" is timed
// from navigation start (performance.timeOrigin): for the explorer, when the
// page marks body[data-ready="true"] (set after sigma's first draw), for the
// bare page, sigma's first 'afterRender'; "painted" is the next animation
// frame after that. Runs alternate between the pages, each in a fresh
// browser context. Then, with the layout running in the explorer, it times
// a page.evaluate round trip, a search, and the gaps between frames.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { startServer } from '../../src/io/serve-http.js';
import { syntheticGraph } from './synthetic-graph.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BARE = fileURLToPath(new URL('./bare/', import.meta.url));
const CHROMIUM = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--headless=new'];
const VIEWPORT = { width: 1400, height: 850 };
const TARGET_RATIO = 1.5;
const RENDER_TIMEOUT_MS = 180_000;

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '10000' },
    edges: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '7' },
  },
});
const nodeCount = Number(values.nodes);
const edgeCount = Number(values.edges);
const runs = Number(values.runs);
if (![nodeCount, edgeCount, runs].every((n) => Number.isInteger(n) && n > 0)) throw new Error('--nodes, --edges and --runs must be positive integers');
if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set NEWSGRAPH_CHROMIUM)`);

/** Times the page itself records, in ms from navigation start. */
interface Timing {
  /** When graph.json had arrived. */
  fetched: number;
  rendered: number;
  painted: number;
}

// Runs in the explorer before its own scripts: notes when the page says the
// graph is drawn, and the frame after.
const WATCH_READY = (): void => {
  const w = window as unknown as { __rendered?: number; __painted?: number; __readyState?: string };
  const observer = new MutationObserver(() => {
    const ready = document.body?.dataset.ready;
    if (ready === undefined || w.__rendered !== undefined) return;
    w.__readyState = ready;
    w.__rendered = performance.now();
    requestAnimationFrame(() => (w.__painted = performance.now()));
    observer.disconnect();
  });
  observer.observe(document, { attributes: true, attributeFilter: ['data-ready'], subtree: true });
};

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'newsgraph-bench-viz-'));
  try {
    console.log(`graph: ${nodeCount} nodes, ${edgeCount} edges (seed ${values.seed}) …`);
    const started = performance.now();
    const graph = syntheticGraph({ nodes: nodeCount, edges: edgeCount, seed: Number(values.seed) });
    const graphPath = join(work, 'graph.json');
    const text = JSON.stringify(graph.export());
    writeFileAtomic(graphPath, text);
    console.log(`  made in ${((performance.now() - started) / 1000).toFixed(1)} s, ${(text.length / 1e6).toFixed(1)} MB`);
    const someLabel = graph.getNodeAttribute(graph.nodes()[42] as string, 'label');

    console.log('building the explorer and the bare sigma page …');
    await build({ configFile: join(ROOT, 'viz', 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(work, 'ours', 'dist'), emptyOutDir: true } });
    mkdirSync(join(work, 'bare'), { recursive: true });
    await build({ configFile: false, root: BARE, base: './', publicDir: false, logLevel: 'warn', build: { outDir: join(work, 'bare', 'dist'), emptyOutDir: true, target: 'es2022' } });

    const ours = await startServer({ graphPath, port: 0, vizDir: join(work, 'ours') });
    const bare = await startServer({ graphPath, port: 0, vizDir: join(work, 'bare') });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const oursTimes: Timing[] = [];
      const bareTimes: Timing[] = [];
      for (let run = 0; run < runs; run++) {
        // Alternate which page goes first, so neither always meets a warmer machine.
        const order = run % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const);
        for (const which of order) {
          const timing = which === 'ours' ? await timeLoad(browser, ours.url, true) : await timeLoad(browser, bare.url, false);
          (which === 'ours' ? oursTimes : bareTimes).push(timing);
          console.log(`  run ${run + 1} ${which.padEnd(4)}: graph.json in ${ms(timing.fetched)}, rendered ${ms(timing.rendered)}, painted ${ms(timing.painted)}`);
        }
      }
      const responsiveness = await timeWhileLayout(browser, ours.url, someLabel);
      report(oursTimes, bareTimes, responsiveness);
    } finally {
      await browser.close();
      await Promise.all([ours.close(), bare.close()]);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function timeLoad(browser: Browser, url: string, explorer: boolean): Promise<Timing> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    if (explorer) await page.addInitScript(WATCH_READY);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined, undefined, { timeout: RENDER_TIMEOUT_MS, polling: 50 });
    const timing = await page.evaluate(() => {
      const w = window as unknown as { __rendered: number; __painted: number; __readyState?: string };
      const graphEntry = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/graph.json')) as PerformanceResourceTiming | undefined;
      return { fetched: graphEntry?.responseEnd ?? Number.NaN, rendered: w.__rendered, painted: w.__painted, state: w.__readyState ?? 'true' };
    });
    if (timing.state !== 'true') throw new Error(`${url}: the page reported data-ready="${timing.state}": ${await page.textContent('#status')}`);
    if (problems.length > 0) throw new Error(`${url}: ${problems.join('; ')}`);
    if (explorer) await expectVisibleNodes(page, nodeCount);
    return { fetched: timing.fetched, rendered: timing.rendered, painted: timing.painted };
  } finally {
    await context.close();
  }
}

/** The explorer's own count, so a page that drew an empty graph fast is not mistaken for a fast one. */
async function expectVisibleNodes(page: Page, expected: number): Promise<void> {
  const shown = Number(await page.getAttribute('#graph', 'data-visible-nodes'));
  if (shown !== expected) throw new Error(`the explorer shows ${shown} nodes, expected ${expected}`);
}

interface Responsiveness {
  layoutRunning: boolean;
  roundTrips: number[];
  searchHandlerMs: number;
  searchMs: number;
  stopMs: number;
  frames: number;
  frameGapMedian: number;
  frameGapMax: number;
}

/** The animation frames drawn in 3 s, by a timer, so a page that draws none still answers. */
const FRAME_STAMPS = `new Promise((resolve) => {
  const stamps = [performance.now()];
  let done = false;
  const tick = (now) => {
    if (done) return;
    stamps.push(now);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  setTimeout(() => {
    done = true;
    stamps.push(performance.now());
    resolve(stamps);
  }, 3000);
})`;
const STOP_WAIT_MS = 30_000;

async function timeWhileLayout(browser: Browser, url: string, label: string): Promise<Responsiveness> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: RENDER_TIMEOUT_MS });
    await page.click('#layout');
    // Let the worker start and its first positions reach the renderer.
    await page.waitForTimeout(1000);
    const layoutRunning = (await page.getAttribute('#layout', 'aria-pressed')) === 'true';

    const roundTrips: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      await page.evaluate(() => 1);
      roundTrips.push(performance.now() - start);
    }

    // The page's own handler time, then the same search as a reader's typing,
    // which playwright only sends once the page draws steady frames.
    const searchHandlerMs = await page.evaluate((name) => {
      const box = document.getElementById('search') as HTMLInputElement;
      box.value = name;
      const start = performance.now();
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      return performance.now() - start;
    }, label);
    await page.evaluate(() => history.replaceState(null, '', window.location.pathname));
    const searchStart = performance.now();
    await page.fill('#search', label);
    await page.press('#search', 'Enter');
    await page.waitForFunction(() => window.location.hash.includes('node='), undefined, { timeout: 60_000, polling: 50 });
    const searchMs = performance.now() - searchStart;

    // Passed as text: tsx would wrap a named inner function in a helper the page lacks.
    // The first and last stamps are the timer's, so the gaps include the wait before the first frame and after the last.
    const stamps = (await page.evaluate(FRAME_STAMPS)) as number[];
    const gaps = stamps.slice(1).map((stamp, i) => stamp - (stamps[i] as number));
    // Stopped by a DOM click from a timer: playwright's click waits for two steady
    // frames, which a busy page may not give, and the stop handler runs noverlap
    // on the page's thread, which could outlast any sensible wait.
    const stopStart = performance.now();
    await page.evaluate(() => void setTimeout(() => (document.getElementById('layout') as HTMLButtonElement).click(), 0));
    const stopped = await page
      .waitForFunction(() => document.getElementById('layout')?.getAttribute('aria-pressed') === 'false', undefined, { timeout: STOP_WAIT_MS, polling: 100 })
      .then(() => true)
      .catch(() => false);
    const stopMs = stopped ? performance.now() - stopStart : Number.POSITIVE_INFINITY;
    return { layoutRunning, roundTrips, searchHandlerMs, searchMs, stopMs, frames: stamps.length - 2, frameGapMedian: median(gaps), frameGapMax: Math.max(...gaps) };
  } finally {
    await context.close();
  }
}

function report(ours: Timing[], bare: Timing[], live: Responsiveness): void {
  const rows: [string, number, number][] = [
    ['graph.json arrived', median(ours.map((t) => t.fetched)), median(bare.map((t) => t.fetched))],
    ['first render', median(ours.map((t) => t.rendered)), median(bare.map((t) => t.rendered))],
    ['first frame after it', median(ours.map((t) => t.painted)), median(bare.map((t) => t.painted))],
  ];
  console.log(`\nload to first render, ${nodeCount} nodes / ${edgeCount} edges, median of ${ours.length} runs each (target ours/bare ≤ ${TARGET_RATIO}×)`);
  console.log(`${'measure'.padEnd(28)}${'explorer'.padStart(10)}${'bare sigma'.padStart(12)}${'ratio'.padStart(8)}`);
  for (const [name, a, b] of rows) {
    const ratio = a / b;
    console.log(`${name.padEnd(28)}${ms(a).padStart(10)}${ms(b).padStart(12)}${`${ratio.toFixed(2)}×`.padStart(8)}${ratio <= TARGET_RATIO ? '' : '  over target'}`);
  }
  console.log(`\nwhile the layout runs (${live.layoutRunning ? 'running' : 'NOT running: check the Layout button'})`);
  console.log(`${'evaluate round trip'.padEnd(28)}median ${ms(median(live.roundTrips))}, max ${ms(Math.max(...live.roundTrips))}`);
  console.log(`${'search handler (in page)'.padEnd(28)}${ms(live.searchHandlerMs)}`);
  console.log(`${'typed search → selected'.padEnd(28)}${ms(live.searchMs)} (playwright fill + Enter)`);
  console.log(`${'frames in 3 s'.padEnd(28)}${live.frames}: gap median ${ms(live.frameGapMedian)}, max ${ms(live.frameGapMax)}`);
  console.log(`${'Stop layout → stopped'.padEnd(28)}${Number.isFinite(live.stopMs) ? ms(live.stopMs) : `not within ${STOP_WAIT_MS / 1000} s`}`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

await main();
