// Many articles' extractions into one graph: the one place where the
// cross-article steps (resolution across articles, the user's alias table,
// dates) meet buildGraph, so `build` and the store's `export` agree.
import { buildGraph, type GraphOptions, type NewsGraph } from '../graph/index.js';
import { applyKeyMap, resolveAcross, type AcrossOptions, type CrossMerge } from '../resolve/across/index.js';
import type { Extraction } from '../types.js';

export interface AssembleOptions extends GraphOptions, AcrossOptions {
  /** Merge entity keys across articles (default true); false keeps one node per key as the articles made them. */
  acrossArticles?: boolean;
}

export interface Assembled {
  graph: NewsGraph;
  /** Merges across articles that were applied: one per key that became another node's. */
  merges: CrossMerge[];
  /** Pairs that may be one entity, listed for a person to decide, not applied. */
  uncertain: CrossMerge[];
  /**
   * Each merged key's node key (empty without merges): what turns an
   * article's own entity keys into the graph's, e.g. for documentsFile.
   */
  keyMap: ReadonlyMap<string, string>;
}

export function assembleGraph(extractions: readonly Extraction[], options: AssembleOptions = {}): Assembled {
  const { acrossArticles = true, threshold, uncertainFrom, table, ...graphOptions } = options;
  if (!acrossArticles) return { graph: buildGraph(extractions, graphOptions), merges: [], uncertain: [], keyMap: new Map() };
  const across = resolveAcross(extractions, {
    ...(threshold !== undefined ? { threshold } : {}),
    ...(uncertainFrom !== undefined ? { uncertainFrom } : {}),
    ...(table !== undefined ? { table } : {}),
  });
  return {
    graph: buildGraph(applyKeyMap(extractions, across), graphOptions),
    merges: across.merges,
    uncertain: across.uncertain,
    keyMap: across.keyMap,
  };
}
