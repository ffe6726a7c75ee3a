// Degree and PageRank for sizing, colour by type, and a seeded layout, so an
// exported file opens in Gephi or the viewer looking the same every time.
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { NewsGraph } from './build.js';
import { colorForType, sizeForDegree } from '../export/palette.js';

// Both packages are CommonJS typed with `export default`: under NodeNext the
// default import is module.exports at run time but typed as the namespace,
// and bundlers differ again. Unwrapping once covers both; the explicit types
// say what this file uses, so every resolver agrees on them.
type Pagerank = (graph: NewsGraph, options: { getEdgeWeight: string }) => Record<string, number>;
interface ForceAtlas2 {
  assign(graph: NewsGraph, options: { iterations: number; settings: Record<string, unknown>; getEdgeWeight: string }): void;
  inferSettings(graph: NewsGraph): Record<string, unknown>;
}
function unwrap<T>(imported: unknown): T {
  return ((imported as { default?: T }).default ?? imported) as T;
}
const pagerank = unwrap<Pagerank>(pagerankModule);
const forceAtlas2 = unwrap<ForceAtlas2>(forceAtlas2Module);

// ForceAtlas2 costs about (nodes + edges) per iteration. Small graphs get the
// full 200 iterations; a corpus graph gets fewer (never under 30), so the
// layout stays around a second: the viewer can refine it live.
const MAX_LAYOUT_ITERATIONS = 200;
const MIN_LAYOUT_ITERATIONS = 30;
const LAYOUT_BUDGET = 1_200_000;

function layoutIterations(graph: NewsGraph): number {
  const work = Math.max(1, graph.order + graph.size);
  return Math.max(MIN_LAYOUT_ITERATIONS, Math.min(MAX_LAYOUT_ITERATIONS, Math.round(LAYOUT_BUDGET / work)));
}

export function assignMetrics(graph: NewsGraph): void {
  graph.forEachNode((node) => {
    const degree = graph.degree(node);
    graph.mergeNodeAttributes(node, { degree, size: sizeForDegree(degree), color: colorForType(graph.getNodeAttribute(node, 'type')) });
  });
  if (graph.order > 0) {
    const ranks = pagerank(graph, { getEdgeWeight: 'weight' });
    graph.forEachNode((node) => graph.setNodeAttribute(node, 'pagerank', round(ranks[node] ?? 0, 6)));
  }
  seedPositions(graph);
  if (graph.order > 1) {
    forceAtlas2.assign(graph, { iterations: layoutIterations(graph), settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 10 }, getEdgeWeight: 'weight' });
  }
  graph.forEachNode((node, attributes) => {
    graph.mergeNodeAttributes(node, { x: round(attributes.x ?? 0, 3), y: round(attributes.y ?? 0, 3) });
  });
}

/** Positions on a circle in key order: deterministic, and a fair start for ForceAtlas2. */
function seedPositions(graph: NewsGraph): void {
  const keys = graph.nodes().sort();
  keys.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, keys.length);
    graph.mergeNodeAttributes(key, { x: round(100 * Math.cos(angle), 6), y: round(100 * Math.sin(angle), 6) });
  });
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
