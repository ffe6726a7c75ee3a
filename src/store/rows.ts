// An extraction as table rows and back. Pure: the SQL lives in add.ts and
// load.ts. What comes back is the extraction that went in, less its sentences
// and decisions, which the graph does not read (relations carry their
// sentence as evidence).
import type { Doc, DocFormat, Entity, EntityType, Extraction, Mention, MentionForm, Relation, RelationType } from '../types.js';

export interface DocumentRow {
  id: string;
  content_hash: string;
  path: string | null;
  format: string;
  meta: string;
  zones: string;
  text: string;
}

export interface MentionRow {
  doc: string;
  idx: number;
  char_start: number;
  char_end: number;
  text: string;
  type: string;
  sentence: number;
  score: number;
  method: string;
  form: string;
  refers_to: string | null;
}

export interface EntityRow {
  doc: string;
  idx: number;
  key: string;
  label: string;
  type: string;
  aliases: string;
  mentions: string;
  merges: string;
}

export interface RelationRow {
  doc: string;
  idx: number;
  head: string;
  tail: string;
  type: string;
  predicate: string;
  evidence_doc: string | null;
  sentence: number;
  char_start: number;
  char_end: number;
  evidence_text: string | null;
  confidence: number;
  method: string;
  negated: number;
  hedged: number;
}

export interface ExtractionRows {
  document: DocumentRow;
  mentions: MentionRow[];
  entities: EntityRow[];
  relations: RelationRow[];
}

export function toRows(extraction: Extraction, contentHash: string): ExtractionRows {
  const { doc } = extraction;
  return {
    document: {
      id: doc.id,
      content_hash: contentHash,
      path: doc.path ?? null,
      format: doc.format,
      meta: JSON.stringify(doc.meta),
      zones: JSON.stringify(doc.zones),
      text: doc.text,
    },
    mentions: extraction.mentions.map((m, idx) => ({
      doc: doc.id,
      idx,
      char_start: m.start,
      char_end: m.end,
      text: m.text,
      type: m.type,
      sentence: m.sentence,
      score: m.score,
      method: m.method,
      form: m.form,
      refers_to: m.refersTo ?? null,
    })),
    entities: extraction.entities.map((e, idx) => ({
      doc: doc.id,
      idx,
      key: e.key,
      label: e.label,
      type: e.type,
      aliases: JSON.stringify(e.aliases),
      mentions: JSON.stringify(e.mentions),
      merges: JSON.stringify(e.merges),
    })),
    relations: extraction.relations.map((r, idx) => relationRow(doc, r, idx)),
  };
}

function relationRow(doc: Doc, r: Relation, idx: number): RelationRow {
  const e = r.evidence;
  return {
    doc: doc.id,
    idx,
    head: r.head,
    tail: r.tail,
    type: r.type,
    predicate: r.predicate,
    evidence_doc: e.doc === doc.id ? null : e.doc,
    sentence: e.sentence,
    char_start: e.start,
    char_end: e.end,
    evidence_text: e.text === doc.text.slice(e.start, e.end) ? null : e.text,
    confidence: r.confidence,
    method: r.method,
    negated: r.negated ? 1 : 0,
    hedged: r.hedged ? 1 : 0,
  };
}

export function toDoc(row: DocumentRow): Doc {
  return {
    id: row.id,
    ...(row.path === null ? {} : { path: row.path }),
    format: row.format as DocFormat,
    text: row.text,
    meta: JSON.parse(row.meta) as Doc['meta'],
    zones: JSON.parse(row.zones) as Doc['zones'],
  };
}

export function toMention(row: MentionRow): Mention {
  return {
    start: row.char_start,
    end: row.char_end,
    text: row.text,
    type: row.type as EntityType,
    sentence: row.sentence,
    score: row.score,
    method: row.method,
    form: row.form as MentionForm,
    ...(row.refers_to === null ? {} : { refersTo: row.refers_to }),
  };
}

export function toEntity(row: EntityRow): Entity {
  return {
    key: row.key,
    label: row.label,
    type: row.type as EntityType,
    aliases: JSON.parse(row.aliases) as string[],
    mentions: JSON.parse(row.mentions) as number[],
    merges: JSON.parse(row.merges) as Entity['merges'],
  };
}

export function toRelation(row: RelationRow, doc: Doc): Relation {
  return {
    head: row.head,
    tail: row.tail,
    type: row.type as RelationType,
    predicate: row.predicate,
    evidence: {
      doc: row.evidence_doc ?? doc.id,
      sentence: row.sentence,
      start: row.char_start,
      end: row.char_end,
      text: row.evidence_text ?? doc.text.slice(row.char_start, row.char_end),
    },
    confidence: row.confidence,
    method: row.method,
    ...(row.negated ? { negated: true } : {}),
    ...(row.hedged ? { hedged: true } : {}),
  };
}

/** An extraction without sentences and decisions, from its rows. */
export function fromRows(rows: ExtractionRows): Extraction {
  const doc = toDoc(rows.document);
  return {
    doc,
    sentences: [],
    mentions: rows.mentions.map(toMention),
    entities: rows.entities.map(toEntity),
    relations: rows.relations.map((r) => toRelation(r, doc)),
    decisions: [],
  };
}
