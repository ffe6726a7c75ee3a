// Best label sequence from per-token label scores plus label-to-label
// transition weights. Both decoders refuse transitions IOB2 forbids, so their
// output is always well-formed (never I-X after O or after another type).
import { allowedTransition, LABEL_COUNT } from './tags.js';

const L = LABEL_COUNT;

/** transitions[(previous + 1) * L + next]; previous -1 (row 0) is the sentence start. */
export function transitionAt(transitions: ArrayLike<number>, previous: number, next: number): number {
  return transitions[(previous + 1) * L + next] ?? 0;
}

export const ALLOWED: Uint8Array = (() => {
  const table = new Uint8Array((L + 1) * L);
  for (let previous = -1; previous < L; previous++) {
    for (let next = 0; next < L; next++) table[(previous + 1) * L + next] = allowedTransition(previous, next) ? 1 : 0;
  }
  return table;
})();

/** Exact first-order Viterbi. emissions[i * L + label]. */
export function viterbi(emissions: Float64Array, transitions: ArrayLike<number>, length: number, out: Int32Array): void {
  if (length === 0) return;
  const score = new Float64Array(length * L);
  const back = new Int32Array(length * L);
  for (let y = 0; y < L; y++) {
    score[y] = ALLOWED[y] ? (emissions[y] ?? 0) + (transitions[y] ?? 0) : -Infinity;
  }
  for (let i = 1; i < length; i++) {
    const base = i * L;
    const previousBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let bestFrom = 0;
      for (let p = 0; p < L; p++) {
        const t = (p + 1) * L + y;
        if (!ALLOWED[t]) continue;
        const candidate = (score[previousBase + p] ?? -Infinity) + (transitions[t] ?? 0);
        if (candidate > best) {
          best = candidate;
          bestFrom = p;
        }
      }
      score[base + y] = best + (emissions[base + y] ?? 0);
      back[base + y] = bestFrom;
    }
  }
  let last = 0;
  const lastBase = (length - 1) * L;
  for (let y = 1; y < L; y++) if ((score[lastBase + y] ?? -Infinity) > (score[lastBase + last] ?? -Infinity)) last = y;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * L + last] ?? 0;
  }
}

/** Left to right, each token takes its best allowed label given the one before. */
export function greedy(emissions: Float64Array, transitions: ArrayLike<number>, length: number, out: Int32Array): void {
  let previous = -1;
  for (let i = 0; i < length; i++) {
    let best = 0;
    let bestScore = -Infinity;
    for (let y = 0; y < L; y++) {
      const t = (previous + 1) * L + y;
      if (!ALLOWED[t]) continue;
      const candidate = (emissions[i * L + y] ?? 0) + (transitions[t] ?? 0);
      if (candidate > bestScore) {
        bestScore = candidate;
        best = y;
      }
    }
    out[i] = best;
    previous = best;
  }
}

export type DecoderName = 'viterbi' | 'greedy';
export const DECODERS = { viterbi, greedy } as const;
