// Per-type decision thresholds. Each CoNLL04 relation type has a type
// signature of its own, so a pair competes only between "none" and one label,
// and each type's bias can be chosen on its own: the one that maximises that
// type's F1 on sentences the classifier did not train on (cross-validation
// folds of train, with the entities the entity model really finds there).
import { pairFeatures } from './features.js';
import { CLASS_COUNT, NONE, RELATION_LABELS } from './labels.js';
import { classScores, featureKeys, type RelationModel } from './model.js';
import { candidatePairs } from './predict.js';
import type { SpertSentence } from './spert.js';

export interface ScoredPair {
  label: number;
  /** Score of `label` over none, before any bias. */
  margin: number;
  /** The pair holds `label` in the sentence's relations. */
  gold: boolean;
}

/** Every candidate pair's best allowed label and its margin over none. */
export function scorePairs(model: RelationModel, sentences: readonly SpertSentence[]): ScoredPair[] {
  const out: ScoredPair[] = [];
  const scores = new Float64Array(CLASS_COUNT);
  for (const s of sentences) {
    for (const { head, tail, allowed } of candidatePairs(s.entities)) {
      classScores(model, featureKeys(pairFeatures(s.tokens, s.entities, head, tail)), scores);
      let label = NONE;
      for (const y of allowed) if (label === NONE || (scores[y] ?? 0) > (scores[label] ?? 0)) label = y;
      const type = RELATION_LABELS[label];
      out.push({ label, margin: (scores[label] ?? 0) - (scores[NONE] ?? 0), gold: s.relations.some((r) => r.head === head && r.tail === tail && r.type === type) });
    }
  }
  return out;
}

/**
 * For each class, the candidate bias with the best F1 (predicted: margin +
 * bias > 0); `goldCounts[y]` counts all gold relations of class y, found or
 * not, so recall is honest. Ties go to the bias nearest 0.
 */
export function chooseClassBias(pairs: readonly ScoredPair[], goldCounts: readonly number[], candidates: readonly number[]): number[] {
  const out = new Array<number>(CLASS_COUNT).fill(0);
  for (let y = 1; y < CLASS_COUNT; y++) {
    const mine = pairs.filter((p) => p.label === y);
    const gold = goldCounts[y] ?? 0;
    let best = -1;
    for (const bias of [...candidates].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b)) {
      const predicted = mine.filter((p) => p.margin + bias > 0);
      const tp = predicted.filter((p) => p.gold).length;
      const f1 = predicted.length + gold > 0 ? (2 * tp) / (predicted.length + gold) : 0;
      if (f1 > best) {
        best = f1;
        out[y] = bias;
      }
    }
  }
  return out;
}

/** Gold relations per class index. */
export function goldCountsOf(sentences: readonly SpertSentence[]): number[] {
  const out = new Array<number>(CLASS_COUNT).fill(0);
  for (const s of sentences) for (const r of s.relations) {
    const y = RELATION_LABELS.indexOf(r.type as (typeof RELATION_LABELS)[number]);
    if (y > 0) out[y] = (out[y] ?? 0) + 1;
  }
  return out;
}
