// Entities named in the same story sentence co-occur: one symmetric relation
// per pair and sentence, merged into weighted edges by the graph stage.
import type { Doc, Entity, Mention, Relation, Sentence } from '../types.js';
import { STORY_ZONES } from '../types.js';
import { evidenceOf } from './evidence.js';

/** `limit`: a sentence naming more entities than that is a list, and its pairs are not counted. */
export function cooccurrences(doc: Doc, sentences: Sentence[], mentions: Mention[], entityOf: Map<number, Entity>, limit: number): Relation[] {
  const bySentence = new Map<number, Set<string>>();
  mentions.forEach((m, i) => {
    const entity = entityOf.get(i);
    if (!entity) return;
    const keys = bySentence.get(m.sentence) ?? new Set<string>();
    keys.add(entity.key);
    bySentence.set(m.sentence, keys);
  });
  const out: Relation[] = [];
  for (const sentence of sentences) {
    if (!STORY_ZONES.has(sentence.zone)) continue;
    const keys = [...(bySentence.get(sentence.index) ?? [])].sort();
    if (keys.length > limit) continue;
    for (let a = 0; a < keys.length; a++) {
      for (let b = a + 1; b < keys.length; b++) {
        out.push({
          head: keys[a]!,
          tail: keys[b]!,
          type: 'cooccurs',
          predicate: '',
          evidence: evidenceOf(doc, sentence),
          confidence: 1,
          method: 'cooccurrence',
        });
      }
    }
  }
  return out;
}
