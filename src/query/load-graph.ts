// One entry point for every way a graph arrives in Node: a path, JSON text,
// or a parsed object.
import type { NewsGraph } from './graph-types.js';
import { readGraphFile } from './load-file.js';
import { parseGraph } from './parse-graph.js';

export interface LoadGraphOptions {
  /** What messages call the input. Default: the path, or "graph" for text and objects. */
  name?: string;
}

/**
 * Loads a graph from a path to `graph.json`, from JSON text (anything whose
 * first non-space character is `{`), or from the parsed object
 * `graph.export()` gives, and checks it against the file contract.
 * Throws BadInputError (not JSON, wrong shape) or NotFoundError (no file).
 * Reads files, so it runs in Node only; browsers call `parseGraph`.
 */
export function loadGraph(source: string | object, options: LoadGraphOptions = {}): NewsGraph {
  if (typeof source === 'string' && !source.trimStart().startsWith('{')) {
    const name = options.name ?? source;
    return parseGraph(readGraphFile(source, name), { name });
  }
  return parseGraph(source, options.name === undefined ? {} : { name: options.name });
}
