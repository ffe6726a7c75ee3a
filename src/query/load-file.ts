// The one part of the query API that touches the file system. Browser code
// imports parseGraph instead.
import { readFileSync, statSync } from 'node:fs';
import { BadInputError, NotFoundError } from '../errors.js';
import { MAX_GRAPH_TEXT_LENGTH } from './parse-graph.js';

/**
 * Reads a graph file as text. A missing file is a NotFoundError; a folder or
 * a file too large to be a graph is a BadInputError. The size is checked
 * before reading, so a huge file is refused without being loaded.
 */
export function readGraphFile(path: string, name = path): string {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new BadInputError(`${name}: is not a file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new NotFoundError(`${name}: no such file`, { cause: error });
    throw new BadInputError(`${name}: cannot be read (${code ?? String(error)})`, { cause: error });
  }
  // UTF-8 needs at least one byte per UTF-16 unit, so this bounds the text length too.
  if (size > MAX_GRAPH_TEXT_LENGTH) {
    throw new BadInputError(`${name}: ${size} bytes is more than the ${MAX_GRAPH_TEXT_LENGTH} a graph file may hold`);
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new BadInputError(`${name}: cannot be read (${(error as { code?: string }).code ?? String(error)})`, { cause: error });
  }
}
