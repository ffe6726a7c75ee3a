// Relations from the trained CoNLL04 pair classifier (src/re/), next to the
// patterns: each story sentence with two or more named mentions becomes a
// SpERT-like sentence (its tokens, the mentions as typed spans), its pairs are
// classified, and a confident relation is added only where no pattern already
// gave the same head, tail and type in that sentence. Pure.
import type { Doc, Entity, EntityType, Mention, Relation, RelationType, Sentence } from '../types.js';
import type { RelationModel } from '../re/model.js';
import { predictRelations } from '../re/predict.js';
import type { SpertEntity } from '../re/spert.js';
import { evidenceOf } from './evidence.js';

/**
 * Below this the classifier's confidence (logistic of its margin over "none")
 * is not trusted on news text, which is not CoNLL04 text. On the golden
 * articles the model adds 7 relations at this level, 5 of them right
 * (Hamburg in Germany, Bedford in Massachusetts, Amazon based in Seattle, ...).
 */
export const MODEL_RELATION_THRESHOLD = 0.99;

/** Our entity types as the classifier knows them; groups act as organisations. */
const CONLL04_TYPE: Record<EntityType, string> = { person: 'Peop', organisation: 'Org', group: 'Org', place: 'Loc' };

/** The classifier's labels as our relation types. */
export const MODEL_RELATION_TYPES: Readonly<Record<string, RelationType>> = {
  Work_For: 'works_for',
  Live_In: 'lives_in',
  Located_In: 'located_in',
  OrgBased_In: 'based_in',
  Kill: 'killed',
};

/** Between-words kept as the predicate up to this many tokens; longer gaps give none. */
const MAX_PREDICATE_TOKENS = 6;

export interface SentenceSlot {
  mention: Mention;
  entity: Entity;
}

interface Span extends SpertEntity {
  entity: Entity;
}

/** Token spans of the slots' mentions; a mention overlapping an earlier one is left out. */
function spansOf(sentence: Sentence, slots: readonly SentenceSlot[]): Span[] {
  const spans: Span[] = [];
  const ordered = [...slots].sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  for (const { mention, entity } of ordered) {
    let start = -1;
    let end = -1;
    sentence.tokens.forEach((token, i) => {
      if (token.end <= mention.start || token.start >= mention.end) return;
      if (start < 0) start = i;
      end = i + 1;
    });
    if (start < 0 || spans.some((s) => s.start < end && start < s.end)) continue;
    spans.push({ type: CONLL04_TYPE[entity.type], start, end, entity });
  }
  return spans;
}

/**
 * Model relations of one sentence. `slots` are its mentions with their
 * entities; `existing` holds the relations already found (patterns), of
 * which those with this sentence as evidence block a duplicate.
 */
export function modelRelationsOf(
  doc: Doc,
  sentence: Sentence,
  slots: readonly SentenceSlot[],
  existing: readonly Relation[],
  model: RelationModel,
  threshold = MODEL_RELATION_THRESHOLD,
): Relation[] {
  const spans = spansOf(
    sentence,
    slots.filter((s) => s.mention.form === 'name'),
  );
  if (spans.length < 2) return [];
  const tokens = sentence.tokens.map((t) => t.text);
  const here = existing.filter((r) => r.evidence.sentence === sentence.index);
  const taken = new Set(here.map((r) => `${r.head}|${r.tail}|${r.type}`));
  // As the patterns settle it: "the commander of X" (leads) says more than works_for.
  for (const r of here) if (r.type === 'leads') taken.add(`${r.head}|${r.tail}|works_for`);
  const out: Relation[] = [];
  for (const found of predictRelations(model, tokens, spans)) {
    const type = MODEL_RELATION_TYPES[found.type];
    const head = spans[found.head];
    const tail = spans[found.tail];
    if (!type || !head || !tail || found.confidence < threshold || head.entity.key === tail.entity.key) continue;
    const key = `${head.entity.key}|${tail.entity.key}|${type}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const [left, right] = head.start < tail.start ? [head, tail] : [tail, head];
    const between = tokens.slice(left.end, right.start);
    out.push({
      head: head.entity.key,
      tail: tail.entity.key,
      type,
      predicate: between.length <= MAX_PREDICATE_TOKENS ? between.join(' ').replace(/ ,/g, ',') : '',
      evidence: evidenceOf(doc, sentence),
      confidence: found.confidence,
      method: 'model:re',
    });
  }
  return out;
}
