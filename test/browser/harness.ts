// What the browser tests stand on: the page built into a temporary folder
// (so viz/dist, which `newsgraph serve` prefers, is left alone), graphs
// built from the seeds, servers from src/io/serve-http.ts, and Debian's
// Chromium driven by playwright-core.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { startServer, type RunningServer } from '../../src/io/serve-http.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUTPUT = join(ROOT, 'test-output', 'browser');
export const CHROMIUM = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium';

/** Strings an article could carry that must show as text and never run. */
export const HOSTILE = {
  label: '<img src=x onerror=alert(1)>Ryan Dillon',
  alias: '<script>alert(2)</script>',
  predicate: '<img src=x onerror=alert(3)> told',
  evidence: ' <script>alert(4)</script><img src=x onerror=alert(5)>',
  title: '<img src=x onerror=alert(6)>Title',
};

/** documents.json as the build writes it (src/export/documents.ts). */
export interface DocumentsFile {
  version: number;
  documents: { id: string; title: string | null; date: string | null; text: string; mentions: [number, number, string][] }[];
}

export interface TestGraph {
  attributes: { docs: { id: string; date: string | null }[] };
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

export interface Harness {
  browser: Browser;
  seeds: RunningServer;
  hostile: RunningServer;
  /** The seed graph with made-up dates spread over ten days (see datedGraph). */
  dated: RunningServer;
  datedGraph: TestGraph;
  seedGraph: { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { attributes: Record<string, unknown> }[] };
  /** The seed graph as the CLI's GEXF export. */
  seedGexfPath: string;
  close: () => Promise<void>;
}

export async function setUp(log: (line: string) => void): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set NEWSGRAPH_CHROMIUM)`);
  const cli = join(ROOT, 'dist', 'cli', 'main.js');
  if (!existsSync(cli)) throw new Error(`no ${cli}: run npm run build first`);
  const work = mkdtempSync(join(tmpdir(), 'newsgraph-browser-'));
  mkdirSync(OUTPUT, { recursive: true });

  log('typechecking viz/ …');
  const check = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'viz', 'tsconfig.json')], { encoding: 'utf8' });
  // The page imports the extractor from src/, so src/ must typecheck under the
  // page's bundler resolution too, not only under the project's NodeNext.
  if (check.status !== 0) throw new Error(`viz/ does not typecheck:\n${check.stdout}${check.stderr}`);

  log('building the page …');
  await build({ configFile: join(ROOT, 'viz', 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(work, 'viz', 'dist') } });

  log('building the seed graph …');
  const built = spawnSync(process.execPath, [cli, 'build', join(ROOT, 'seeds'), '--out', join(work, 'seeds')], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`newsgraph build seeds failed:\n${built.stderr}`);
  const seedPath = join(work, 'seeds', 'graph.json');
  const seedGraph = JSON.parse(readFileSync(seedPath, 'utf8')) as Harness['seedGraph'];
  // The hostile graph in a folder of its own, with the seed texts made hostile beside it.
  mkdirSync(join(work, 'hostile'));
  const hostilePath = join(work, 'hostile', 'graph.json');
  writeFileSync(hostilePath, JSON.stringify(hostileGraph(seedGraph)));
  const seedDocuments = JSON.parse(readFileSync(join(work, 'seeds', 'documents.json'), 'utf8')) as DocumentsFile;
  writeFileSync(join(work, 'hostile', 'documents.json'), JSON.stringify(hostileDocuments(seedDocuments)));

  const datedPath = join(work, 'dated.json');
  const dated = datedGraph(seedGraph);
  writeFileSync(datedPath, JSON.stringify(dated));

  const vizDir = join(work, 'viz');
  const seeds = await startServer({ graphPath: seedPath, port: 0, vizDir });
  const hostile = await startServer({ graphPath: hostilePath, port: 0, vizDir });
  const datedServer = await startServer({ graphPath: datedPath, port: 0, vizDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--headless=new'],
  });
  return {
    browser,
    seeds,
    hostile,
    dated: datedServer,
    datedGraph: dated,
    seedGraph,
    seedGexfPath: join(work, 'seeds', 'graph.gexf'),
    close: async () => {
      await browser.close();
      await Promise.all([seeds.close(), hostile.close(), datedServer.close()]);
    },
  };
}

/** The seed graph with markup in Ryan Dillon's label and alias, the "told" relation and its evidence, and a title. */
function hostileGraph(seed: Harness['seedGraph']): unknown {
  const graph = structuredClone(seed) as any;
  const ryan = graph.nodes.find((node: any) => node.key === 'person:ryan-dillon');
  ryan.attributes.label = HOSTILE.label;
  ryan.attributes.aliases = [...ryan.attributes.aliases, HOSTILE.label, HOSTILE.alias];
  const told = graph.edges.find((edge: any) => edge.attributes.type === 'communicated_with');
  told.attributes.predicate = HOSTILE.predicate;
  for (const item of told.attributes.evidence) item.text += HOSTILE.evidence;
  graph.attributes.docs[0].title = HOSTILE.title;
  return graph;
}

/** The seed texts with a hostile title, and hostile markup added to the end of the first text as a mention of Ryan Dillon. */
function hostileDocuments(seed: DocumentsFile): DocumentsFile {
  const file = structuredClone(seed);
  const first = file.documents[0];
  if (first === undefined) throw new Error('the seed build wrote no documents');
  first.title = HOSTILE.title;
  const start = first.text.length + 1;
  first.text += ` ${HOSTILE.label}${HOSTILE.evidence}`;
  first.mentions.push([start, start + HOSTILE.label.length, 'person:ryan-dillon']);
  return file;
}

/** The first ten days of 2024, as ISO days. */
export const DAYS = Array.from({ length: 10 }, (_, i) => `2024-01-${String(i + 1).padStart(2, '0')}`);

/**
 * The seed graph with dates as the builder writes them, spread so a time
 * range can split it: node i is seen from day i mod 10 for 0-2 days; every
 * seventh node is undated. An edge's evidence carries the days of its ends,
 * and its span runs over them.
 */
function datedGraph(seed: Harness['seedGraph']): TestGraph {
  const graph = structuredClone(seed) as unknown as TestGraph;
  const span = new Map<string, [string, string]>();
  graph.nodes.forEach((node, i) => {
    delete node.attributes.firstSeen;
    delete node.attributes.lastSeen;
    if (i % 7 === 6) return;
    const first = DAYS[i % 10] as string;
    const last = DAYS[Math.min(9, (i % 10) + (i % 3))] as string;
    node.attributes.firstSeen = first;
    node.attributes.lastSeen = last;
    span.set(node.key, [first, last]);
  });
  for (const edge of graph.edges) {
    const ends = [span.get(edge.source), span.get(edge.target)].filter((item): item is [string, string] => item !== undefined);
    const days = ends.map((item) => item[0]).sort();
    const evidence = edge.attributes.evidence as { date?: string }[];
    evidence.forEach((item, i) => {
      delete item.date;
      const day = days[i % Math.max(1, days.length)];
      if (day !== undefined) item.date = day;
    });
    delete edge.attributes.firstSeen;
    delete edge.attributes.lastSeen;
    const dated = evidence.map((item) => item.date).filter((day): day is string => day !== undefined).sort();
    if (dated.length > 0) {
      edge.attributes.firstSeen = dated[0];
      edge.attributes.lastSeen = dated[dated.length - 1];
    }
  }
  return graph;
}

export interface Watched {
  page: Page;
  /** Dialogs opened, uncaught errors, CSP violations and console errors, in order. */
  problems: string[];
}

/** A fresh page that records anything the page should never do. */
export async function openPage(browser: Browser, url: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
  if ((await page.getAttribute('body', 'data-ready')) !== 'true') throw new Error(`the page did not load: ${await page.textContent('#status')}`);
  await settle(page);
  return { page, problems };
}

/** Lets sigma draw the frames a change asked for (and a camera animation end). */
export async function settle(page: Page, ms = 700): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(ms);
}

export interface PixelCount {
  total: number;
  /** Pixels that are not (near) white. */
  inked: number;
  /** Pixels within a small distance of `near`, when given. */
  matching: number;
}

/** Screenshots the graph, saves it, and counts its pixels in the page (which can decode PNG). */
export async function graphPixels(page: Page, name: string, near?: string): Promise<PixelCount> {
  const shot = await page.locator('#graph').screenshot({ path: join(OUTPUT, `${name}.png`) });
  return page.evaluate(
    async ({ base64, color }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const wanted = color === null ? null : [1, 3, 5].map((at) => parseInt(color.slice(at, at + 2), 16));
      let inked = 0;
      let matching = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
        if (r < 245 || g < 245 || b < 245) inked++;
        if (wanted !== null && Math.abs(r - (wanted[0] as number)) + Math.abs(g - (wanted[1] as number)) + Math.abs(b - (wanted[2] as number)) < 30) matching++;
      }
      return { total: data.length / 4, inked, matching };
    },
    { base64: shot.toString('base64'), color: near ?? null },
  );
}

export async function pageShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUTPUT, `${name}.png`) });
}
