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

/** Labels that may precede each label (the start, -1, is handled apart), flattened for the inner loop. */
const PREDECESSOR_LISTS: number[][] = Array.from({ length: L }, (_, next) =>
  Array.from({ length: L }, (_, previous) => previous).filter((previous) => allowedTransition(previous, next)),
);
const PREDECESSOR_START = Int32Array.from(PREDECESSOR_LISTS.reduce<number[]>((starts, list) => [...starts, (starts[starts.length - 1] ?? 0) + list.length], [0]));
const PREDECESSORS = Int32Array.from(PREDECESSOR_LISTS.flat());

// Reused between calls: decoding allocates nothing per sentence.
let scoreBuffer = new Float64Array(64 * L);
let backBuffer = new Int32Array(64 * L);

/** Exact first-order Viterbi. emissions[i * L + label]. */
export function viterbi(emissions: Float64Array, transitions: ArrayLike<number>, length: number, out: Int32Array): void {
  if (length === 0) return;
  if (scoreBuffer.length < length * L) {
    scoreBuffer = new Float64Array(length * L * 2);
    backBuffer = new Int32Array(length * L * 2);
  }
  const score = scoreBuffer;
  const back = backBuffer;
  for (let y = 0; y < L; y++) {
    score[y] = ALLOWED[y] ? (emissions[y] as number) + (transitions[y] as number) : -Infinity;
  }
  for (let i = 1; i < length; i++) {
    const base = i * L;
    const previousBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let bestFrom = 0;
      for (let k = PREDECESSOR_START[y] as number, end = PREDECESSOR_START[y + 1] as number; k < end; k++) {
        const p = PREDECESSORS[k] as number;
        const candidate = (score[previousBase + p] as number) + (transitions[(p + 1) * L + y] as number);
        if (candidate > best) {
          best = candidate;
          bestFrom = p;
        }
      }
      score[base + y] = best + (emissions[base + y] as number);
      back[base + y] = bestFrom;
    }
  }
  let last = 0;
  const lastBase = (length - 1) * L;
  for (let y = 1; y < L; y++) if ((score[lastBase + y] as number) > (score[lastBase + last] as number)) last = y;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * L + last] as number;
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
