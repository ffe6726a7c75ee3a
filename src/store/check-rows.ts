// What a store's rows must hold before an export trusts them. newsgraph
// writes them right, but a store is a file: another tool, a hand edit or a
// damaged disk can leave a JSON column that does not parse, a mention outside
// its text or a relation to an entity its article does not have. Read as they
// are, those gave an internal error with a stack, or an invented node (a
// relation's unknown end became a "document"). Each is now named, with where
// it is, as a damaged store.
import { BadInputError } from '../errors.js';
import { documentKey } from '../relations/metadata.js';
import { ENTITY_TYPES, RELATION_TYPES, type Extraction } from '../types.js';
import { fromRows, type ExtractionRows } from './rows.js';

const ADVICE = 'restore it from a copy, or make a new store and add the articles again';

/** The JSON columns of each table, in the order they are read. */
const JSON_COLUMNS = {
  documents: ['meta', 'zones', 'extra'],
  mentions: ['extra'],
  entities: ['aliases', 'mentions', 'merges', 'extra'],
  relations: ['evidence_extra', 'extra'],
} as const;

/** fromRows, refusing rows that could not have been written by newsgraph. */
export function checkedExtraction(rows: ExtractionRows, storePath: string): Extraction {
  let extraction: Extraction;
  try {
    extraction = fromRows(rows);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw damaged(storePath, badJson(rows) ?? `document "${rows.document.id}": a JSON column does not parse`);
  }
  const problem = problemIn(extraction);
  if (problem !== null) throw damaged(storePath, `document "${rows.document.id}": ${problem}`);
  return extraction;
}

/** The error for a store whose rows newsgraph could not have written; `where` says what and where. */
export function damaged(storePath: string, where: string): BadInputError {
  return new BadInputError(`${storePath}: is damaged (${where}); ${ADVICE}`);
}

/** The first JSON column that does not parse, said with its table, row and column. */
function badJson(rows: ExtractionRows): string | null {
  const tables: Array<[keyof typeof JSON_COLUMNS, Array<Record<string, unknown>>]> = [
    ['documents', [rows.document as unknown as Record<string, unknown>]],
    ['mentions', rows.mentions as unknown as Array<Record<string, unknown>>],
    ['entities', rows.entities as unknown as Array<Record<string, unknown>>],
    ['relations', rows.relations as unknown as Array<Record<string, unknown>>],
  ];
  for (const [table, list] of tables) {
    for (const row of list) {
      for (const column of JSON_COLUMNS[table]) {
        const value = row[column];
        if (typeof value !== 'string') continue;
        try {
          JSON.parse(value);
        } catch {
          const at = table === 'documents' ? `document "${rows.document.id}"` : `document "${rows.document.id}", ${table} row ${String(row['idx'])}`;
          return `${at}: column ${column} is not valid JSON`;
        }
      }
    }
  }
  return null;
}

const entityTypes = new Set<string>(ENTITY_TYPES);
const relationTypes = new Set<string>(RELATION_TYPES);
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown, length: number) => Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;

/** What is wrong with a stored extraction, in words; null when nothing is. */
function problemIn({ doc, mentions, entities, relations }: Extraction): string | null {
  if (typeof doc.text !== 'string' || !isObject(doc.meta) || !Array.isArray(doc.zones)) return 'its metadata or zones are not what newsgraph writes';
  const length = doc.text.length;
  for (const [idx, m] of mentions.entries()) {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end <= m.start || m.end > length) {
      return `mention ${idx} spans ${m.start}..${m.end}, outside its ${length}-character text`;
    }
    if (!entityTypes.has(m.type)) return `mention ${idx} has the unknown type ${JSON.stringify(m.type)}`;
  }
  const keys = new Set<string>([documentKey(doc)]);
  for (const [idx, e] of entities.entries()) {
    if (typeof e.key !== 'string' || e.key === '' || !entityTypes.has(e.type)) return `entity ${idx} has no key or an unknown type`;
    if (!Array.isArray(e.aliases) || !e.aliases.every((alias) => typeof alias === 'string')) return `entity ${idx} (${e.key}) has aliases that are not a list of names`;
    if (!Array.isArray(e.mentions) || !e.mentions.every((i) => isIndex(i, mentions.length))) return `entity ${idx} (${e.key}) points at mentions the article does not have`;
    if (!Array.isArray(e.merges)) return `entity ${idx} (${e.key}) has merges that are not a list`;
    keys.add(e.key);
  }
  for (const [idx, r] of relations.entries()) {
    if (!keys.has(r.head) || !keys.has(r.tail)) return `relation ${idx} joins ${JSON.stringify(r.head)} and ${JSON.stringify(r.tail)}, not both entities of the article`;
    if (!relationTypes.has(r.type)) return `relation ${idx} has the unknown type ${JSON.stringify(r.type)}`;
    if (!(Number.isFinite(r.confidence) && r.confidence >= 0 && r.confidence <= 1)) return `relation ${idx} has the confidence ${r.confidence}, not a number from 0 to 1`;
    const { start, end } = r.evidence;
    const within = r.evidence.doc !== doc.id || end <= length;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || !within) {
      return `relation ${idx} has its evidence at ${start}..${end}, outside its ${length}-character text`;
    }
  }
  return null;
}
