// Where the explorer spends its time before the first render: a CPU profile
// (Chrome DevTools protocol) from navigation to body[data-ready="true"], on
// the same synthetic graph as run.ts, with the page built unminified so the
// function names are readable.
//   npx tsx bench/viz/profile.ts [--nodes 10000] [--edges 50000] [--seed 7] [--top 30] [--layout]
// --layout profiles 3 s of the running layout instead of the load; --bare
// profiles the bare sigma page's load (until its first afterRender) for comparison.
// Prints the functions with the most self time and writes the .cpuprofile
// (open it in Chrome DevTools' Performance panel) to test-output/bench-viz/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { startServer } from '../../src/io/serve-http.js';
import { syntheticGraph } from './synthetic-graph.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--headless=new'];

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '10000' },
    edges: { type: 'string', default: '50000' },
    seed: { type: 'string', default: '7' },
    top: { type: 'string', default: '30' },
    layout: { type: 'boolean', default: false },
    bare: { type: 'boolean', default: false },
  },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'newsgraph-profile-viz-'));
  try {
    const graph = syntheticGraph({ nodes: Number(values.nodes), edges: Number(values.edges), seed: Number(values.seed) });
    const graphPath = join(work, 'graph.json');
    writeFileAtomic(graphPath, JSON.stringify(graph.export()));
    if (values.bare) {
      await build({ configFile: false, root: fileURLToPath(new URL('./bare/', import.meta.url)), base: './', publicDir: false, logLevel: 'warn', build: { outDir: join(work, 'viz', 'dist'), emptyOutDir: true, target: 'es2022', minify: false } });
    } else {
      await build({ configFile: join(ROOT, 'viz', 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(work, 'viz', 'dist'), emptyOutDir: true, minify: false } });
    }
    const server = await startServer({ graphPath, port: 0, vizDir: join(work, 'viz') });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await (await browser.newContext({ viewport: { width: 1400, height: 850 } })).newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      if (values.layout) {
        await page.goto(server.url);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
        await page.click('#layout');
        await page.waitForTimeout(1000);
        await cdp.send('Profiler.start');
        await page.waitForTimeout(3000);
      } else {
        await cdp.send('Profiler.start');
        await page.goto(server.url, { waitUntil: 'commit' });
        if (values.bare) await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined, undefined, { timeout: 180_000, polling: 50 });
        else await page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
      }
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const marks = await page.evaluate(() => performance.getEntriesByType('measure').map((entry) => `${entry.name}: ${Math.round(entry.duration)} ms (at ${Math.round(entry.startTime)})`));
      const out = join(ROOT, 'test-output', 'bench-viz');
      mkdirSync(out, { recursive: true });
      const file = join(out, values.layout ? 'layout.cpuprofile' : 'load.cpuprofile');
      writeFileSync(file, JSON.stringify(profile));
      summarise(profile, Number(values.top));
      if (marks.length > 0) console.log(`\nthe page's own measures:\n  ${marks.join('\n  ')}`);
      console.log(`\nprofile: ${file}`);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Self time per function, from the samples and their time deltas. */
function summarise(profile: Profile, top: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, at) => {
    const node = byId.get(id);
    if (node === undefined) return;
    const frame = node.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[at] ?? 0) / 1000);
  });
  const total = (profile.endTime - profile.startTime) / 1000;
  console.log(`profiled ${Math.round(total)} ms; most self time:`);
  for (const [name, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${`${Math.round(time)} ms`.padStart(9)}  ${name}`);
}

await main();
