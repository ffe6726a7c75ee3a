import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { GraphDiffer, GraphMirror } from '../../src/corpus/graph-mirror.js';
import { sortedEdges, type OrderedEdge } from '../../src/export/order.js';
import type { NewsGraph } from '../../src/graph/index.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/types.js';

/** A small seeded generator, so a failing sequence can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const node = (key: string, rank: number): NodeAttributes => ({ label: key, type: 'person', aliases: [key.toUpperCase()], mentions: 1, docs: ['d1'], pagerank: rank });
const edge = (type: string, n: number): EdgeAttributes => ({ type: 'cooccurs', predicate: type, evidence: [{ doc: `d${n}`, sentence: n, start: 0, end: 5, text: `text ${n}` }], confidence: 0.5, weight: n, method: 'm' });

/** What the mirror must hold: every node's and edge's attributes, and the edges in sortedEdges' order. */
function picture(graph: NewsGraph, edges: readonly OrderedEdge[]) {
  return {
    attributes: graph.getAttributes(),
    nodes: graph.mapNodes((key, attributes) => [key, attributes] as const).sort(([a], [b]) => (a < b ? -1 : 1)),
    edges: edges.map(({ id, key, source, target, attributes }) => ({ id, key, source, target, attributes })),
  };
}

describe('GraphDiffer and GraphMirror', () => {
  it('keep a copy equal to the graph through nodes and edges added, changed in place, replaced and dropped', () => {
    const next = random(7);
    const graph: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: false });
    graph.replaceAttributes({ schemaVersion: 1, docs: [] });
    const differ = new GraphDiffer();
    const mirror = new GraphMirror();
    let ordered: OrderedEdge[] = [];
    let counter = 0;
    for (let step = 0; step < 40; step++) {
      // Nodes: a few added, some ranks moved in place, now and then one dropped (with its edges).
      for (let n = 0; n < 3; n++) graph.mergeNode(`n${Math.floor(next() * 30)}`, node(`n${counter++}`, next()));
      graph.forEachNode((key) => {
        if (next() < 0.3) graph.setNodeAttribute(key, 'pagerank', Math.round(next() * 100) / 100);
        if (next() < 0.1) graph.setNodeAttribute(key, 'aliases', [...graph.getNodeAttribute(key, 'aliases'), 'X']);
        // Changed in place: the differ keeps copies of lists, so this is seen too.
        if (next() < 0.1) graph.getNodeAttribute(key, 'docs').push(`d${counter++}`);
      });
      if (next() < 0.3 && graph.order > 2) graph.dropNode(graph.nodes()[Math.floor(next() * graph.order)]!);
      // Edges: added, given a new attribute object, dropped.
      const nodes = graph.nodes();
      for (let n = 0; n < 4 && nodes.length > 1; n++) {
        const [source, target] = [nodes[Math.floor(next() * nodes.length)]!, nodes[Math.floor(next() * nodes.length)]!];
        const key = `e:${source}->${target}`;
        if (source === target) continue;
        if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, edge('changed', counter++));
        else graph.addDirectedEdgeWithKey(key, source, target, edge('new', counter++));
      }
      if (graph.size > 0) {
        const key = graph.edges()[Math.floor(next() * graph.size)]!;
        graph.replaceEdgeAttributes(key, edge('replaced', counter++));
      }
      if (next() < 0.3 && graph.size > 0) graph.dropEdge(graph.edges()[Math.floor(next() * graph.size)]!);
      graph.setAttribute('docs', [{ id: `d${step}`, title: null, date: null, url: null, source: null, outlet: null, author: null, tags: [] }]);
      // As the incremental graph does: the same OrderedEdge object for an edge whose attributes are the same object.
      const held = new Map(ordered.map((entry) => [entry.key, entry]));
      ordered = sortedEdges(graph).map((entry) => {
        const old = held.get(entry.key);
        return old && old.attributes === entry.attributes && old.source === entry.source && old.target === entry.target ? old : entry;
      });
      const before = new Map(mirror.orderedEdges().map((entry) => [entry.key, entry.attributes]));
      const diff = structuredClone(differ.diff(graph, ordered));
      mirror.apply(diff);
      expect(picture(mirror.graph, mirror.orderedEdges()), `step ${step}`).toEqual(picture(graph, ordered));
      // An edge not sent again keeps the object the mirror holds: the writers there reuse its bytes.
      const sentAgain = new Set(diff.edgesSet.map(([key]) => key));
      for (const entry of mirror.orderedEdges()) {
        if (!sentAgain.has(entry.key) && before.has(entry.key)) expect(entry.attributes).toBe(before.get(entry.key));
      }
    }
  });

  it('sends only what changed, and the whole graph again after reset()', () => {
    const graph: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: false });
    graph.replaceAttributes({ schemaVersion: 1, docs: [] });
    for (const key of ['a', 'b', 'c']) graph.addNode(key, node(key, 0.1));
    graph.addDirectedEdgeWithKey('a->b', 'a', 'b', edge('x', 1));
    graph.addDirectedEdgeWithKey('b->c', 'b', 'c', edge('x', 2));
    const differ = new GraphDiffer();
    const first = differ.diff(graph, sortedEdges(graph));
    expect([first.nodesSet.length, first.edgesSet.length, first.order]).toEqual([3, 2, ['a->b', 'b->c']]);
    const ordered = sortedEdges(graph);
    differ.diff(graph, ordered);
    const unchanged = differ.diff(graph, ordered);
    expect([unchanged.nodesSet, unchanged.nodesDropped, unchanged.edgesSet, unchanged.edgesDropped, unchanged.order]).toEqual([[], [], [], [], undefined]);
    graph.setNodeAttribute('a', 'pagerank', 0.2);
    graph.dropEdge('b->c');
    const changed = differ.diff(graph, sortedEdges(graph).filter((entry) => entry.key !== 'b->c').map((entry) => ordered.find((o) => o.key === entry.key)!));
    expect([changed.nodesSet.map(([key]) => key), changed.edgesSet, changed.edgesDropped, changed.order]).toEqual([['a'], [], ['b->c'], ['a->b']]);
    differ.reset();
    expect(differ.diff(graph, sortedEdges(graph)).nodesSet.length).toBe(3);
  });
});
