// Relations of one sentence from its entities: every ordered pair whose types
// fit a CoNLL04 relation is classified; a pair of the wrong types never is.
import { pairFeatures } from './features.js';
import { allowedLabels, NONE, RELATION_LABELS } from './labels.js';
import { choose, classScores, featureKeys, type RelationModel } from './model.js';
import { propagateAcrossPlaces } from './propagate.js';
import type { SpertEntity, SpertRelation } from './spert.js';

export interface ScoredRelation extends SpertRelation {
  confidence: number;
}

const overlaps = (a: SpertEntity, b: SpertEntity) => a.start < b.end && b.start < a.end;

/** Ordered pairs (head, tail) that may hold some relation, with the labels allowed. */
export function candidatePairs(entities: readonly SpertEntity[]): Array<{ head: number; tail: number; allowed: number[] }> {
  const out: Array<{ head: number; tail: number; allowed: number[] }> = [];
  entities.forEach((h, head) =>
    entities.forEach((t, tail) => {
      if (head === tail || overlaps(h, t)) return;
      const allowed = allowedLabels(h.type, t.type);
      if (allowed.length > 0) out.push({ head, tail, allowed });
    }),
  );
  return out;
}

export function predictRelations(model: RelationModel, tokens: readonly string[], entities: readonly SpertEntity[]): ScoredRelation[] {
  const found: ScoredRelation[] = [];
  const scores = new Float64Array(RELATION_LABELS.length);
  for (const { head, tail, allowed } of candidatePairs(entities)) {
    classScores(model, featureKeys(pairFeatures(tokens, entities, head, tail)), scores);
    const { label, confidence } = choose(scores, allowed, model.bias, model.classBias);
    if (label !== NONE) found.push({ type: RELATION_LABELS[label] ?? 'none', head, tail, confidence });
  }
  // One direction per pair and type ("A killed B", not also "B killed A"): the more confident.
  const kept = found.filter((r) => !found.some((o) => o.type === r.type && o.head === r.tail && o.tail === r.head && (o.confidence > r.confidence || (o.confidence === r.confidence && o.head < r.head))));
  return propagateAcrossPlaces(tokens, entities, kept, (from, tail) => ({ ...from, tail }));
}
