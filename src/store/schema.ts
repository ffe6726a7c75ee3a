// The store's tables. A store is one SQLite file holding every added
// article's extraction, so `export` can rebuild the graph from what is stored
// without extracting again. Each row belongs to one document (`doc`), which is
// what lets `remove` take out exactly one article's rows.
//
// The file is marked twice in its header: `application_id` says it is a
// newsgraph store at all, `user_version` which layout it has. A change to the
// tables below is a new STORE_VERSION.

/** "NGST" as a 32-bit integer: SQLite's application_id for a newsgraph store. */
export const STORE_APPLICATION_ID = 0x4e475354;

/** The table layout this code reads and writes. */
export const STORE_VERSION = 1;

/**
 * Run in one transaction when a store is created. Every table has an `extra`
 * column: a JSON object of the fields its type gained after this layout
 * (NULL when there are none), so a field added to a Mention or an Evidence
 * survives the round trip before it earns a column of its own.
 */
export const CREATE_TABLES: readonly string[] = [
  // `meta` and `zones` are JSON; `content_hash` (of the normalised text) is
  // unique, so one text is stored once whatever file it came from.
  `CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     content_hash TEXT NOT NULL UNIQUE,
     path TEXT,
     format TEXT NOT NULL,
     meta TEXT NOT NULL,
     zones TEXT NOT NULL,
     text TEXT NOT NULL,
     extra TEXT
   ) STRICT`,
  // `idx` keeps each list in extraction order: entities point at mentions by
  // index, and the graph folds a relation's confidences in order.
  `CREATE TABLE mentions (
     doc TEXT NOT NULL REFERENCES documents(id),
     idx INTEGER NOT NULL,
     char_start INTEGER NOT NULL,
     char_end INTEGER NOT NULL,
     text TEXT NOT NULL,
     type TEXT NOT NULL,
     sentence INTEGER NOT NULL,
     score REAL NOT NULL,
     method TEXT NOT NULL,
     form TEXT NOT NULL,
     refers_to TEXT,
     extra TEXT,
     PRIMARY KEY (doc, idx)
   ) STRICT, WITHOUT ROWID`,
  // `aliases`, `mentions` (indexes into the document's mentions) and `merges` are JSON.
  `CREATE TABLE entities (
     doc TEXT NOT NULL REFERENCES documents(id),
     idx INTEGER NOT NULL,
     key TEXT NOT NULL,
     label TEXT NOT NULL,
     type TEXT NOT NULL,
     aliases TEXT NOT NULL,
     mentions TEXT NOT NULL,
     merges TEXT NOT NULL,
     extra TEXT,
     PRIMARY KEY (doc, idx)
   ) STRICT, WITHOUT ROWID`,
  // A relation and its one evidence sentence. `evidence_doc` and
  // `evidence_text` are NULL when they are the owning document and the
  // sentence's own stretch of its text, as the extractor always makes them:
  // co-occurrences are most of the rows, and the sentence would otherwise be
  // stored once per pair in it.
  `CREATE TABLE relations (
     doc TEXT NOT NULL REFERENCES documents(id),
     idx INTEGER NOT NULL,
     head TEXT NOT NULL,
     tail TEXT NOT NULL,
     type TEXT NOT NULL,
     predicate TEXT NOT NULL,
     evidence_doc TEXT,
     sentence INTEGER NOT NULL,
     char_start INTEGER NOT NULL,
     char_end INTEGER NOT NULL,
     evidence_text TEXT,
     confidence REAL NOT NULL,
     method TEXT NOT NULL,
     negated INTEGER NOT NULL,
     hedged INTEGER NOT NULL,
     evidence_extra TEXT,
     extra TEXT,
     PRIMARY KEY (doc, idx)
   ) STRICT, WITHOUT ROWID`,
];

/** Tables whose rows belong to a document, children before the documents table. */
export const DOCUMENT_TABLES = ['mentions', 'entities', 'relations', 'documents'] as const;
