// A country or demonym followed by an institution noun names that state's
// body: "the Syrian army", "the US military", "Russian forces". The name is
// kept as written; resolution folds "forces" and "troops" into "military".
import type { Sentence } from '../../types.js';
import { PRIORITY, type Candidate } from '../candidate.js';
import { matchAt } from '../gazetteer.js';
import { DEFINITE_COLLECTIVES, STATE_INSTITUTIONS } from '../lexicon/cues.js';

export function findInstitutions(sentence: Sentence): Candidate[] {
  const tokens = sentence.tokens;
  const words = tokens.map((t) => t.text);
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = matchAt(words, i);
    if (!hit || hit.entry.type !== 'place' || !hit.entry.method.match(/countries|demonyms|place-aliases/)) continue;
    const next = i + hit.length;
    // Two-word bodies first ("armed forces", "air force").
    for (const width of [2, 1]) {
      const noun = words.slice(next, next + width).join(' ').toLowerCase();
      if (words.length < next + width || !STATE_INSTITUTIONS.has(noun)) continue;
      out.push({
        start: tokens[i]!.start,
        end: tokens[next + width - 1]!.end,
        type: 'organisation',
        score: 0.85,
        method: 'rule:state-institution',
        priority: PRIORITY.pattern,
        form: 'name',
      });
      break;
    }
  }
  return out;
}

/** "the coalition", "a coalition spokesman": a salient collective actor named by a common noun. */
export function findCollectives(sentence: Sentence, documentHasDefinite: (noun: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const token of sentence.tokens) {
    const entry = DEFINITE_COLLECTIVES.get(token.text);
    if (!entry || !documentHasDefinite(token.text)) continue;
    out.push({
      start: token.start,
      end: token.end,
      type: entry.type,
      score: 0.6,
      method: 'rule:definite-collective',
      priority: PRIORITY.guess,
      form: 'name',
    });
  }
  return out;
}
