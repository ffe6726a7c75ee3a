// Relations the article states about itself: its author wrote it, its outlet
// published it, and the original source first published it. The evidence is
// the byline or dateline sentence the name was read from.
import type { Doc, Entity, Mention, Relation, Sentence } from '../types.js';
import { evidenceOf } from './evidence.js';

export const documentKey = (doc: Doc) => `document:${doc.id}`;

export function metadataRelations(doc: Doc, sentences: Sentence[], mentions: Mention[], entityOf: Map<number, Entity>): Relation[] {
  const out: Relation[] = [];
  mentions.forEach((m, i) => {
    const entity = entityOf.get(i);
    const field = m.method.startsWith('metadata:') ? m.method.slice('metadata:'.length) : null;
    const sentence = sentences[m.sentence];
    if (!entity || !field || !sentence) return;
    const evidence = evidenceOf(doc, sentence);
    if (field === 'author') {
      out.push({ head: entity.key, tail: documentKey(doc), type: 'author_of', predicate: 'by', evidence, confidence: 0.95, method: 'metadata:author' });
    } else {
      const predicate = field === 'source' ? 'original source' : 'published by';
      out.push({ head: documentKey(doc), tail: entity.key, type: 'published_by', predicate, evidence, confidence: 0.95, method: `metadata:${field}` });
    }
  });
  return out;
}
