// Extracting stored articles again. A store keeps each article's extraction
// as the version that added it made it; after an upgrade, `refresh` runs the
// current extractor over the stored text and replaces the rows of articles
// whose extraction changed. Articles whose rows come out the same are not
// touched, and all replacements are one transaction.
import type { Extraction } from '../types.js';
import { rowsWriter } from './add.js';
import { guarded } from './failure.js';
import { contentHash } from './hash.js';
import type { Store } from './open.js';
import { documentDeleter } from './remove.js';
import { toRows } from './rows.js';

/** `gone`: the article was removed or its text replaced while it was being extracted; it is left to that change. */
export type RefreshStatus = 'refreshed' | 'unchanged' | 'gone';

export interface RefreshOutcome {
  id: string;
  status: RefreshStatus;
}

export interface RefreshPair {
  /** The article as the store held it when it was read. */
  stored: Extraction;
  /** The same article's text extracted again by this version. */
  fresh: Extraction;
}

/** Replaces the rows of every article whose fresh extraction differs from the stored one; says what happened to each, in input order. */
export function refreshExtractions(store: Store, pairs: readonly RefreshPair[]): RefreshOutcome[] {
  return guarded(store.path, () => {
    const { db } = store;
    const hashOf = db.prepare('SELECT content_hash FROM documents WHERE id = ?').pluck();
    const deleteDocument = documentDeleter(db);
    const writeRows = rowsWriter(db);
    const write = db.transaction(() =>
      pairs.map(({ stored, fresh }): RefreshOutcome => {
        const id = stored.doc.id;
        const hash = contentHash(stored.doc.text);
        if (fresh.doc.id !== id || contentHash(fresh.doc.text) !== hash) throw new Error(`refresh: the fresh extraction of "${id}" is not of its stored text`);
        // Compared as the rows they would be: what the store would hold either way.
        const rows = toRows(fresh, hash);
        if (JSON.stringify(rows) === JSON.stringify(toRows(stored, hash))) return { id, status: 'unchanged' };
        if (hashOf.get(id) !== hash) return { id, status: 'gone' };
        deleteDocument(id);
        writeRows(rows);
        return { id, status: 'refreshed' };
      }),
    );
    // IMMEDIATE, as for add: a concurrent add waits instead of failing half-way.
    return write.immediate();
  });
}
