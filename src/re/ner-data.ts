// CoNLL04 sentences as NER training documents: entity spans become IOB2 tags
// in our recogniser's classes, and each sentence is a document of its own
// (the sentences come from unrelated stories).
import type { TrainingDocument } from '../ner/train.js';
import type { SpertSentence } from './spert.js';

export const CONLL04_TO_NER_CLASS: Record<string, string> = { Peop: 'PER', Org: 'ORG', Loc: 'LOC', Other: 'MISC' };

export function iobTags(sentence: SpertSentence): string[] {
  const tags = sentence.tokens.map(() => 'O');
  for (const e of sentence.entities) {
    const cls = CONLL04_TO_NER_CLASS[e.type] ?? 'MISC';
    for (let i = e.start; i < e.end; i++) tags[i] = `${i === e.start ? 'B' : 'I'}-${cls}`;
  }
  return tags;
}

export function nerTrainingDocuments(sentences: readonly SpertSentence[]): TrainingDocument[] {
  return sentences.map((s) => ({ sentences: [s.tokens], tags: [iobTags(s)] }));
}
