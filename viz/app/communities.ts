// Communities for "colour by community": Louvain on an undirected, simple
// view of the graph (Louvain takes neither multi-edges nor directions),
// with a seeded random source so the same graph gets the same colours.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { ViewGraph } from './load.js';
import { seededRandom } from '../../src/ner/random.js';

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
