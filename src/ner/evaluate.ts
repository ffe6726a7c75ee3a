// Exact-span precision, recall and F1 on PER/LOC/ORG, scored the way the
// project's score_ner.py does: a predicted span equal to a gold MISC span is
// ignored, other MISC predictions and gold MISC spans do not count.
import { labelIndex, labelSpans } from './tags.js';
import { prf, type Prf } from '../eval/prf.js';

/** One type's scores: the same record every project scorer prints. */
export type TypeScore = Prf;

export const SCORED_TYPES = ['PER', 'LOC', 'ORG'] as const;
export type ScoreReport = Record<(typeof SCORED_TYPES)[number] | 'ALL', TypeScore>;

const score = (gold: Set<string>, pred: Set<string>): TypeScore => prf(gold, pred);

/** Sentences in the same order in both lists, IOB2 tag strings. */
export function scoreTags(goldSentences: readonly (readonly string[])[], predictedSentences: readonly (readonly string[])[]): ScoreReport {
  const gold = new Map<string, Set<string>>();
  const pred = new Map<string, Set<string>>();
  const misc = new Set<string>();
  for (const type of [...SCORED_TYPES, 'ALL']) {
    gold.set(type, new Set());
    pred.set(type, new Set());
  }
  goldSentences.forEach((tags, s) => {
    for (const span of labelSpans(tags.map(labelIndex))) {
      const where = `${s}:${span.start}:${span.end}`;
      if (span.type === 'MISC') misc.add(where);
      else {
        gold.get(span.type)?.add(`${where}:${span.type}`);
        gold.get('ALL')?.add(`${where}:${span.type}`);
      }
    }
  });
  predictedSentences.forEach((tags, s) => {
    for (const span of labelSpans(tags.map(labelIndex))) {
      const where = `${s}:${span.start}:${span.end}`;
      if (span.type === 'MISC' || misc.has(where)) continue;
      pred.get(span.type)?.add(`${where}:${span.type}`);
      pred.get('ALL')?.add(`${where}:${span.type}`);
    }
  });
  const at = (type: string): TypeScore => score(gold.get(type) ?? new Set(), pred.get(type) ?? new Set());
  return { PER: at('PER'), LOC: at('LOC'), ORG: at('ORG'), ALL: at('ALL') };
}

export function formatScores(report: ScoreReport): string {
  return (['PER', 'LOC', 'ORG', 'ALL'] as const)
    .map((t) => {
      const s = report[t];
      return `${t.padEnd(4)} P ${s.p.toFixed(4)}  R ${s.r.toFixed(4)}  F1 ${s.f1.toFixed(4)}  (gold ${s.gold}, pred ${s.pred}, tp ${s.tp})`;
    })
    .join('\n');
}
