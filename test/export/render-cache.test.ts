import { describe, expect, it } from 'vitest';
import { csvChunks } from '../../src/export/csv.js';
import { gexfChunks } from '../../src/export/gexf.js';
import { graphmlChunks } from '../../src/export/graphml.js';
import { jsonChunks } from '../../src/export/json.js';
import { RenderCache, renderCaches, type RenderCaches } from '../../src/export/render-cache.js';
import { buildGraph, type NewsGraph } from '../../src/graph/index.js';
import { extractText } from '../helpers.js';

const text = (chunks: Iterable<string | Uint8Array>) => Buffer.concat([...chunks].map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c))).toString('utf8');

function everyFile(graph: NewsGraph, caches?: RenderCaches): string[] {
  const csv = csvChunks(graph, caches ? { cache: caches.csv } : {});
  return [
    text(jsonChunks(graph, caches ? { cache: caches.json } : {})),
    text(gexfChunks(graph, caches ? { cache: caches.gexf } : {})),
    text(graphmlChunks(graph, caches ? { cache: caches.graphml } : {})),
    text(csv.nodes),
    text(csv.edges),
  ];
}

const graph = () =>
  buildGraph([
    extractText('Date: 2024-05-02\n\nRyan Dillon told CNN in Paris that "the talks failed", and Maria Santos agreed.', 'a'),
    extractText('Maria Santos met Ryan Dillon in Berlin; CNN reported it.', 'b'),
  ]);

describe('RenderCache', () => {
  it('changes no byte of any format, first time or again', () => {
    const g = graph();
    const caches = renderCaches();
    const plain = everyFile(g);
    expect(everyFile(g, caches)).toEqual(plain);
    expect(everyFile(g, caches)).toEqual(plain);
  });

  it('reuses an edge\'s bytes while its attribute object is the same, and renders it again when the object is another', () => {
    const g = graph();
    const caches = renderCaches();
    everyFile(g, caches);
    const edge = g.edges()[0]!;
    const attributes = g.getEdgeAttributes(edge);
    // Changed in place: the cache cannot tell, which is why the incremental graph makes a new object for a changed edge.
    attributes.predicate = 'changed in place';
    expect(everyFile(g, caches)[0]).not.toContain('changed in place');
    g.replaceEdgeAttributes(edge, { ...attributes });
    expect(everyFile(g, caches)[0]).toContain('changed in place');
  });

  it('renders every edge again when the file around them changes (a new column)', () => {
    const g = graph();
    const caches = renderCaches();
    everyFile(g, caches);
    const edge = g.edges()[0]!;
    g.replaceEdgeAttributes(edge, { ...g.getEdgeAttributes(edge), flagged: true });
    const [json, gexf, graphml] = everyFile(g, caches);
    const plain = everyFile(g);
    expect([json, gexf, graphml]).toEqual(plain.slice(0, 3));
    expect(gexf).toContain('title="flagged"');
  });

  it('renders a node again when any value it is written from differs, lists item by item', () => {
    const g = graph();
    const caches = renderCaches();
    everyFile(g, caches);
    const node = 'person:maria-santos';
    g.replaceNodeAttributes(node, { ...g.getNodeAttributes(node), pagerank: 0.5 });
    expect(everyFile(g, caches)).toEqual(everyFile(g));
    g.replaceNodeAttributes(node, { ...g.getNodeAttributes(node), aliases: [...g.getNodeAttributes(node).aliases, 'Santos'] });
    expect(everyFile(g, caches)).toEqual(everyFile(g));
  });

  it('drops what one file did not use when the next starts, and tells edges apart by id, ends and object', () => {
    const cache = new RenderCache();
    const a = { id: 'a', source: 's', target: 't', attributes: {} };
    const b = { id: 'b', source: 's', target: 't', attributes: {} };
    let renders = 0;
    const render = () => String(++renders);
    const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();
    cache.begin('x');
    cache.bytes(a, render);
    cache.bytes(b, render);
    cache.begin('x');
    expect(text(cache.bytes(a, render))).toBe('1');
    cache.begin('x');
    expect(text(cache.bytes(b, render))).toBe('3');
    cache.begin('x');
    expect(text(cache.bytes(b, render))).toBe('3');
    expect(text(cache.bytes({ ...b, id: 'c' }, render))).toBe('4');
    cache.begin('x');
    expect(text(cache.bytes({ ...b, target: 'u' }, render))).toBe('5');
    cache.begin('x');
    expect(text(cache.bytes({ ...b, target: 'u', attributes: {} }, render))).toBe('6');
    cache.begin('y');
    expect(text(cache.bytes(b, render))).toBe('7');
  });
});
