// Averaged structured perceptron over precomputed feature rows. Averaging uses
// the lazy trick: keep w and u = Σ (step × update); the average is w − u / step.
import { DECODERS, type DecoderName } from './decode.js';
import { seededRandom, shuffle } from './random.js';
import { LABEL_COUNT } from './tags.js';

const L = LABEL_COUNT;

export interface PreparedSentence {
  /** Feature rows of token i: rows[offsets[i] .. offsets[i + 1]). */
  rows: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
}

export class Perceptron {
  private weights: Float64Array;
  private updates: Float64Array;
  private readonly transitions = new Float64Array((L + 1) * L);
  private readonly transitionUpdates = new Float64Array((L + 1) * L);
  private step = 1;

  constructor(rowCount: number) {
    this.weights = new Float64Array(rowCount * L);
    this.updates = new Float64Array(rowCount * L);
  }

  private emissions(sentence: PreparedSentence, out: Float64Array): void {
    const n = sentence.gold.length;
    out.fill(0, 0, n * L);
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let k = sentence.offsets[i] ?? 0, end = sentence.offsets[i + 1] ?? 0; k < end; k++) {
        const offset = (sentence.rows[k] ?? 0) * L;
        for (let y = 0; y < L; y++) out[base + y] = (out[base + y] ?? 0) + (w[offset + y] ?? 0);
      }
    }
  }

  private bump(row: number, label: number, delta: number): void {
    const at = row * L + label;
    this.weights[at] = (this.weights[at] ?? 0) + delta;
    this.updates[at] = (this.updates[at] ?? 0) + this.step * delta;
  }

  private bumpTransition(previous: number, next: number, delta: number): void {
    const at = (previous + 1) * L + next;
    this.transitions[at] = (this.transitions[at] ?? 0) + delta;
    this.transitionUpdates[at] = (this.transitionUpdates[at] ?? 0) + this.step * delta;
  }

  /** One pass over the sentences in a seeded order; returns the count of sentences with an error. */
  epoch(sentences: readonly PreparedSentence[], decoder: DecoderName, seed: number): number {
    const decode = DECODERS[decoder];
    const order = shuffle(
      sentences.map((_, i) => i),
      seededRandom(seed),
    );
    let longest = 0;
    for (const s of sentences) longest = Math.max(longest, s.gold.length);
    const scores = new Float64Array(longest * L);
    const predicted = new Int32Array(longest);
    let mistakes = 0;
    for (const index of order) {
      const sentence = sentences[index];
      if (!sentence) continue;
      const n = sentence.gold.length;
      this.emissions(sentence, scores);
      decode(scores, this.transitions, n, predicted);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const gold = sentence.gold[i] ?? 0;
        const guess = predicted[i] ?? 0;
        const goldPrevious = i === 0 ? -1 : (sentence.gold[i - 1] ?? 0);
        const guessPrevious = i === 0 ? -1 : (predicted[i - 1] ?? 0);
        if (gold !== guess) {
          wrong = true;
          for (let k = sentence.offsets[i] ?? 0, end = sentence.offsets[i + 1] ?? 0; k < end; k++) {
            const row = sentence.rows[k] ?? 0;
            this.bump(row, gold, 1);
            this.bump(row, guess, -1);
          }
        }
        if (gold !== guess || goldPrevious !== guessPrevious) {
          this.bumpTransition(goldPrevious, gold, 1);
          this.bumpTransition(guessPrevious, guess, -1);
        }
      }
      if (wrong) mistakes++;
      this.step++;
    }
    return mistakes;
  }

  averagedWeights(): Float64Array {
    const out = new Float64Array(this.weights.length);
    for (let i = 0; i < out.length; i++) out[i] = (this.weights[i] ?? 0) - (this.updates[i] ?? 0) / this.step;
    return out;
  }

  averagedTransitions(): Float64Array {
    const out = new Float64Array(this.transitions.length);
    for (let i = 0; i < out.length; i++) out[i] = (this.transitions[i] ?? 0) - (this.transitionUpdates[i] ?? 0) / this.step;
    return out;
  }
}
