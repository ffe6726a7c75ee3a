// Finding nodes by a name the user half remembers.
import type { NodeType } from '../types.js';
import { compareLabels, compareText } from './compare-text.js';
import type { NewsGraph } from './graph-types.js';
import { nameScore } from './name-score.js';
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

/**
 * Fuzzy search over labels and aliases, accent- and case-insensitive.
 * Exact matches rank first, then prefixes, whole words, word prefixes, and
 * near spellings (edit distance and trigram similarity). Ordered by score,
 * then label, then key, so the same graph and text always give the same list.
 */
export function search(graph: NewsGraph, text: string, options: SearchOptions = {}): SearchHit[] {
  const limit = checkInteger(options.limit ?? SEARCH_DEFAULTS.limit, 1, 'search: limit');
  const type = checkNodeType(options.type, 'search');
  const query = normalizeName(text);
  if (query === '') return [];
  const hits: SearchHit[] = [];
  graph.forEachNode((key, attributes) => {
    if (type !== undefined && attributes.type !== type) return;
    let best = nameScore(normalizeName(attributes.label), query);
    let matched = attributes.label;
    for (const alias of attributes.aliases) {
      const score = nameScore(normalizeName(alias), query) * ALIAS_FACTOR;
      if (score > best) {
        best = score;
        matched = alias;
      }
    }
    if (best > 0) hits.push({ key, label: attributes.label, type: attributes.type, score: Math.round(best * 1000) / 1000, matched });
  });
  hits.sort((a, b) => b.score - a.score || compareLabels(a.label, b.label) || compareText(a.key, b.key));
  return hits.slice(0, limit);
}
