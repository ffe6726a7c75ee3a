// Flat, printable copies of graph entries. The attribute objects are copied
// one level deep, so a caller can add fields without changing the graph.
import type { EdgeRecord, NewsGraph, NodeRecord } from './graph-types.js';

/** The node `key` with its attributes, as one object. */
export function nodeRecord(graph: NewsGraph, key: string): NodeRecord {
  return { key, ...graph.getNodeAttributes(key) };
}

/** The edge `key` with its endpoints, their labels and its attributes, as one object. */
export function edgeRecord(graph: NewsGraph, key: string): EdgeRecord {
  const source = graph.source(key);
  const target = graph.target(key);
  return {
    key,
    source,
    target,
    sourceLabel: graph.getNodeAttribute(source, 'label'),
    targetLabel: graph.getNodeAttribute(target, 'label'),
    ...graph.getEdgeAttributes(key),
  };
}
