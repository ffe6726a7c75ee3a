// The browser-safe way in: a graph from JSON text or an already-parsed value.
// Reading a file by path lives in load-graph.ts, the only Node-bound part.
import { BadInputError } from '../errors.js';
import { graphFromData } from './graph-from-data.js';
import type { NewsGraph } from './graph-types.js';
import { findJsonSyntaxProblem } from './json-error-position.js';

/** Text longer than this is refused before parsing: a graph file this big is a mistake or an attack. */
export const MAX_GRAPH_TEXT_LENGTH = 256 * 1024 * 1024;

export interface ParseGraphOptions {
  /** What messages call the input, e.g. its file path. Default "graph". */
  name?: string;
}

/**
 * Builds a graph from `graph.json` text or from the parsed object
 * `graph.export()` gives. Throws BadInputError naming the input and, for
 * text that is not JSON, the line and column where it breaks.
 */
export function parseGraph(source: string | object, options: ParseGraphOptions = {}): NewsGraph {
  const name = options.name ?? 'graph';
  if (typeof source !== 'string') return graphFromData(source, name);
  if (source.length > MAX_GRAPH_TEXT_LENGTH) {
    throw new BadInputError(`${name}: ${source.length} characters is more than the ${MAX_GRAPH_TEXT_LENGTH} a graph file may hold`);
  }
  // A byte order mark is not JSON, but editors add one; it is not worth a failure.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const where = findJsonSyntaxProblem(text);
    const detail = where
      ? `${where.problem} at line ${where.line}, column ${where.column} (position ${where.offset})`
      : 'it could not be parsed';
    throw new BadInputError(`${name}: not valid JSON: ${detail}`, { cause: error });
  }
  return graphFromData(data, name);
}
