// How well one folded name answers a folded query, 0 (not at all) to 1
// (the same). The tiers never overlap, so an exact match always beats a
// prefix, a prefix beats a whole-word match, and any of those beats a guess.
// Guessing (edit distance) costs far more than the tiers, so search runs it
// only on the names a cheap trigram measure ranks closest.
import { editSimilarity, trigramSimilarity, trigrams } from './similarity.js';

/** A fuzzy guess below this similarity is noise, not a suggestion. */
export const MIN_FUZZY_SIMILARITY = 0.5;

export const SCORE_TIERS = {
  exact: 1,
  prefix: 0.9,
  wholeWords: 0.75,
  wordPrefixes: 0.6,
  fuzzy: 0.55,
} as const;

/** A folded query with the parts every comparison needs, computed once. */
export interface PreparedQuery {
  text: string;
  words: string[];
  trigrams: Set<string>;
}

/** Prepares a query already passed through normalizeName. */
export function prepareQuery(text: string): PreparedQuery {
  return { text, words: text.split(' '), trigrams: trigrams(text) };
}

/** The exact, prefix and word tiers; 0 when the name needs a guess. */
export function tierScore(name: string, query: PreparedQuery): number {
  if (name === '' || query.text === '') return 0;
  if (name === query.text) return SCORE_TIERS.exact;
  // Within a tier, the closer the lengths the better: "Syria" before "Syrian army" for "syr".
  if (name.startsWith(query.text)) return SCORE_TIERS.prefix + 0.09 * (query.text.length / name.length);
  const nameWords = name.split(' ');
  const share = Math.min(1, query.words.length / nameWords.length);
  if (query.words.every((word) => nameWords.includes(word))) return SCORE_TIERS.wholeWords + 0.1 * share;
  if (query.words.every((word) => nameWords.some((candidate) => candidate.startsWith(word)))) {
    return SCORE_TIERS.wordPrefixes + 0.1 * share;
  }
  return 0;
}

/** Cheap closeness, 0..1, to pick which names are worth a full fuzzy score. */
export function roughSimilarity(name: string, query: PreparedQuery): number {
  return trigramSimilarity(trigrams(name), query.trigrams);
}

/** The guess tier: near spellings of the whole name or of its words; 0 below MIN_FUZZY_SIMILARITY. */
export function fuzzyScore(name: string, query: PreparedQuery): number {
  const similarity = Math.max(roughSimilarity(name, query), editSimilarity(name, query.text), wordwiseSimilarity(name.split(' '), query.words));
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
