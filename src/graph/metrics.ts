// Degree and PageRank for sizing, colour by type, and a seeded layout
// (./layout.ts), so an exported file opens in Gephi or the viewer looking the
// same every time.
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { NewsGraph } from './build.js';
import { assignLayout } from './layout.js';
import type { Position } from './place.js';
import { colorForType, sizeForDegree } from '../export/palette.js';

// The package is CommonJS typed with `export default`: under NodeNext the
// default import is module.exports at run time but typed as the namespace,
// and bundlers differ again. Unwrapping once covers both; the explicit type
// says what this file uses, so every resolver agrees on it.
type Pagerank = (graph: NewsGraph, options: { getEdgeWeight: string }) => Record<string, number>;
function unwrap<T>(imported: unknown): T {
  return ((imported as { default?: T }).default ?? imported) as T;
}
const pagerank = unwrap<Pagerank>(pagerankModule);

/**
 * Degree, size, colour, PageRank and a layout; nodes found in `kept` keep
 * those positions (./layout.ts). `kept` null: no layout (the caller's to make).
 */
export function assignMetrics(graph: NewsGraph, kept?: ReadonlyMap<string, Position> | null): void {
  graph.forEachNode((node) => {
    const degree = graph.degree(node);
    graph.mergeNodeAttributes(node, { degree, size: sizeForDegree(degree), color: colorForType(graph.getNodeAttribute(node, 'type')) });
  });
  if (graph.order > 0) {
    const ranks = pagerank(graph, { getEdgeWeight: 'weight' });
    graph.forEachNode((node) => graph.setNodeAttribute(node, 'pagerank', round(ranks[node] ?? 0, 6)));
  }
  if (kept !== null) assignLayout(graph, kept);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
