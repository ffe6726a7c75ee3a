// How two entities are connected: the fewest relation edges between them,
// each with the sentences that support it.
import { compareEdges } from './compare-edges.js';
import { compareText } from './compare-text.js';
import { edgeIsIncluded } from './edge-filter.js';
import { findEntityKey } from './find-entity-key.js';
import type { EdgeFilterOptions, EdgeRecord, NewsGraph } from './graph-types.js';
import { edgeRecord } from './records.js';

/**
 * The shortest chain of edges from `from` to `to` (any names `entity`
 * accepts), walking edges in either direction, as the list of edges in path
 * order: each shares a node with the next. Where two nodes are joined by
 * several edges, the most confident one is used. Returns [] when both names
 * are the same node and null when nothing connects them. Co-occurrence,
 * negated and hedged edges are not walked unless asked for.
 */
export function path(graph: NewsGraph, from: string, to: string, options: EdgeFilterOptions = {}): EdgeRecord[] | null {
  const start = findEntityKey(graph, from);
  const goal = findEntityKey(graph, to);
  if (start === goal) return [];

  // Breadth-first search, visiting neighbours in key order so ties resolve the same way every run.
  const reachedBy = new Map<string, { previous: string; edge: EdgeRecord }>();
  const seen = new Set([start]);
  let frontier = [start];
  while (frontier.length > 0 && !seen.has(goal)) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const [neighbor, edge] of bestEdgesFrom(graph, node, options)) {
        if (seen.has(neighbor)) continue;
        seen.add(neighbor);
        reachedBy.set(neighbor, { previous: node, edge });
        next.push(neighbor);
      }
    }
    frontier = next;
  }
  if (!seen.has(goal)) return null;

  const steps: EdgeRecord[] = [];
  for (let node = goal; node !== start; ) {
    const step = reachedBy.get(node);
    if (!step) return null;
    steps.push(step.edge);
    node = step.previous;
  }
  return steps.reverse();
}

/** For each neighbour of `node`, the strongest edge that joins them, neighbours in key order. */
function bestEdgesFrom(graph: NewsGraph, node: string, options: EdgeFilterOptions): [string, EdgeRecord][] {
  const best = new Map<string, EdgeRecord>();
  graph.forEachEdge(node, (key, attributes, source, target) => {
    if (!edgeIsIncluded(attributes, options)) return;
    const neighbor = source === node ? target : source;
    const record = edgeRecord(graph, key);
    const current = best.get(neighbor);
    if (current === undefined || compareStrength(record, current) < 0) best.set(neighbor, record);
  });
  return [...best].sort(([a], [b]) => compareText(a, b));
}

function compareStrength(a: EdgeRecord, b: EdgeRecord): number {
  return b.confidence - a.confidence || compareEdges(a, b);
}
