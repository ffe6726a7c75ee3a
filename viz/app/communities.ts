// Communities for "colour by community": Louvain on an undirected, simple
// view of the graph (Louvain takes neither multi-edges nor directions),
// with a seeded random source so the same graph gets the same colours.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { ViewGraph } from './load.js';

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function detectCommunities(graph: ViewGraph): Map<string, number> {
  const simple = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    simple.updateUndirectedEdge(source, target, (current: { weight?: number }) => ({ weight: (current.weight ?? 0) + attributes.weight }));
  });
  const assignment = simple.size === 0 ? {} : louvain(simple, { getEdgeWeight: 'weight', rng: seededRandom(1) });
  return new Map(Object.entries(assignment));
}
