import { describe, expect, it } from 'vitest';
import { greedy, viterbi } from '../../src/ner/decode.js';
import { seededRandom } from '../../src/ner/random.js';
import { allowedTransition, LABEL_COUNT, labelIndex, LABELS, toIob2 } from '../../src/ner/tags.js';

const L = LABEL_COUNT;

function randomScores(length: number, random: () => number, spread: number): Float64Array {
  return Float64Array.from({ length: length * L }, () => (random() - 0.5) * spread);
}

function pathScore(path: number[], emissions: Float64Array, transitions: Float64Array): number {
  let total = 0;
  let previous = -1;
  path.forEach((y, i) => {
    total += (emissions[i * L + y] ?? 0) + (transitions[(previous + 1) * L + y] ?? 0);
    previous = y;
  });
  return total;
}

describe('decoders', () => {
  it('never put I-X after O, after another type or at the start, even when scores want it', () => {
    const random = seededRandom(7);
    const insidePer = labelIndex('I-PER');
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 8);
      const emissions = randomScores(n, random, 10);
      for (let i = 0; i < n; i++) emissions[i * L + insidePer] = 50; // I-PER everywhere is tempting
      const transitions = randomScores(L + 1, random, 4);
      for (const decode of [viterbi, greedy]) {
        const out = new Int32Array(n);
        decode(emissions, transitions, n, out);
        let previous = -1;
        for (const label of out) {
          expect(allowedTransition(previous, label)).toBe(true);
          previous = label;
        }
      }
    }
  });

  it('viterbi finds the best allowed path (checked by brute force)', () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 20; trial++) {
      const n = 3;
      const emissions = randomScores(n, random, 6);
      const transitions = randomScores(L + 1, random, 6);
      let best = -Infinity;
      for (let code = 0; code < L ** n; code++) {
        const path = [code % L, Math.floor(code / L) % L, Math.floor(code / L / L)];
        const ok = path.every((y, i) => allowedTransition(i === 0 ? -1 : (path[i - 1] ?? 0), y));
        if (ok) best = Math.max(best, pathScore(path, emissions, transitions));
      }
      const out = new Int32Array(n);
      viterbi(emissions, transitions, n, out);
      expect(pathScore([...out], emissions, transitions)).toBeCloseTo(best, 9);
    }
  });
});

describe('tags', () => {
  it('converts IOB1 to IOB2 and leaves IOB2 alone', () => {
    expect(toIob2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG']);
    expect(toIob2(['B-PER', 'I-PER', 'O', 'B-LOC'])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC']);
  });

  it('has O and B/I of four classes', () => {
    expect(LABELS).toEqual(['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC']);
  });
});
