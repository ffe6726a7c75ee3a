// Degree and PageRank (./pagerank.ts) for sizing, colour by type, and a
// seeded layout (./layout.ts), so an exported file opens in Gephi or the
// viewer looking the same every time.
import type { NewsGraph } from './build.js';
import { assignLayout } from './layout.js';
import { pagerank, type RankedEdge } from './pagerank.js';
import type { Position } from './place.js';
import { colorForType, sizeForDegree } from '../export/palette.js';

/**
 * Degree, size, colour, PageRank and a layout; nodes found in `kept` keep
 * those positions (./layout.ts). `kept` null: no layout (the caller's to make).
 * `inKeyOrder`: the graph's edges sorted by key, when the caller has them.
 */
export function assignMetrics(graph: NewsGraph, kept?: ReadonlyMap<string, Position> | null, inKeyOrder?: readonly RankedEdge[]): void {
  graph.forEachNode((node) => {
    const degree = graph.degree(node);
    graph.mergeNodeAttributes(node, { degree, size: sizeForDegree(degree), color: colorForType(graph.getNodeAttribute(node, 'type')) });
  });
  if (graph.order > 0) {
    const ranks = pagerank(graph, inKeyOrder);
    graph.forEachNode((node) => graph.setNodeAttribute(node, 'pagerank', round(ranks.get(node) ?? 0, 6)));
  }
  if (kept !== null) assignLayout(graph, kept);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
