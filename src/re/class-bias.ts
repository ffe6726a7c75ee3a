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
 * bias > 0), each candidate judged by the mean F1 of itself and `window`
 * neighbours on each side; `goldCounts[y]` counts all gold relations of class
 * y, found or not, so recall is honest. Ties go to the bias nearest 0.
 */
export function chooseClassBias(pairs: readonly ScoredPair[], goldCounts: readonly number[], candidates: readonly number[], window = 0): number[] {
  const out = new Array<number>(CLASS_COUNT).fill(0);
  const sorted = [...candidates].sort((a, b) => a - b);
  for (let y = 1; y < CLASS_COUNT; y++) {
    const mine = pairs.filter((p) => p.label === y);
    const gold = goldCounts[y] ?? 0;
    const f1s = sorted.map((bias) => {
      const predicted = mine.filter((p) => p.margin + bias > 0);
      const tp = predicted.filter((p) => p.gold).length;
      return predicted.length + gold > 0 ? (2 * tp) / (predicted.length + gold) : 0;
    });
    // The F1 curve is flat and ragged near its top: a lone spike moves with the
    // folds, so each bias is judged by the mean over its neighbours.
    const smoothed = f1s.map((_, i) => {
      const near = f1s.slice(Math.max(0, i - window), i + window + 1);
      return near.reduce((a, b) => a + b, 0) / near.length;
    });
    let best = -1;
    for (const i of sorted.map((_, i) => i).sort((a, b) => Math.abs(sorted[a]!) - Math.abs(sorted[b]!) || sorted[a]! - sorted[b]!)) {
      if ((smoothed[i] ?? 0) > best) {
        best = smoothed[i] ?? 0;
        out[y] = sorted[i] ?? 0;
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
