// Listing edges by type, endpoints and confidence.
import { BadInputError } from '../errors.js';
import type { EdgeAttributes } from '../types.js';
import { compareLabels, compareText } from './compare-text.js';
import { edgeIsIncluded } from './edge-filter.js';
import { findEntityKey } from './find-entity-key.js';
import type { EdgeFilterOptions, EdgeRecord, NewsGraph } from './graph-types.js';
import { edgeRecord } from './records.js';

export interface RelationsOptions extends EdgeFilterOptions {
  /** Only this relation type. Asking for "cooccurs" includes co-occurrence edges. */
  type?: string;
  /** Only relations whose head is this entity (any name `entity` accepts). */
  head?: string;
  /** Only relations whose tail is this entity. */
  tail?: string;
  /** Only relations at least this sure, 0..1. */
  minConfidence?: number;
}

/**
 * The edges that match every filter given, each with its endpoints' labels
 * and its evidence. Symmetric relations match head and tail either way round.
 * Co-occurrence, negated and hedged edges are left out unless asked for.
 * Ordered by type, head label, tail label, confidence (high first), key.
 */
export function relations(graph: NewsGraph, options: RelationsOptions = {}): EdgeRecord[] {
  const minConfidence = options.minConfidence ?? 0;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new BadInputError(`relations: minConfidence must be a number between 0 and 1, got ${String(minConfidence)}`);
  }
  const head = options.head === undefined ? undefined : findEntityKey(graph, options.head);
  const tail = options.tail === undefined ? undefined : findEntityKey(graph, options.tail);
  const filter: EdgeFilterOptions = { ...options, includeCooccurs: options.includeCooccurs || options.type === 'cooccurs' };
  const matches = (source: string, target: string): boolean =>
    (head === undefined || source === head) && (tail === undefined || target === tail);

  const found: EdgeRecord[] = [];
  const visit = (key: string, attributes: EdgeAttributes, source: string, target: string): void => {
    if (!edgeIsIncluded(attributes, filter)) return;
    if (options.type !== undefined && attributes.type !== options.type) return;
    if (attributes.confidence < minConfidence) return;
    if (!matches(source, target) && !(attributes.symmetric === true && matches(target, source))) return;
    found.push(edgeRecord(graph, key));
  };
  // Walking only the named entity's edges keeps a filtered query cheap on a big graph.
  const anchor = head ?? tail;
  if (anchor === undefined) graph.forEachEdge(visit);
  else graph.forEachEdge(anchor, visit);

  return found.sort(
    (a, b) =>
      compareText(a.type, b.type) ||
      compareLabels(a.sourceLabel, b.sourceLabel) ||
      compareLabels(a.targetLabel, b.targetLabel) ||
      b.confidence - a.confidence ||
      compareText(a.key, b.key),
  );
}
