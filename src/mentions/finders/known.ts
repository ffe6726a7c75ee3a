// Gazetteer and lexicon matches: countries, cities, demonyms, well-known actors.
// Also inside hyphenated words: "ISIS-held", "US-trained", "Boston-based".
import type { Sentence } from '../../types.js';
import { PRIORITY, type Candidate } from '../candidate.js';
import { matchAt } from '../gazetteer.js';
import { COMMON_CAPITALS } from '../lexicon/common-capitals.js';
import { isCapitalised } from './words.js';

/** Second halves of hyphenated modifiers whose first half is an actor or place. */
export const HYPHEN_MODIFIERS: ReadonlySet<string> = new Set([
  'held', 'controlled', 'occupied', 'run', 'led', 'backed', 'trained', 'armed', 'funded', 'supported',
  'sponsored', 'allied', 'linked', 'affiliated', 'based', 'born', 'made', 'owned', 'brokered', 'bound', 'style',
  'friendly', 'aligned', 'financed', 'equipped',
]);

export function findKnown(sentence: Sentence): Candidate[] {
  const words = sentence.tokens.map((t) => t.text);
  // "New York-based": the name may end inside a hyphenated word, so it is matched on the word's head.
  const heads = words.map((word) => hyphenatedHead(word) ?? word);
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!isCapitalised(word)) continue;
    // A sentence opener that is also a place name ("Sale", "Nice") is a word here.
    if (COMMON_CAPITALS.has(word)) continue;
    const hit = matchAt(words, i);
    if (hit) {
      const first = sentence.tokens[i]!;
      const last = sentence.tokens[i + hit.length - 1]!;
      out.push(candidateOf(hit.entry, first.start, last.end));
      continue;
    }
    const headHit = matchAt(heads, i);
    const end = headHit ? i + headHit.length - 1 : -1;
    // Only the last word of the name may be hyphenated: "ISIS-held", "New York-based".
    if (headHit && heads[end] !== words[end] && heads.slice(i, end).every((head, k) => head === words[i + k])) {
      const start = sentence.tokens[i]!.start;
      out.push(candidateOf(headHit.entry, start, sentence.tokens[end]!.start + heads[end]!.length));
    }
  }
  return out;
}

/** "ISIS-held" → "ISIS"; "In-House" → null. */
export function hyphenatedHead(word: string): string | null {
  const cut = word.lastIndexOf('-');
  if (cut <= 0) return null;
  const rest = word.slice(cut + 1);
  return HYPHEN_MODIFIERS.has(rest) ? word.slice(0, cut) : null;
}

function candidateOf(entry: import('../gazetteer.js').GazetteerEntry, start: number, end: number): Candidate {
  const lexical = entry.method.startsWith('lexicon');
  return {
    start,
    end,
    type: entry.type,
    score: entry.demonym ? 0.8 : lexical ? 0.95 : 0.85,
    method: entry.method,
    priority: lexical ? PRIORITY.lexicon : PRIORITY.gazetteer,
    refersTo: entry.name,
    form: entry.demonym ? 'demonym' : 'name',
  };
}
