// Multi-class averaged perceptron over precomputed feature rows, each example
// choosing among "none" and the labels its types allow. Averaging is lazy, as
// in src/ner/perceptron.ts: the average is w − u / step.
import { seededRandom, shuffle } from '../ner/random.js';
import { CLASS_COUNT } from './labels.js';
import { choose } from './model.js';

const C = CLASS_COUNT;

export interface PreparedPair {
  rows: Int32Array;
  gold: number;
  allowed: readonly number[];
}

export class MulticlassPerceptron {
  private readonly weights: Float64Array;
  private readonly updates: Float64Array;
  private step = 1;

  constructor(rowCount: number) {
    this.weights = new Float64Array(rowCount * C);
    this.updates = new Float64Array(rowCount * C);
  }

  private scores(rows: Int32Array, out: Float64Array): void {
    out.fill(0);
    for (const row of rows) for (let y = 0; y < C; y++) out[y] = (out[y] ?? 0) + (this.weights[row * C + y] ?? 0);
  }

  private bump(rows: Int32Array, label: number, delta: number): void {
    for (const row of rows) {
      const at = row * C + label;
      this.weights[at] = (this.weights[at] ?? 0) + delta;
      this.updates[at] = (this.updates[at] ?? 0) + this.step * delta;
    }
  }

  /** One pass in a seeded order; returns the number of mistakes. */
  epoch(pairs: readonly PreparedPair[], seed: number): number {
    const order = shuffle(
      pairs.map((_, i) => i),
      seededRandom(seed),
    );
    const scores = new Float64Array(C);
    let mistakes = 0;
    for (const i of order) {
      const pair = pairs[i];
      if (!pair) continue;
      this.scores(pair.rows, scores);
      const guess = choose(scores, pair.allowed).label;
      if (guess !== pair.gold) {
        mistakes++;
        this.bump(pair.rows, pair.gold, 1);
        this.bump(pair.rows, guess, -1);
      }
      this.step++;
    }
    return mistakes;
  }

  averagedWeights(): Float32Array {
    const out = new Float32Array(this.weights.length);
    for (let i = 0; i < out.length; i++) out[i] = (this.weights[i] ?? 0) - (this.updates[i] ?? 0) / this.step;
    return out;
  }
}
