// The article pipeline (ingest, mentions, resolution, relation patterns) run
// on CoNLL04 sentences and written back in SpERT form, so that the official
// scorer measures the relations a news graph gets, not only the CoNLL04
// model's. Each sentence is read as a one-paragraph article.
import { ingest } from '../ingest/index.js';
import type { Recogniser } from '../mentions/index.js';
import { extract } from '../pipeline.js';
import type { EntityType, Extraction, RelationType } from '../types.js';
import type { RelationModel } from './model.js';
import type { SpertEntity, SpertRelation, SpertSentence } from './spert.js';

/** Our entity types in CoNLL04's names; a group is an organisation there. */
const ENTITY_TYPES: Record<EntityType, string> = { person: 'Peop', organisation: 'Org', group: 'Org', place: 'Loc' };
/** Our relation types that CoNLL04 has; "leader of" is Work_For there. */
const RELATION_TYPES: Partial<Record<RelationType, string>> = {
  works_for: 'Work_For',
  leads: 'Work_For',
  lives_in: 'Live_In',
  located_in: 'Located_In',
  based_in: 'OrgBased_In',
  killed: 'Kill',
};

/** `relationModel`: also the CoNLL04 classifier's relations (`model:re`), as `extract` can add them. */
export function articlePipelineSpert(sentences: readonly SpertSentence[], recogniser: Recogniser | null, relationModel: RelationModel | null = null): SpertSentence[] {
  return sentences.map((sentence, i) => {
    const text = sentence.tokens.join(' ');
    const extraction = extract(ingest({ content: text, format: 'text', id: `sentence-${i}` }), { recogniser, relationModel });
    const out: SpertSentence = { tokens: sentence.tokens, ...toSpert(extraction, sentence.tokens) };
    if (sentence.orig_id !== undefined) out.orig_id = sentence.orig_id;
    return out;
  });
}

function toSpert(extraction: Extraction, tokens: readonly string[]): { entities: SpertEntity[]; relations: SpertRelation[] } {
  const { doc, mentions, entities: found, relations: related } = extraction;
  const starts = tokenStarts(doc.text, tokens);
  const tokenAt = (offset: number) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
    return k;
  };
  const entities: SpertEntity[] = [];
  const indexOfSpan = new Map<string, number>();
  // Each entity's first name mention stands for it in a relation.
  const firstOf = new Map<string, number>();
  for (const entity of found) {
    for (const m of entity.mentions) {
      const mention = mentions[m]!;
      if (mention.form !== 'name') continue;
      const span = { type: ENTITY_TYPES[entity.type], start: tokenAt(mention.start), end: tokenAt(mention.end - 1) + 1 };
      const key = `${span.start}:${span.end}`;
      let index = indexOfSpan.get(key);
      if (index === undefined) {
        index = entities.push(span) - 1;
        indexOfSpan.set(key, index);
      }
      if (!firstOf.has(entity.key)) firstOf.set(entity.key, index);
    }
  }
  const relations: SpertRelation[] = [];
  const seen = new Set<string>();
  for (const r of related) {
    const type = RELATION_TYPES[r.type];
    const [head, tail] = [firstOf.get(r.head), firstOf.get(r.tail)];
    if (!type || r.negated || r.hedged || head === undefined || tail === undefined || head === tail) continue;
    const key = `${type}:${head}:${tail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({ type, head, tail });
  }
  return { entities, relations };
}

/** Where each token starts in the ingested text (normalisation may change quotes, so each is looked for in turn). */
function tokenStarts(text: string, tokens: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const token of tokens) {
    const found = text.indexOf(token, at);
    starts.push(found < 0 ? at : found);
    if (found >= 0) at = found + token.length;
  }
  return starts;
}
