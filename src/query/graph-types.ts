// The shapes the query functions take and give back. The graph itself is the
// one the file contract describes; records are flat copies a caller can print
// or serialise without touching graphology.
import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';

/** The graph a `graph.json` file holds, once loaded. */
export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** A node with its key: what `entity`, `search` and `neighbors` return. */
export type NodeRecord = NodeAttributes & { key: string };

/** An edge with its endpoints and their labels, so it reads on its own. */
export type EdgeRecord = EdgeAttributes & {
  key: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
};

/**
 * Which edges a query walks or lists. Relation edges that the text asserts are
 * always in; the weaker kinds come in only when asked for.
 */
export interface EdgeFilterOptions {
  /** Same-sentence co-occurrence edges (`type: "cooccurs"`). Default false. */
  includeCooccurs?: boolean;
  /** Relations the sentence denies (`negated: true`). Default false. */
  includeNegated?: boolean;
  /** Relations the sentence only suggests (`hedged: true`). Default false. */
  includeHedged?: boolean;
}
