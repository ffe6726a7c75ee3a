// Node-only, as the store is a file: the picture of the corpus, kept between
// exports. The first export lays the whole graph out and keeps every node's
// position; later ones give known nodes the same place and lay out only the
// new (src/graph/place.ts), so the picture stays put as articles arrive and
// a one-article update does not pay for a full layout. The table is made on
// the first export; a store without it has no picture yet.
//
// Kept positions never move except by `export --relayout`. That is what makes
// "add an article, export, remove it, export" give the first export's bytes:
// the article's own nodes come and go, nobody else moves.
import type { Position } from '../graph/index.js';
import { guarded } from './failure.js';
import type { Store } from './open.js';

export const POSITIONS_TABLE = 'layout_positions';

const CREATE_POSITIONS = `CREATE TABLE IF NOT EXISTS ${POSITIONS_TABLE} (
  key TEXT PRIMARY KEY,
  x REAL NOT NULL,
  y REAL NOT NULL
) STRICT, WITHOUT ROWID`;

function hasPositions(store: Store): boolean {
  return store.db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(POSITIONS_TABLE) !== undefined;
}

/** The kept positions by node key (empty when the store has none yet). */
export function readPositions(store: Store): Map<string, Position> {
  return guarded(store.path, () => {
    if (!hasPositions(store)) return new Map();
    const rows = store.db.prepare(`SELECT key, x, y FROM ${POSITIONS_TABLE}`).raw().all() as Array<[string, number, number]>;
    // A position that is not a finite number (a store edited by hand) is dropped: the node is placed afresh.
    return new Map(rows.filter(([, x, y]) => Number.isFinite(x) && Number.isFinite(y)).map(([key, x, y]) => [key, { x, y }]));
  });
}

export interface SavePositionsOptions {
  /** Replace every kept position (a fresh layout) instead of only adding the new ones. */
  replace?: boolean;
  /**
   * Keys whose positions stay kept though they are not in this graph: the
   * stored articles' own entity and document keys. An entity merged into
   * another today may stand apart tomorrow (its merging article removed, or
   * a merge split) and then finds its old place.
   */
  alsoLive?: Iterable<string>;
}

/**
 * Keeps the positions of `positions` not kept yet (all of them with
 * `replace`), and drops those of keys neither in `positions` nor in
 * `alsoLive`: nodes whose articles are gone. One transaction. Returns how
 * many positions were added and dropped.
 */
export function savePositions(
  store: Store,
  positions: ReadonlyMap<string, Position>,
  options: SavePositionsOptions = {},
): { added: number; dropped: number } {
  return guarded(store.path, () => {
    const live = new Set<string>(positions.keys());
    for (const key of options.alsoLive ?? []) live.add(key);
    const save = store.db.transaction(() => {
      store.db.exec(CREATE_POSITIONS);
      if (options.replace) store.db.exec(`DELETE FROM ${POSITIONS_TABLE}`);
      const insert = store.db.prepare(`INSERT OR IGNORE INTO ${POSITIONS_TABLE} (key, x, y) VALUES (?, ?, ?)`);
      let added = 0;
      for (const [key, { x, y }] of positions) added += insert.run(key, x, y).changes;
      const kept = store.db.prepare(`SELECT key FROM ${POSITIONS_TABLE}`).pluck().all() as string[];
      const drop = store.db.prepare(`DELETE FROM ${POSITIONS_TABLE} WHERE key = ?`);
      let dropped = 0;
      for (const key of kept) if (!live.has(key)) dropped += drop.run(key).changes;
      return { added, dropped };
    });
    return save.immediate();
  });
}
