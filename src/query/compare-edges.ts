// One order for lists of edges everywhere: by relation type, strongest first.
import { compareText } from './compare-text.js';
import type { EdgeRecord } from './graph-types.js';

/** Relation type, then confidence (high first), then weight (high first), then key. */
export function compareEdges(a: EdgeRecord, b: EdgeRecord): number {
  return compareText(a.type, b.type) || b.confidence - a.confidence || b.weight - a.weight || compareText(a.key, b.key);
}
