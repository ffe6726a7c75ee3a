// What `query` reads: a graph.json, or an article store (see `newsgraph add`),
// whose graph is assembled as `export` would write it, merge decisions and all,
// so a store can be asked without exporting it first.
import { closeSync, openSync, readSync } from 'node:fs';
import { assembleGraph } from '../corpus/assemble.js';
import { BadInputError } from '../errors.js';
import type { NewsGraph } from '../graph/index.js';
import { loadGraph } from '../query/index.js';
import { openStore, readSnapshot, type StoreSnapshot } from '../store/index.js';

const SQLITE_MAGIC = 'SQLite format 3\0';

export function loadQueryGraph(path: string, name: string): NewsGraph {
  if (!startsWithSqliteMagic(path)) return loadGraph(path, { name });
  const store = openStore(path);
  let snapshot: StoreSnapshot;
  try {
    // With the picture an export keeps, so a query of the store does not lay the graph out again.
    snapshot = readSnapshot(store, { positions: true });
  } finally {
    store.close();
  }
  const { extractions, decisions, kept } = snapshot;
  if (extractions.length === 0) throw new BadInputError(`${name}: the store holds no articles ("newsgraph add" adds some)`);
  return assembleGraph(extractions, { table: decisions, positions: kept }).graph;
}

/** True when the file begins like every SQLite database; a missing or unreadable file is left to loadGraph to name. */
function startsWithSqliteMagic(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.toString('latin1') === SQLITE_MAGIC;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
