// Every query that takes a name resolves it here, so "Dillon", "ryan dillon",
// "person:ryan-dillon" and "MARJANOVIC" mean the same thing everywhere.
import { NotFoundError } from '../errors.js';
import { compareText } from './compare-text.js';
import type { NewsGraph } from './graph-types.js';
import { normalizeName } from './normalize-name.js';
import { search } from './search.js';

/** How a name matched a node; lower is a stronger claim. */
const MATCH_RANK = { key: 0, label: 1, alias: 2 } as const;

const SUGGESTIONS = 3;

/**
 * The key of the node `name` refers to: its key, its label or one of its
 * aliases, compared after normalizeName. When two nodes share a name, a key
 * or label match beats an alias, then more mentions win, then the smaller
 * key. Throws NotFoundError with the closest names as suggestions.
 */
export function findEntityKey(graph: NewsGraph, name: string): string {
  if (graph.hasNode(name)) return name;
  const query = normalizeName(name);
  let best: Match | null = null;
  if (query !== '') {
    graph.forEachNode((key, attributes) => {
      let rank: number | null = null;
      if (normalizeName(key) === query) rank = MATCH_RANK.key;
      else if (normalizeName(attributes.label) === query) rank = MATCH_RANK.label;
      else if (attributes.aliases.some((alias) => normalizeName(alias) === query)) rank = MATCH_RANK.alias;
      if (rank === null) return;
      const candidate: Match = { key, rank, mentions: attributes.mentions };
      if (best === null || compareMatches(candidate, best) < 0) best = candidate;
    });
  }
  if (best !== null) return (best as Match).key;
  throw new NotFoundError(notFoundMessage(graph, name));
}

interface Match {
  key: string;
  rank: number;
  mentions: number;
}

function compareMatches(a: Match, b: Match): number {
  return a.rank - b.rank || b.mentions - a.mentions || compareText(a.key, b.key);
}

function notFoundMessage(graph: NewsGraph, name: string): string {
  const hits = search(graph, name, { limit: SUGGESTIONS });
  const asked = `no entity named ${JSON.stringify(name)} in the graph`;
  if (hits.length === 0) return `${asked}; try "search" with part of the name`;
  return `${asked}; did you mean ${hits.map((hit) => `${JSON.stringify(hit.label)} (${hit.key})`).join(', ')}?`;
}
