// Everything a store holds, back as extractions for assembleGraph. Rows come
// ordered by document id and position, so the result depends only on which
// articles are stored, never on when or in what order they were added.
import type Database from 'better-sqlite3';
import { checkedExtraction, damaged } from './check-rows.js';
import { guarded } from './failure.js';
import type { Store } from './open.js';
import { type DocumentRow, type EntityRow, type ExtractionRows, type MentionRow, type RelationRow } from './rows.js';
import type { Extraction } from '../types.js';

// Rows are read as plain arrays (better-sqlite3's raw mode) and named here,
// each table by its own object literal: that takes less than half the time
// of having the driver name them, and reading is most of what an export of
// a thousand stored articles spends outside the graph.
type Values = unknown[];

const DOCUMENTS = {
  sql: 'SELECT id, content_hash, path, format, meta, zones, text, extra FROM documents ORDER BY id',
  row: (v: Values): DocumentRow => ({
    id: v[0] as string, content_hash: v[1] as string, path: v[2] as string | null, format: v[3] as string,
    meta: v[4] as string, zones: v[5] as string, text: v[6] as string, extra: v[7] as string | null,
  }),
};

const MENTIONS = {
  sql: 'SELECT doc, idx, char_start, char_end, text, type, sentence, score, method, form, refers_to, extra FROM mentions ORDER BY doc, idx',
  row: (v: Values): MentionRow => ({
    doc: v[0] as string, idx: v[1] as number, char_start: v[2] as number, char_end: v[3] as number, text: v[4] as string,
    type: v[5] as string, sentence: v[6] as number, score: v[7] as number, method: v[8] as string, form: v[9] as string,
    refers_to: v[10] as string | null, extra: v[11] as string | null,
  }),
};

const ENTITIES = {
  sql: 'SELECT doc, idx, key, label, type, aliases, mentions, merges, extra FROM entities ORDER BY doc, idx',
  row: (v: Values): EntityRow => ({
    doc: v[0] as string, idx: v[1] as number, key: v[2] as string, label: v[3] as string, type: v[4] as string,
    aliases: v[5] as string, mentions: v[6] as string, merges: v[7] as string, extra: v[8] as string | null,
  }),
};

const RELATIONS = {
  sql:
    'SELECT doc, idx, head, tail, type, predicate, evidence_doc, sentence, char_start, char_end, evidence_text, confidence, method, negated, hedged, ' +
    'evidence_extra, extra ' +
    'FROM relations ORDER BY doc, idx',
  row: (v: Values): RelationRow => ({
    doc: v[0] as string, idx: v[1] as number, head: v[2] as string, tail: v[3] as string, type: v[4] as string,
    predicate: v[5] as string, evidence_doc: v[6] as string | null, sentence: v[7] as number, char_start: v[8] as number,
    char_end: v[9] as number, evidence_text: v[10] as string | null, confidence: v[11] as number, method: v[12] as string,
    negated: v[13] as number, hedged: v[14] as number, evidence_extra: v[15] as string | null, extra: v[16] as string | null,
  }),
};

function readRows<Row>(db: Database.Database, table: { sql: string; row: (values: Values) => Row }, ids?: readonly string[]): Row[] {
  if (ids === undefined) return (db.prepare(table.sql).raw().all() as Values[]).map(table.row);
  // Only these articles' rows: the same statement with the ids as a JSON list.
  const column = table === DOCUMENTS ? 'id' : 'doc';
  const sql = table.sql.replace(/ ORDER BY /, ` WHERE ${column} IN (SELECT value FROM json_each(?)) ORDER BY `);
  return (db.prepare(sql).raw().all(JSON.stringify(ids)) as Values[]).map(table.row);
}

/** The stored extractions, by document id; with `ids`, only those articles (ids not stored are left out). */
export function loadExtractions(store: Store, ids?: readonly string[]): Extraction[] {
  return guarded(store.path, () => {
    const { db } = store;
    // One read transaction, so a concurrent add is seen whole or not at all.
    const read = db.transaction(() => {
      const byDoc = new Map<string, ExtractionRows>();
      for (const document of readRows(db, DOCUMENTS, ids)) {
        byDoc.set(document.id, { document, mentions: [], entities: [], relations: [] });
      }
      const rowsOf = (doc: string): ExtractionRows => {
        const rows = byDoc.get(doc);
        if (rows === undefined) throw damaged(store.path, `rows of a document "${doc}" that the store does not hold`);
        return rows;
      };
      for (const row of readRows(db, MENTIONS, ids)) rowsOf(row.doc).mentions.push(row);
      for (const row of readRows(db, ENTITIES, ids)) rowsOf(row.doc).entities.push(row);
      for (const row of readRows(db, RELATIONS, ids)) rowsOf(row.doc).relations.push(row);
      return [...byDoc.values()];
    });
    return read.deferred().map((rows) => checkedExtraction(rows, store.path));
  });
}

/** The stored articles' ids, sorted. */
export function storedIds(store: Store): string[] {
  return guarded(store.path, () => store.db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[]);
}

/** Each stored article's id and content hash, by id: what tells a copy of the store in memory which articles changed. */
export function storedHashes(store: Store): Map<string, string> {
  return guarded(store.path, () => new Map(store.db.prepare('SELECT id, content_hash FROM documents ORDER BY id').raw().all() as Array<[string, string]>));
}

/** The ids of the stored articles read from the file at `path` (none when no article came from it). */
export function idsReadFrom(store: Store, path: string): string[] {
  return guarded(store.path, () => store.db.prepare('SELECT id FROM documents WHERE path = ? ORDER BY id').pluck().all(path) as string[]);
}
