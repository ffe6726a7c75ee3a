// Who and what an entity is linked to, with the edges that link them.
import { BadInputError } from '../errors.js';
import type { NodeType } from '../types.js';
import { compareEdges } from './compare-edges.js';
import { compareLabels, compareText } from './compare-text.js';
import { edgeIsIncluded } from './edge-filter.js';
import { findEntityKey } from './find-entity-key.js';
import type { EdgeFilterOptions, EdgeRecord, NewsGraph, NodeRecord } from './graph-types.js';
import { checkNodeType } from './options.js';
import { edgeRecord, nodeRecord } from './records.js';

export type Direction = 'out' | 'in' | 'both';
export const DIRECTIONS: readonly Direction[] = ['out', 'in', 'both'];

export interface NeighborsOptions extends EdgeFilterOptions {
  /** Only neighbours of this node type. */
  type?: NodeType;
  /** Only edges of this relation type. Asking for "cooccurs" includes co-occurrence edges. */
  relation?: string;
  /**
   * "out": edges where the entity is the head; "in": where it is the tail;
   * "both" (default). Symmetric edges count in either direction.
   */
  direction?: Direction;
}

export interface Neighbor {
  node: NodeRecord;
  /** Every edge between the entity and this neighbour that passed the filters. */
  edges: EdgeRecord[];
}

/**
 * The nodes linked to `name` (any name `entity` accepts), each with its edges.
 * Ordered by number of edges (most first), then label, then key; each
 * neighbour's edges by relation type, then confidence.
 */
export function neighbors(graph: NewsGraph, name: string, options: NeighborsOptions = {}): Neighbor[] {
  const direction = options.direction ?? 'both';
  if (!DIRECTIONS.includes(direction)) {
    throw new BadInputError(`neighbors: unknown direction ${JSON.stringify(direction)}; expected one of ${DIRECTIONS.join(', ')}`);
  }
  const type = checkNodeType(options.type, 'neighbors');
  const filter: EdgeFilterOptions = { ...options, includeCooccurs: options.includeCooccurs || options.relation === 'cooccurs' };
  const center = findEntityKey(graph, name);
  const byNeighbor = new Map<string, EdgeRecord[]>();

  graph.forEachEdge(center, (key, attributes, source, target) => {
    if (!edgeIsIncluded(attributes, filter)) return;
    if (options.relation !== undefined && attributes.type !== options.relation) return;
    const symmetric = attributes.symmetric === true;
    if (direction === 'out' && source !== center && !symmetric) return;
    if (direction === 'in' && target !== center && !symmetric) return;
    const other = source === center ? target : source;
    if (type !== undefined && graph.getNodeAttribute(other, 'type') !== type) return;
    const edges = byNeighbor.get(other) ?? [];
    edges.push(edgeRecord(graph, key));
    byNeighbor.set(other, edges);
  });

  return [...byNeighbor]
    .map(([key, edges]) => ({ node: nodeRecord(graph, key), edges: edges.sort(compareEdges) }))
    .sort((a, b) => b.edges.length - a.edges.length || compareLabels(a.node.label, b.node.label) || compareText(a.node.key, b.node.key));
}
