// Finding nodes by a name the user half remembers.
import type { NodeType } from '../types.js';
import { compareLabels, compareText } from './compare-text.js';
import type { NewsGraph } from './graph-types.js';
import { fuzzyScore, prepareQuery, roughSimilarity, tierScore } from './name-score.js';
import { normalizeName } from './normalize-name.js';
import { checkInteger, checkNodeType } from './options.js';

export interface SearchOptions {
  /** Most hits to return. Default 10. */
  limit?: number;
  /** Only nodes of this type. */
  type?: NodeType;
}

export interface SearchHit {
  key: string;
  label: string;
  type: NodeType;
  /** 0..1: 1 is an exact match of the label, then prefix, word, and fuzzy matches. */
  score: number;
  /** The label or alias that matched best. */
  matched: string;
}

export const SEARCH_DEFAULTS = { limit: 10 } as const;

// An alias that matches as well as the label ranks just below it, so the
// canonical name wins ties between two nodes.
const ALIAS_FACTOR = 0.99;
/** How many of the closest names by trigrams get the costly edit-distance score. */
const FUZZY_POOL = 200;

interface Name {
  key: string;
  name: string;
  folded: string;
  factor: number;
}

/**
 * Fuzzy search over labels and aliases, accent- and case-insensitive.
 * Exact matches rank first, then prefixes, whole words, word prefixes, and
 * near spellings (edit distance and trigram similarity). Ordered by score,
 * then label, then key, so the same graph and text always give the same list.
 */
export function search(graph: NewsGraph, text: string, options: SearchOptions = {}): SearchHit[] {
  const limit = checkInteger(options.limit ?? SEARCH_DEFAULTS.limit, 1, 'search: limit');
  const type = checkNodeType(options.type, 'search');
  const query = prepareQuery(normalizeName(text));
  if (query.text === '') return [];

  const best = new Map<string, { score: number; matched: string }>();
  const offer = (name: Name, score: number): void => {
    const current = best.get(name.key);
    if (score > 0 && (current === undefined || score > current.score)) best.set(name.key, { score, matched: name.name });
  };
  const guesses: { name: Name; rough: number }[] = [];
  graph.forEachNode((key, attributes) => {
    if (type !== undefined && attributes.type !== type) return;
    for (const name of namesOf(key, attributes.label, attributes.aliases)) {
      const score = tierScore(name.folded, query) * name.factor;
      if (score > 0) offer(name, score);
      else guesses.push({ name, rough: roughSimilarity(name.folded, query) });
    }
  });
  guesses
    .filter((guess) => !best.has(guess.name.key))
    .sort((a, b) => b.rough - a.rough || compareText(a.name.key, b.name.key) || compareText(a.name.name, b.name.name))
    .slice(0, FUZZY_POOL)
    .forEach((guess) => offer(guess.name, fuzzyScore(guess.name.folded, query) * guess.name.factor));

  const hits: SearchHit[] = [...best].map(([key, { score, matched }]) => {
    const attributes = graph.getNodeAttributes(key);
    return { key, label: attributes.label, type: attributes.type, score: Math.round(score * 1000) / 1000, matched };
  });
  hits.sort((a, b) => b.score - a.score || compareLabels(a.label, b.label) || compareText(a.key, b.key));
  return hits.slice(0, limit);
}

/** The label, then each alias that folds differently from everything before it. */
function namesOf(key: string, label: string, aliases: string[]): Name[] {
  const seen = new Set<string>();
  const names: Name[] = [];
  [label, ...aliases].forEach((name, index) => {
    const folded = normalizeName(name);
    if (folded === '' || seen.has(folded)) return;
    seen.add(folded);
    names.push({ key, name, folded, factor: index === 0 ? 1 : ALIAS_FACTOR });
  });
  return names;
}
