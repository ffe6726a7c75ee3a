// Many articles' extractions into one graph: the one place where the
// cross-article steps (resolution across articles, the user's alias table,
// dates) meet buildGraph, so `build` and the store's `export` agree.
import { buildGraph, type GraphOptions, type NewsGraph } from '../graph/index.js';
import type { Extraction } from '../types.js';

export interface AssembleOptions extends GraphOptions {}

export interface Assembled {
  graph: NewsGraph;
}

export function assembleGraph(extractions: readonly Extraction[], options: AssembleOptions = {}): Assembled {
  return { graph: buildGraph(extractions, options) };
}
