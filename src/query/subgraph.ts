// The neighbourhood of one entity as a graph of its own, for a focused view
// or export.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';
import { edgeIsIncluded } from './edge-filter.js';
import { findEntityKey } from './find-entity-key.js';
import type { EdgeFilterOptions, NewsGraph } from './graph-types.js';
import { checkInteger } from './options.js';

/**
 * A new graph holding the nodes at most `depth` edges from `name` (walking
 * edges either way) and the edges among them, with keys and attributes
 * copied. Depth 0 is the entity alone. Only edges the filter lets through are
 * walked or copied: by default no co-occurrence, negated or hedged edges.
 * Nodes and edges keep the order they have in `graph`.
 */
export function subgraph(graph: NewsGraph, name: string, depth: number, options: EdgeFilterOptions = {}): NewsGraph {
  checkInteger(depth, 0, 'subgraph: depth');
  const start = findEntityKey(graph, name);
  const kept = new Set([start]);
  let frontier = [start];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_key, attributes, source, target) => {
        if (!edgeIsIncluded(attributes, options)) return;
        const other = source === node ? target : source;
        if (kept.has(other)) return;
        kept.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }

  const result: NewsGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: true });
  result.replaceAttributes(structuredClone(graph.getAttributes()));
  graph.forEachNode((key, attributes) => {
    if (kept.has(key)) result.addNode(key, structuredClone(attributes));
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (kept.has(source) && kept.has(target) && edgeIsIncluded(attributes, options)) {
      result.addDirectedEdgeWithKey(key, source, target, structuredClone(attributes));
    }
  });
  return result;
}
