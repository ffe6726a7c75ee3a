// The relation classifier as used: hashed feature rows, one weight per class,
// and the choice among the classes a pair's types allow. Pure.
import { hashString } from '../ner/hash.js';
import type { HashIndex } from '../ner/hash-index.js';
import { CLASS_COUNT, NONE } from './labels.js';

const C = CLASS_COUNT;

export interface RelationModel {
  index: HashIndex;
  /** rows × CLASS_COUNT weights. */
  weights: Float32Array;
  /** Added to every relation class's score before it is compared with none; tuned on dev. */
  bias: number;
  /** Per class, added on top of `bias` (index 0, none, unused); chosen by cross-validation on train. */
  classBias?: readonly number[];
  info: Record<string, unknown>;
}

export interface Prediction {
  label: number;
  /** 0..1: logistic of the chosen relation's margin over "none". */
  confidence: number;
}

export const featureKeys = (features: readonly string[]): Uint32Array => Uint32Array.from(features, hashString);

export function classScores(model: Pick<RelationModel, 'index' | 'weights'>, keys: ArrayLike<number>, out = new Float64Array(C)): Float64Array {
  out.fill(0);
  for (let k = 0; k < keys.length; k++) {
    const row = model.index.get(keys[k] ?? 0);
    if (row < 0) continue;
    for (let y = 0; y < C; y++) out[y] = (out[y] ?? 0) + (model.weights[row * C + y] ?? 0);
  }
  return out;
}

/** The best of none and the `allowed` labels; none when nothing is allowed. */
export function choose(scores: ArrayLike<number>, allowed: readonly number[], bias = 0, classBias?: ArrayLike<number>): Prediction {
  const none = scores[NONE] ?? 0;
  let label = NONE;
  let best = none;
  for (const y of allowed) {
    const s = (scores[y] ?? 0) + bias + (classBias?.[y] ?? 0);
    if (s > best) {
      best = s;
      label = y;
    }
  }
  const confidence = Math.round((1 / (1 + Math.exp(-(best - none)))) * 1000) / 1000;
  return { label, confidence: label === NONE ? 0 : confidence };
}
