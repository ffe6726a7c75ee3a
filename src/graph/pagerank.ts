// PageRank over the out-edges, weighted by `weight` (the number of evidence
// sentences): the power iteration graphology-metrics runs (damping 0.85, at
// most 100 rounds, stopping once the total change is under 1e-6 per node),
// with one difference. graphology-metrics goes through nodes and edges in
// the graph's insertion order, and floating-point sums depend on order, so
// a graph changed in place (src/graph/incremental.ts) and the same graph
// built afresh could get ranks apart in the last digit. Here nodes go in key
// order and each node's edges in edge-key order: the same graph gets the
// same ranks however it was put together.
import type { NewsGraph } from './build.js';
import { compareStrings } from '../export/canonical.js';

const DAMPING = 0.85;
const MAX_ROUNDS = 100;
const TOLERANCE = 1e-6;

/** An edge as pagerank reads it. */
export interface RankedEdge {
  key: string;
  source: string;
  target: string;
  attributes: { weight?: unknown };
}

/** Each node's rank, by key. An empty graph has none. `inKeyOrder`: the graph's edges sorted by key, when the caller has them. */
export function pagerank(graph: NewsGraph, inKeyOrder?: readonly RankedEdge[]): Map<string, number> {
  const keys = graph.nodes().sort(compareStrings);
  const n = keys.length;
  if (n === 0) return new Map();
  const index = new Map(keys.map((key, i) => [key, i]));
  let edges: Array<{ key: string; from: number; to: number; weight: number }>;
  if (inKeyOrder !== undefined) {
    edges = inKeyOrder.map(({ key, source, target, attributes }) => ({ key, from: index.get(source)!, to: index.get(target)!, weight: weightOf(attributes.weight) }));
  } else {
    edges = [];
    graph.forEachEdge((key, attributes, source, target) => {
      edges.push({ key, from: index.get(source)!, to: index.get(target)!, weight: weightOf(attributes.weight) });
    });
    edges.sort((a, b) => compareStrings(a.key, b.key));
  }
  // Out-edges as flat arrays, grouped by source (a stable counting sort keeps edge-key order within each): starts[i]..starts[i+1] are node i's.
  const starts = new Int32Array(n + 1);
  const totals = new Float64Array(n);
  for (const { from, weight } of edges) {
    starts[from + 1]! += 1;
    totals[from]! += weight;
  }
  for (let i = 0; i < n; i++) starts[i + 1]! += starts[i]!;
  const neighbours = new Int32Array(edges.length);
  const shares = new Float64Array(edges.length);
  const next = starts.slice(0, n);
  for (const { from, to, weight } of edges) {
    const at = next[from]!++;
    neighbours[at] = to;
    shares[at] = totals[from] === 0 ? 0 : weight / totals[from]!;
  }
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) if (totals[i] === 0) dangling.push(i);
  const start = 1 / n;
  let x = new Float64Array(n).fill(start);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const last = x;
    x = new Float64Array(n);
    let dangle = 0;
    for (const i of dangling) dangle += last[i]!;
    dangle *= DAMPING;
    for (let i = 0; i < n; i++) {
      for (let j = starts[i]!; j < starts[i + 1]!; j++) x[neighbours[j]!]! += DAMPING * last[i]! * shares[j]!;
      x[i]! += dangle * start + (1 - DAMPING) * start;
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(x[i]! - last[i]!);
    if (change < n * TOLERANCE) break;
  }
  return new Map(keys.map((key, i) => [key, x[i]!]));
}

/** An edge's weight as graphology-metrics reads it: a number, else 1. */
function weightOf(value: unknown): number {
  return typeof value === 'number' && !Number.isNaN(value) ? value : 1;
}
