// Node-only, as the store is a file: everything an export reads from a store
// (the articles, the merge decisions, the kept picture) in one read
// transaction. Read one after the other, an `add` or a `merges` decision
// committed in between could pair the articles of one state of the store with
// the decisions or picture of another.
import type { Position } from '../graph/index.js';
import type { AliasTable } from '../resolve/across/index.js';
import type { Extraction } from '../types.js';
import { readDecisions } from './decisions.js';
import { guarded } from './failure.js';
import { loadExtractions } from './load.js';
import type { Store } from './open.js';
import { readPositions } from './positions.js';

export interface StoreSnapshot {
  extractions: Extraction[];
  /** The store's merge decisions. */
  decisions: AliasTable;
  /** The kept picture (empty when not asked for, or none kept yet). */
  kept: Map<string, Position>;
}

export function readSnapshot(store: Store, options: { positions: boolean }): StoreSnapshot {
  return guarded(store.path, () =>
    store.db
      .transaction(() => ({
        // Each reader's own transaction nests in this one (a savepoint), so all read one state.
        extractions: loadExtractions(store),
        decisions: readDecisions(store),
        kept: options.positions ? readPositions(store) : new Map<string, Position>(),
      }))
      .deferred(),
  );
}
