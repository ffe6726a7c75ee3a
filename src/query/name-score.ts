// How well one folded name answers a folded query, 0 (not at all) to 1
// (the same). The tiers never overlap, so an exact match always beats a
// prefix, a prefix beats a whole-word match, and any of those beats a guess.
import { editSimilarity, trigramSimilarity } from './similarity.js';

/** A fuzzy guess below this similarity is noise, not a suggestion. */
export const MIN_FUZZY_SIMILARITY = 0.5;

export const SCORE_TIERS = {
  exact: 1,
  prefix: 0.9,
  wholeWords: 0.75,
  wordPrefixes: 0.6,
  fuzzy: 0.55,
} as const;

/** Scores candidate `name` for `query`; both already passed through normalizeName. */
export function nameScore(name: string, query: string): number {
  if (name === '' || query === '') return 0;
  if (name === query) return SCORE_TIERS.exact;
  // Within a tier, the closer the lengths the better: "Syria" before "Syrian army" for "syr".
  if (name.startsWith(query)) return SCORE_TIERS.prefix + 0.09 * (query.length / name.length);
  const nameWords = name.split(' ');
  const queryWords = query.split(' ');
  const share = Math.min(1, queryWords.length / nameWords.length);
  if (queryWords.every((word) => nameWords.includes(word))) return SCORE_TIERS.wholeWords + 0.1 * share;
  if (queryWords.every((word) => nameWords.some((candidate) => candidate.startsWith(word)))) {
    return SCORE_TIERS.wordPrefixes + 0.1 * share;
  }
  const similarity = Math.max(trigramSimilarity(name, query), editSimilarity(name, query), wordwiseSimilarity(nameWords, queryWords));
  return similarity >= MIN_FUZZY_SIMILARITY ? SCORE_TIERS.fuzzy * similarity : 0;
}

/** Each query word against its closest name word, averaged: "dilon" finds "ryan dillon". */
function wordwiseSimilarity(nameWords: string[], queryWords: string[]): number {
  let total = 0;
  for (const word of queryWords) {
    let best = 0;
    for (const candidate of nameWords) best = Math.max(best, editSimilarity(candidate, word));
    total += best;
  }
  // A close word inside a longer name is a weaker sign than a close whole name.
  return (0.95 * total) / queryWords.length;
}
