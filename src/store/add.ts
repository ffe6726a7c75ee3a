// Adding extracted articles to a store. An article is known by the hash of
// its text: the same text again changes nothing, new text under a stored id
// replaces that article's rows. A whole add is one transaction, so a failure
// or a crash half-way leaves the store as it was.
import type Database from 'better-sqlite3';
import type { Doc, Extraction } from '../types.js';
import { guarded } from './failure.js';
import { contentHash } from './hash.js';
import type { Store } from './open.js';
import { documentDeleter } from './remove.js';
import { toRows, type ExtractionRows } from './rows.js';

export type AddStatus = 'added' | 'replaced' | 'unchanged';

export interface AddOutcome {
  id: string;
  status: AddStatus;
  /** For `unchanged`: the stored article with this text (another id when the same text came from another file). */
  storedAs?: string;
}

export interface AddOptions {
  /**
   * Called inside the transaction after each article's rows are written.
   * Whatever it throws undoes the whole add: tests use it to fail mid-write.
   */
  afterArticle?: (id: string) => void;
}

interface Lookup {
  idOfHash: (hash: string) => string | undefined;
  hasId: (id: string) => boolean;
}

function classify(lookup: Lookup, id: string, hash: string): AddOutcome {
  const storedAs = lookup.idOfHash(hash);
  if (storedAs !== undefined) return { id, status: 'unchanged', storedAs };
  return { id, status: lookup.hasId(id) ? 'replaced' : 'added' };
}

function storeLookup(db: Database.Database): Lookup {
  const byHash = db.prepare('SELECT id FROM documents WHERE content_hash = ?').pluck();
  const byId = db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
  return { idOfHash: (hash) => byHash.get(hash) as string | undefined, hasId: (id) => byId.get(id) !== undefined };
}

/**
 * What adding these articles would do, without writing: `add` extracts only
 * the ones that are not `unchanged`. Articles earlier in the list count as
 * stored for later ones, as they will be when written.
 */
export function planAdd(store: Store, docs: readonly Doc[]): AddOutcome[] {
  return guarded(store.path, () => {
    const stored = storeLookup(store.db);
    const hashes = new Map<string, string>();
    const ids = new Set<string>();
    const lookup: Lookup = {
      idOfHash: (hash) => hashes.get(hash) ?? stored.idOfHash(hash),
      hasId: (id) => ids.has(id) || stored.hasId(id),
    };
    return docs.map((doc) => {
      const hash = contentHash(doc.text);
      const outcome = classify(lookup, doc.id, hash);
      if (outcome.status !== 'unchanged') {
        hashes.set(hash, doc.id);
        ids.add(doc.id);
      }
      return outcome;
    });
  });
}

/** Inserts one article's rows (its document row first); the caller holds the transaction. */
export function rowsWriter(db: Database.Database): (rows: ExtractionRows) => void {
  const insertDocument = db.prepare('INSERT INTO documents VALUES (@id, @content_hash, @path, @format, @meta, @zones, @text, @extra)');
  const insertMention = db.prepare(
    'INSERT INTO mentions VALUES (@doc, @idx, @char_start, @char_end, @text, @type, @sentence, @score, @method, @form, @refers_to, @extra)',
  );
  const insertEntity = db.prepare('INSERT INTO entities VALUES (@doc, @idx, @key, @label, @type, @aliases, @mentions, @merges, @extra)');
  const insertRelation = db.prepare(
    'INSERT INTO relations VALUES (@doc, @idx, @head, @tail, @type, @predicate, @evidence_doc, @sentence, @char_start, @char_end, ' +
      '@evidence_text, @confidence, @method, @negated, @hedged, @evidence_extra, @extra)',
  );
  return (rows) => {
    insertDocument.run(rows.document);
    for (const row of rows.mentions) insertMention.run(row);
    for (const row of rows.entities) insertEntity.run(row);
    for (const row of rows.relations) insertRelation.run(row);
  };
}

/** Writes the extractions in one transaction and says what happened to each, in input order. */
export function addExtractions(store: Store, extractions: readonly Extraction[], options: AddOptions = {}): AddOutcome[] {
  return guarded(store.path, () => {
    const { db } = store;
    const lookup = storeLookup(db);
    const deleteDocument = documentDeleter(db);
    const writeRows = rowsWriter(db);
    const write = db.transaction(() =>
      extractions.map((extraction) => {
        const hash = contentHash(extraction.doc.text);
        const outcome = classify(lookup, extraction.doc.id, hash);
        if (outcome.status === 'unchanged') return outcome;
        if (outcome.status === 'replaced') deleteDocument(extraction.doc.id);
        writeRows(toRows(extraction, hash));
        options.afterArticle?.(extraction.doc.id);
        return outcome;
      }),
    );
    // IMMEDIATE takes the write lock first, so two adds queue instead of failing half-way.
    return write.immediate();
  });
}
