// documents.json: each article's text with every mention of a graph entity,
// so the viewer can open the article an evidence sentence comes from and
// show where each name is. graph.json holds only the sentences; this file,
// written beside it, holds the whole texts. Pure and browser-safe.
//
// Offsets are UTF-16 indexes into the document's normalised text (Doc.text),
// the same text that evidence `start`/`end` slice. Keys are the graph's node
// keys: pass the key map of the merge across articles (Assembled.keyMap).
import type { Extraction } from '../types.js';

export const DOCUMENTS_FILE = 'documents.json';
export const DOCUMENTS_VERSION = 1;

/** Where a mention is and which node it names: [start, end, entity key]. */
export type DocumentMention = [start: number, end: number, key: string];

export interface DocumentEntry {
  id: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD), or null when the article has none. */
  date: string | null;
  text: string;
  /** Sorted by start, then end, then key; each span once per key. */
  mentions: DocumentMention[];
}

export interface DocumentsFile {
  version: typeof DOCUMENTS_VERSION;
  /** Sorted by id; one entry per id (the first article given with it). */
  documents: DocumentEntry[];
}

/**
 * The documents file of a set of extractions. Each entity's mentions are
 * listed under its key, mapped through `keyMap` (merged key → node key).
 * An entity index that points past the extraction's mentions is skipped.
 */
export function documentsFile(extractions: readonly Extraction[], keyMap: ReadonlyMap<string, string> = new Map()): DocumentsFile {
  const ordered = [...extractions].sort((a, b) => compareText(a.doc.id, b.doc.id));
  const documents: DocumentEntry[] = [];
  for (const extraction of ordered) {
    if (documents.at(-1)?.id === extraction.doc.id) continue;
    documents.push(documentEntry(extraction, keyMap));
  }
  return { version: DOCUMENTS_VERSION, documents };
}

/** One article's entry; the viewer builds the same for an article pasted into the page. */
export function documentEntry(extraction: Extraction, keyMap: ReadonlyMap<string, string> = new Map()): DocumentEntry {
  const { doc } = extraction;
  const seen = new Set<string>();
  const mentions: DocumentMention[] = [];
  for (const entity of extraction.entities) {
    const key = keyMap.get(entity.key) ?? entity.key;
    for (const index of entity.mentions) {
      const mention = extraction.mentions[index];
      if (mention === undefined) continue;
      const id = `${mention.start}:${mention.end}:${key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      mentions.push([mention.start, mention.end, key]);
    }
  }
  mentions.sort((a, b) => a[0] - b[0] || a[1] - b[1] || compareText(a[2], b[2]));
  return { id: doc.id, title: doc.meta.title ?? null, date: doc.meta.date ?? null, text: doc.text, mentions };
}

/**
 * The file's text: one document per line, so a diff shows which article
 * changed, without the indentation that would double the mentions' size.
 * Same file, same bytes.
 */
export function toDocumentsJSON(file: DocumentsFile): string {
  return documentsJSONOfLines(file.version, file.documents.map(documentLine));
}

/** One document's line of documents.json. */
export function documentLine(d: DocumentEntry): string {
  return JSON.stringify({ id: d.id, title: d.title, date: d.date, text: d.text, mentions: d.mentions.map(([start, end, key]) => [start, end, key]) });
}

/** The file's text around its document lines (documentLine), in id order. */
export function documentsJSONOfLines(version: number, lines: readonly string[]): string {
  return `{"version":${JSON.stringify(version)},"documents":[${lines.length === 0 ? '' : `\n${lines.join(',\n')}\n`}]}\n`;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
