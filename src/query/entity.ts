// Looking up one node by any of its names.
import { findEntityKey } from './find-entity-key.js';
import type { NewsGraph, NodeRecord } from './graph-types.js';
import { nodeRecord } from './records.js';

/**
 * The node that `name` refers to (its key, label or any alias; case, accents,
 * spacing and punctuation do not matter), as `{key, ...attributes}`.
 * Throws NotFoundError with "did you mean" suggestions from `search`.
 */
export function entity(graph: NewsGraph, name: string): NodeRecord {
  return nodeRecord(graph, findEntityKey(graph, name));
}
