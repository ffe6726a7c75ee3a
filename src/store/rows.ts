// An extraction as table rows and back. Pure: the SQL lives in add.ts and
// load.ts. What comes back is the extraction that went in, less its sentences
// and decisions, which the graph does not read (relations carry their
// sentence as evidence).
import type { Doc, DocFormat, Entity, EntityType, Evidence, Extraction, Mention, MentionForm, Relation, RelationType } from '../types.js';

// The fields each table has a column for; any other field goes into `extra`.
const DOC_FIELDS = new Set(['id', 'path', 'format', 'text', 'meta', 'zones']);
const MENTION_FIELDS = new Set(['start', 'end', 'text', 'type', 'sentence', 'score', 'method', 'form', 'refersTo']);
const ENTITY_FIELDS = new Set(['key', 'label', 'type', 'aliases', 'mentions', 'merges']);
const RELATION_FIELDS = new Set(['head', 'tail', 'type', 'predicate', 'evidence', 'confidence', 'method', 'negated', 'hedged']);
const EVIDENCE_FIELDS = new Set(['doc', 'sentence', 'start', 'end', 'text']);

/** The fields of `value` that have no column, as JSON; null when there are none. */
function extraOf(value: object, columns: ReadonlySet<string>): string | null {
  const extra = Object.entries(value).filter(([field, v]) => !columns.has(field) && v !== undefined);
  return extra.length === 0 ? null : JSON.stringify(Object.fromEntries(extra));
}

/** Fields kept in `extra`, to spread after the ones read from columns (the order they were made in). */
function fromExtra(extra: string | null): Record<string, unknown> {
  return extra === null ? {} : (JSON.parse(extra) as Record<string, unknown>);
}

export interface DocumentRow {
  id: string;
  content_hash: string;
  path: string | null;
  format: string;
  meta: string;
  zones: string;
  text: string;
  extra: string | null;
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
  extra: string | null;
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
  extra: string | null;
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
  evidence_extra: string | null;
  extra: string | null;
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
      extra: extraOf(doc, DOC_FIELDS),
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
      extra: extraOf(m, MENTION_FIELDS),
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
      extra: extraOf(e, ENTITY_FIELDS),
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
    evidence_extra: extraOf(e, EVIDENCE_FIELDS),
    extra: extraOf(r, RELATION_FIELDS),
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
    ...fromExtra(row.extra),
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
    ...fromExtra(row.extra),
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
    ...fromExtra(row.extra),
  };
}

export function toRelation(row: RelationRow, doc: Doc): Relation {
  const evidence: Evidence = {
    doc: row.evidence_doc ?? doc.id,
    sentence: row.sentence,
    start: row.char_start,
    end: row.char_end,
    text: row.evidence_text ?? doc.text.slice(row.char_start, row.char_end),
    ...fromExtra(row.evidence_extra),
  };
  return {
    head: row.head,
    tail: row.tail,
    type: row.type as RelationType,
    predicate: row.predicate,
    evidence,
    confidence: row.confidence,
    method: row.method,
    ...(row.negated ? { negated: true } : {}),
    ...(row.hedged ? { hedged: true } : {}),
    ...fromExtra(row.extra),
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
