// Scores predictions against gold the way the shared score_re.py does: sets of
// (sentence, span, type) for NER strict; (sentence, head span+type, tail
// span+type, relation) for RE strict; the same without entity types for RE
// boundaries. Micro-averaged; P, R and F1 rounded to 4 decimals.
import { BadInputError } from '../errors.js';
import type { SpertSentence } from './spert.js';
import { prf, type Prf } from '../eval/prf.js';

export { prf, round4, type Prf } from '../eval/prf.js';

export interface ReScores {
  ner: Prf;
  strict: Prf;
  bound: Prf;
  [perType: `strict:${string}`]: Prf;
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
