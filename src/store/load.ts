// Everything a store holds, back as extractions for assembleGraph. Rows come
// ordered by document id and position, so the result depends only on which
// articles are stored, never on when or in what order they were added.
import { guarded } from './failure.js';
import type { Store } from './open.js';
import { fromRows, type DocumentRow, type EntityRow, type ExtractionRows, type MentionRow, type RelationRow } from './rows.js';
import type { Extraction } from '../types.js';

export function loadExtractions(store: Store): Extraction[] {
  return guarded(store.path, () => {
    const { db } = store;
    // One read transaction, so a concurrent add is seen whole or not at all.
    const read = db.transaction(() => {
      const byDoc = new Map<string, ExtractionRows>();
      for (const document of db.prepare('SELECT * FROM documents ORDER BY id').all() as DocumentRow[]) {
        byDoc.set(document.id, { document, mentions: [], entities: [], relations: [] });
      }
      const rowsOf = (doc: string): ExtractionRows => byDoc.get(doc)!;
      for (const row of db.prepare('SELECT * FROM mentions ORDER BY doc, idx').all() as MentionRow[]) rowsOf(row.doc).mentions.push(row);
      for (const row of db.prepare('SELECT * FROM entities ORDER BY doc, idx').all() as EntityRow[]) rowsOf(row.doc).entities.push(row);
      for (const row of db.prepare('SELECT * FROM relations ORDER BY doc, idx').all() as RelationRow[]) rowsOf(row.doc).relations.push(row);
      return [...byDoc.values()];
    });
    return read.deferred().map(fromRows);
  });
}

/** The stored articles' ids, sorted. */
export function storedIds(store: Store): string[] {
  return guarded(store.path, () => store.db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[]);
}
