import type { Doc, Evidence, Sentence } from '../types.js';

/** The sentence a relation rests on, with its offsets in the document text. */
export function evidenceOf(doc: Doc, sentence: Sentence): Evidence {
  return { doc: doc.id, sentence: sentence.index, start: sentence.start, end: sentence.end, text: doc.text.slice(sentence.start, sentence.end) };
}
