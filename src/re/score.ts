// Scores predictions against gold the way the shared score_re.py does: sets of
// (sentence, span, type) for NER strict; (sentence, head span+type, tail
// span+type, relation) for RE strict; the same without entity types for RE
// boundaries. Micro-averaged; P, R and F1 rounded to 4 decimals.
import { BadInputError } from '../errors.js';
import type { SpertSentence } from './spert.js';

export interface Prf {
  p: number;
  r: number;
  f1: number;
  gold: number;
  pred: number;
  tp: number;
}

export interface ReScores {
  ner: Prf;
  strict: Prf;
  bound: Prf;
  [perType: `strict:${string}`]: Prf;
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

interface Keys {
  ner: Set<string>;
  strict: Set<string>;
  bound: Set<string>;
  types: Map<string, Set<string>>;
}

function addKeys(keys: Keys, i: number, s: SpertSentence): void {
  const span = (k: number, typed: boolean) => {
    const e = s.entities[k];
    if (!e) throw new BadInputError(`item ${i}: a relation points at entity ${k}, which is not there`);
    return typed ? `${e.start},${e.end},${e.type}` : `${e.start},${e.end}`;
  };
  for (const e of s.entities) keys.ner.add(`${i}|${e.start},${e.end},${e.type}`);
  for (const r of s.relations) {
    const strict = `${i}|${span(r.head, true)}|${span(r.tail, true)}|${r.type}`;
    keys.strict.add(strict);
    keys.bound.add(`${i}|${span(r.head, false)}|${span(r.tail, false)}|${r.type}`);
    const typed = keys.types.get(r.type) ?? new Set<string>();
    typed.add(strict);
    keys.types.set(r.type, typed);
  }
}

export function scoreRelations(gold: readonly SpertSentence[], pred: readonly SpertSentence[]): ReScores {
  if (gold.length !== pred.length) throw new BadInputError(`item count differs: gold ${gold.length} pred ${pred.length}`);
  const empty = (): Keys => ({ ner: new Set(), strict: new Set(), bound: new Set(), types: new Map() });
  const g = empty();
  const p = empty();
  gold.forEach((item, i) => {
    const predicted = pred[i]!;
    if (predicted.tokens.join('\u0000') !== item.tokens.join('\u0000')) throw new BadInputError(`tokens differ at item ${i}`);
    addKeys(g, i, item);
    addKeys(p, i, predicted);
  });
  const out: ReScores = { ner: prf(g.ner, p.ner), strict: prf(g.strict, p.strict), bound: prf(g.bound, p.bound) };
  for (const type of [...g.types.keys()].sort()) out[`strict:${type}`] = prf(g.types.get(type)!, p.types.get(type) ?? new Set());
  return out;
}

export function formatPrf(name: string, s: Prf): string {
  return `${name.padEnd(24)} P ${s.p.toFixed(4)}  R ${s.r.toFixed(4)}  F1 ${s.f1.toFixed(4)}  (gold ${s.gold}, pred ${s.pred}, tp ${s.tp})`;
}
