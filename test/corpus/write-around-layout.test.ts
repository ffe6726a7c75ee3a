import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layOutAndWrite } from '../../src/corpus/write-around-layout.js';
import { writeExports } from '../../src/export/write.js';
import { buildGraph } from '../../src/graph/build.js';
import { assignLayout, planLayout } from '../../src/graph/layout.js';
import { assignMetrics } from '../../src/graph/metrics.js';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/pipeline.js';
import { articleText } from './articles.js';
import type { Position } from '../../src/graph/place.js';
import { hostileGraph, newsGraph, type TestGraph } from '../export/graphs.js';

const root = mkdtempSync(join(tmpdir(), 'newsgraph-around-layout-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FORMATS = ['json', 'gexf', 'graphml', 'csv', 'neo4j'];

/** Every file under `dir`, relative, sorted: what a reader finds there (no temporary file may be left). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('layOutAndWrite', () => {
  it.each([
    ['news', () => newsGraph(), '1.3'],
    ['hostile', () => hostileGraph(), '1.3'],
    ['news, GEXF 1.2draft (positions as attvalues)', () => newsGraph(), '1.2draft'],
  ] as Array<[string, () => TestGraph, '1.3' | '1.2draft']>)(
    'writes the bytes of laying out first and writing after, with the layout on a worker (%s graph)',
    async (name, make, gexfVersion) => {
      const first = make();
      assignLayout(first);
      const alone = writeExports(first, join(root, `${name}-first`), FORMATS, { gexfVersion });
      const graph = make();
      const out = join(root, `${name}-around`);
      const written = await layOutAndWrite(graph, planLayout(graph), out, FORMATS, { gexfVersion, parallelFrom: 0 });
      expect(written.map((p) => p.replace(`${name}-around`, `${name}-first`))).toEqual(alone);
      for (const path of alone) expect(readFileSync(path.replace(`${name}-first`, `${name}-around`)).equals(readFileSync(path)), path).toBe(true);
      expect(filesUnder(out)).toEqual(filesUnder(join(root, `${name}-first`)));
      // The graph itself got the positions, as assignLayout would have set them.
      first.forEachNode((key, { x, y }) => expect(graph.getNodeAttributes(key)).toMatchObject({ x, y }));
    },
  );

  it('holds kept nodes still, as the store export does', async () => {
    const kept = new Map<string, Position>();
    newsGraph()
      .nodes()
      .sort()
      .slice(0, 2)
      .forEach((key, n) => kept.set(key, { x: 10 * n, y: -5 }));
    const first = newsGraph();
    assignLayout(first, kept);
    const graph = newsGraph();
    const plan = planLayout(graph, kept);
    expect(plan.job?.fixed.filter(Boolean).length).toBe(2);
    await layOutAndWrite(graph, plan, join(root, 'kept'), ['json'], { parallelFrom: 0 });
    expect(readFileSync(join(root, 'kept', 'graph.json'), 'utf8')).toBe(
      readFileSync(writeExports(first, join(root, 'kept-first'), ['json'])[0]!, 'utf8'),
    );
    for (const [key, position] of kept) expect(graph.getNodeAttributes(key)).toMatchObject(position);
  });

  it('writes on this thread when there is no ForceAtlas2 run to make', async () => {
    const graph = newsGraph();
    const kept = new Map(graph.nodes().map((key, n): [string, Position] => [key, { x: n, y: n }]));
    const plan = planLayout(graph, kept);
    expect(plan.job).toBeUndefined();
    const written = await layOutAndWrite(graph, plan, join(root, 'placed'), ['json', 'csv'], { parallelFrom: 0 });
    expect(written).toEqual(['graph.json', 'nodes.csv', 'edges.csv'].map((file) => join(root, 'placed', file)));
  });

  it('reports a file that cannot be written and leaves no temporary file behind', async () => {
    const blocker = join(root, 'blocker');
    writeFileSync(blocker, 'not a folder');
    const graph = newsGraph();
    // Named after the file asked for, not its temporary edge part.
    await expect(layOutAndWrite(graph, planLayout(graph), join(blocker, 'out'), ['json', 'gexf'], { parallelFrom: 0 })).rejects.toThrowError(
      expect.objectContaining({ code: 'ENOTDIR', name: 'BadInputError', message: expect.stringMatching(/^cannot write .*out\/graph\.json: /) }),
    );
    // graph.gexf is a folder: its edge part is written, and putting the whole file in place fails after the layout.
    const out = join(root, 'half');
    mkdirSync(join(out, 'graph.gexf'), { recursive: true });
    const second = newsGraph();
    await expect(layOutAndWrite(second, planLayout(second), out, ['json', 'gexf', 'graphml'], { parallelFrom: 0 })).rejects.toThrow();
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('adds the metrics while laying out (buildGraph with metrics: false): the bytes of a graph built with them', async () => {
    const extractions = Array.from({ length: 8 }, (_, n) => extract(ingest({ content: articleText(n), id: `doc-${n}`, format: 'text' })));
    const whole = buildGraph(extractions, { layout: false });
    const bare = buildGraph(extractions, { layout: false, metrics: false });
    bare.forEachNode((_, attributes) => expect(attributes).not.toHaveProperty('pagerank'));
    const a = await layOutAndWrite(whole, planLayout(whole), join(root, 'metrics-built'), FORMATS, { parallelFrom: 0 });
    const b = await layOutAndWrite(bare, planLayout(bare), join(root, 'metrics-after'), FORMATS, {
      parallelFrom: 0,
      whileLayingOut: () => assignMetrics(bare, null),
    });
    expect(b.map((p) => p.replace('metrics-after', 'metrics-built'))).toEqual(a);
    for (const path of a) expect(readFileSync(path.replace('metrics-built', 'metrics-after')).equals(readFileSync(path)), path).toBe(true);
  });
});
