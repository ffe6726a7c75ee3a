import { MultiDirectedGraph, MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { toJSON } from '../../src/export/json.js';
import { hostileGraph, newsGraph } from './graphs.js';

describe('toJSON', () => {
  it('is graphology export() output that imports back to the same graph', () => {
    const graph = newsGraph();
    const text = toJSON(graph);
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text);
    expect(parsed.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: true });
    const back = new MultiDirectedGraph();
    back.import(parsed);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, attributes) => expect(back.getNodeAttributes(key)).toEqual(attributes));
    graph.forEachEdge((key, attributes, source, target) => {
      expect(back.getEdgeAttributes(key)).toEqual(attributes);
      expect([back.source(key), back.target(key)]).toEqual([source, target]);
    });
    expect(back.getAttributes()).toEqual(graph.getAttributes());
  });

  it('keeps hostile strings exactly (JSON escapes what it must)', () => {
    const graph = hostileGraph();
    const back = new MultiDirectedGraph();
    back.import(JSON.parse(toJSON(graph)));
    graph.forEachNode((key, attributes) => expect(back.getNodeAttributes(key)).toEqual(attributes));
    expect(back.getEdgeAttributes('edge<&>"')).toEqual(graph.getEdgeAttributes('edge<&>"'));
  });

  it('sorts nodes and edges by key and writes attributes in contract order', () => {
    const parsed = JSON.parse(toJSON(newsGraph({ order: 'reversed' })));
    const nodeKeys = parsed.nodes.map((n: { key: string }) => n.key);
    const edgeKeys = parsed.edges.map((e: { key: string }) => e.key);
    expect(nodeKeys).toEqual([...nodeKeys].sort());
    expect(edgeKeys).toEqual([...edgeKeys].sort());
    const dillon = parsed.nodes.find((n: { key: string }) => n.key === 'person:ryan-dillon');
    expect(Object.keys(dillon.attributes)).toEqual(['label', 'type', 'aliases', 'mentions', 'docs', 'degree', 'pagerank', 'x', 'y', 'size', 'color']);
    expect(Object.keys(parsed.edges[0].attributes.evidence[0])).toEqual(['doc', 'sentence', 'start', 'end', 'text']);
    expect(Object.keys(parsed.attributes)).toEqual(['schemaVersion', 'docs']);
    expect(Object.keys(parsed.attributes.docs[0])).toEqual(['id', 'title', 'author', 'date', 'source', 'url', 'outlet', 'tags']);
  });

  it('gives the same bytes for the same content, whatever the insertion order', () => {
    expect(toJSON(newsGraph({ order: 'reversed' }))).toBe(toJSON(newsGraph()));
  });

  it('replaces generated edge keys, which change per process, with ids from the content', () => {
    const first = toJSON(newsGraph({ generatedKeys: true }));
    expect(first).not.toContain('geid_');
    expect(first).toBe(toJSON(newsGraph({ generatedKeys: true, order: 'reversed' })));
    const edges = JSON.parse(first).edges as Array<{ key: string; source: string; target: string }>;
    expect(edges.map((e) => e.key)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5']);
    expect(edges[0]).toMatchObject({ source: 'group:commandos-of-the-revolution', target: 'group:isis' });
  });

  it('does not give a generated edge an id that a chosen key already uses', () => {
    const graph = new MultiDirectedGraph();
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdgeWithKey('e0', 'a', 'b', { type: 'x' });
    graph.addEdge('a', 'b', { type: 'y' });
    const keys = JSON.parse(toJSON(graph as never)).edges.map((e: { key: string }) => e.key);
    expect(keys).toEqual(['e0', 'e1']);
  });

  it('writes the bytes of JSON.stringify(graph.export(), null, 2), a node without attributes and an undirected edge of a mixed graph too', () => {
    const graph = new MultiGraph();
    graph.addNode('a:1');
    graph.addNode('b:2', { label: 'B "two"', type: 'person' });
    graph.addNode('c:3', { label: 'C', type: 'place' });
    graph.addDirectedEdgeWithKey('e:1', 'a:1', 'b:2', { type: 'cooccurs', weight: 1 });
    graph.addUndirectedEdgeWithKey('e:2', 'b:2', 'c:3', { type: 'ally_of', weight: 2 });
    graph.addDirectedEdgeWithKey('e:3', 'c:3', 'a:1');
    expect(toJSON(graph)).toBe(`${JSON.stringify(graph.export(), null, 2)}\n`);
  });
});
