// The articles' texts for the document view: documents.json (written by the
// build beside graph.json, see src/export/documents.ts), fetched the first
// time a reader opens an evidence sentence and never again, plus the
// articles read in the page itself. The file is untrusted like the graph:
// every document and mention is checked, and a bad one is left out.

export type MentionSpan = [start: number, end: number, key: string];

export interface DocumentText {
  id: string;
  title: string | null;
  date: string | null;
  text: string;
  /** Sorted by start; none overlaps the one before it. */
  mentions: MentionSpan[];
}

/** A document, or why there is none. */
export type Lookup = { found: true; document: DocumentText } | { found: false; reason: string };

const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const nullableText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** One document as the page keeps it, or null when it is not one. */
export function checkDocument(value: unknown): DocumentText | null {
  const d = record(value);
  if (typeof d.id !== 'string' || d.id === '' || typeof d.text !== 'string') return null;
  const text = d.text;
  const spans: MentionSpan[] = [];
  for (const item of Array.isArray(d.mentions) ? (d.mentions as unknown[]) : []) {
    if (!Array.isArray(item)) continue;
    const [start, end, key] = item as unknown[];
    if (!Number.isInteger(start) || !Number.isInteger(end) || typeof key !== 'string' || key === '') continue;
    if ((start as number) < 0 || (end as number) <= (start as number) || (end as number) > text.length) continue;
    spans.push([start as number, end as number, key]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  // Overlapping spans cannot both be drawn: the earlier (and at one start, the longer) stays.
  const mentions: MentionSpan[] = [];
  for (const span of spans) if (span[0] >= (mentions.at(-1)?.[1] ?? 0)) mentions.push(span);
  return { id: d.id, title: nullableText(d.title), date: nullableText(d.date), text, mentions };
}

/** The documents of a parsed documents.json by id, or null when it is not a version 1 file. */
export function checkDocumentsFile(data: unknown): Map<string, DocumentText> | null {
  const file = record(data);
  if (file.version !== 1 || !Array.isArray(file.documents)) return null;
  const documents = new Map<string, DocumentText>();
  for (const item of file.documents as unknown[]) {
    const document = checkDocument(item);
    if (document !== null && !documents.has(document.id)) documents.set(document.id, document);
  }
  return documents;
}

/** The texts the page can show: the served file's (once fetched) and the page's own articles'. */
export class DocumentLibrary {
  private source: URL | null;
  private served: Promise<Map<string, DocumentText> | string> | null = null;
  private readonly own = new Map<string, DocumentText>();

  /** `source`: where documents.json is, or null when there is none to fetch. */
  constructor(source: URL | null) {
    this.source = source;
  }

  /** An article read in the page (same shape as a documents.json entry). */
  add(value: unknown): void {
    const document = checkDocument(value);
    if (document !== null) this.own.set(document.id, document);
  }

  /** Another graph replaced the page's: its texts are not the served file's, nor the pasted articles'. */
  forget(): void {
    this.source = null;
    this.served = null;
    this.own.clear();
  }

  async get(id: string): Promise<Lookup> {
    const own = this.own.get(id);
    if (own !== undefined) return { found: true, document: own };
    if (this.source === null) return { found: false, reason: 'The article text is not available: this graph came without its documents.json.' };
    this.served ??= fetchDocuments(this.source);
    const served = await this.served;
    if (typeof served === 'string') return { found: false, reason: served };
    const document = served.get(id);
    return document === undefined ? { found: false, reason: 'The article text is not available: documents.json does not hold this article.' } : { found: true, document };
  }
}

/** The served file's documents, or a sentence saying why there are none (never throws). */
async function fetchDocuments(url: URL): Promise<Map<string, DocumentText> | string> {
  const unavailable = (why: string): string => `The article text is not available: ${why}.`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    return unavailable(`could not fetch documents.json (${(error as Error).message})`);
  }
  if (response.status === 404) return unavailable('there is no documents.json beside this graph');
  if (!response.ok) return unavailable(`could not fetch documents.json (HTTP ${response.status})`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    return unavailable('documents.json is not valid JSON');
  }
  return checkDocumentsFile(data) ?? unavailable('documents.json is not a version 1 documents file');
}
