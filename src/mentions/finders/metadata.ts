// The article's own metadata (author, outlet, original source) names actors
// outside the story text. Each value is found where the byline or dateline
// says it, so its mention has offsets like any other.
import type { Doc, Sentence } from '../../types.js';
import { STORY_ZONES } from '../../types.js';
import { PRIORITY, type Candidate } from '../candidate.js';

export function findMetadata(doc: Doc, sentences: Sentence[]): Candidate[] {
  const wanted: Array<{ value: string; type: 'person' | 'organisation'; field: string }> = [];
  if (doc.meta.author) for (const name of splitAuthors(doc.meta.author)) wanted.push({ value: name, type: 'person', field: 'author' });
  if (doc.meta.outlet) wanted.push({ value: doc.meta.outlet, type: 'organisation', field: 'outlet' });
  if (doc.meta.source) wanted.push({ value: doc.meta.source, type: 'organisation', field: 'source' });
  const out: Candidate[] = [];
  for (const { value, type, field } of wanted) {
    // The first place outside the story where the value is written.
    const sentence = sentences.find((s) => !STORY_ZONES.has(s.zone) && doc.text.slice(s.start, s.end).includes(value));
    if (!sentence) continue;
    const start = doc.text.indexOf(value, sentence.start);
    out.push({ start, end: start + value.length, type, score: 0.95, method: `metadata:${field}`, priority: PRIORITY.metadata, form: 'name' });
  }
  return out;
}

/** "Jane Doe and John Roe" → both names. */
export function splitAuthors(author: string): string[] {
  return author
    .split(/\s*(?:,|&|\band\b)\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}
