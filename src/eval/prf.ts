// Precision, recall and F1 over sets of keys, rounded the way the project's
// Python scorers round, so our evaluations and theirs print the same digits.

export interface Prf {
  p: number;
  r: number;
  f1: number;
  gold: number;
  pred: number;
  tp: number;
}

/**
 * Rounds to 4 decimals as Python's round() does: on the exact binary value,
 * ties to even (42/64 = 0.65625 → 0.6562, where Math.round would give 0.6563).
 */
export function round4(x: number): number {
  if (!Number.isFinite(x) || x < 0) return Math.round(x * 1e4) / 1e4;
  const exact = x.toFixed(60); // every digit of a double in [0, 1] and beyond
  const point = exact.indexOf('.');
  const kept = Number(exact.slice(0, point) + exact.slice(point + 1, point + 5));
  const rest = exact.slice(point + 5);
  const first = rest.charAt(0);
  const beyondHalf = first > '5' || (first === '5' && /[1-9]/.test(rest.slice(1)));
  const tie = first === '5' && !beyondHalf;
  const up = beyondHalf || (tie && kept % 2 === 1);
  return (kept + (up ? 1 : 0)) / 1e4;
}

export function prf(gold: ReadonlySet<string>, pred: ReadonlySet<string>): Prf {
  let tp = 0;
  for (const key of pred) if (gold.has(key)) tp++;
  const p = pred.size ? tp / pred.size : 0;
  const r = gold.size ? tp / gold.size : 0;
  return { p: round4(p), r: round4(r), f1: p + r ? round4((2 * p * r) / (p + r)) : 0, gold: gold.size, pred: pred.size, tp };
}

