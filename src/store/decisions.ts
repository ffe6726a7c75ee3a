// Node-only, as the store is a file: the user's decisions about merges
// across articles (accept, reject, split), kept in the store beside the
// articles so `merges` and the graph read one list. The table is made the
// first time a decision is recorded; a store without it has decided nothing.
import type { Store } from './open.js';
import { guarded } from './failure.js';
import { validateAliasTable, type AliasDecision, type AliasTable } from '../resolve/across/index.js';

export const DECISIONS_TABLE = 'alias_decisions';

// `seq` keeps the order decisions were taken in: a later one about the same keys wins.
const CREATE_DECISIONS = `CREATE TABLE IF NOT EXISTS ${DECISIONS_TABLE} (
  seq INTEGER PRIMARY KEY,
  action TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'split')),
  key_a TEXT NOT NULL,
  key_b TEXT,
  note TEXT
) STRICT`;

interface DecisionRow {
  action: string;
  key_a: string;
  key_b: string | null;
  note: string | null;
}

function hasDecisions(store: Store): boolean {
  return store.db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(DECISIONS_TABLE) !== undefined;
}

/** The store's decisions as an alias table, in the order they were taken. */
export function readDecisions(store: Store): AliasTable {
  return guarded(store.path, () => {
    if (!hasDecisions(store)) return { version: 1, decisions: [] };
    const rows = store.db.prepare(`SELECT action, key_a, key_b, note FROM ${DECISIONS_TABLE} ORDER BY seq`).all() as DecisionRow[];
    const decisions = rows.map((row) => ({ action: row.action, keys: row.key_b === null ? [row.key_a] : [row.key_a, row.key_b], ...(row.note !== null ? { note: row.note } : {}) }));
    // Rows written by another tool or an older newsgraph are checked like a file.
    return validateAliasTable({ version: 1, decisions }, `${store.path} (table ${DECISIONS_TABLE})`);
  });
}

/** Appends one decision (making the table when it is the first); returns how many the store holds. */
export function recordDecision(store: Store, decision: AliasDecision): number {
  validateAliasTable({ version: 1, decisions: [decision] }, 'decision');
  return guarded(store.path, () => {
    const write = store.db.transaction(() => {
      store.db.exec(CREATE_DECISIONS);
      store.db
        .prepare(`INSERT INTO ${DECISIONS_TABLE} (action, key_a, key_b, note) VALUES (?, ?, ?, ?)`)
        .run(decision.action, decision.keys[0], decision.keys[1] ?? null, decision.note ?? null);
      return store.db.prepare(`SELECT count(*) FROM ${DECISIONS_TABLE}`).pluck().get() as number;
    });
    return write.immediate();
  });
}

/** Whether any stored article has an entity with this key. */
export function hasEntityKey(store: Store, key: string): boolean {
  return guarded(store.path, () => store.db.prepare('SELECT 1 FROM entities WHERE key = ? LIMIT 1').pluck().get(key) !== undefined);
}
