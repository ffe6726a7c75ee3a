// Taking articles out of a store: every row of theirs goes, in one
// transaction, and nothing else. Nodes and edges that only they supported
// disappear from the next export because export rebuilds from what is left.
import type Database from 'better-sqlite3';
import { NotFoundError } from '../errors.js';
import { guarded } from './failure.js';
import type { Store } from './open.js';
import { DOCUMENT_TABLES } from './schema.js';

/** Deletes one document's rows from every table (children first, for the foreign keys). */
export function documentDeleter(db: Database.Database): (id: string) => void {
  const deletes = DOCUMENT_TABLES.map((table) => db.prepare(`DELETE FROM ${table} WHERE ${table === 'documents' ? 'id' : 'doc'} = ?`));
  return (id) => {
    for (const statement of deletes) statement.run(id);
  };
}

/**
 * Removes the articles with these ids and returns them, sorted. An id that is
 * not stored is a NotFoundError naming it, and then nothing is removed.
 */
export function removeDocuments(store: Store, ids: readonly string[]): string[] {
  const wanted = [...new Set(ids)].sort();
  return guarded(store.path, () => {
    const exists = store.db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
    const deleteDocument = documentDeleter(store.db);
    const remove = store.db.transaction(() => {
      const unknown = wanted.filter((id) => exists.get(id) === undefined);
      if (unknown.length > 0) {
        const names = unknown.map((id) => `"${id}"`).join(', ');
        throw new NotFoundError(`${store.path}: no article ${names} in this store (see the doc ids in an export's graph.json "docs")`);
      }
      for (const id of wanted) deleteDocument(id);
    });
    remove.immediate();
    return wanted;
  });
}
