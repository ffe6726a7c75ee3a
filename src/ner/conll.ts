// CoNLL column files: token first, NER tag last; "-DOCSTART-" lines separate
// documents and blank lines separate sentences. Pure, so tests and browsers
// can parse text they already hold.
import { toIob2 } from './tags.js';

export interface ConllSentence {
  tokens: string[];
  /** IOB2 tags from the last column; empty when the file has one column. */
  tags: string[];
  /** Index of each token's line in the input, to write predictions back in place. */
  lines: number[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

export interface ConllFile {
  lines: string[];
  documents: ConllDocument[];
}

export function isDocStart(line: string): boolean {
  return line.startsWith('-DOCSTART-');
}

export function parseConll(text: string): ConllFile {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const documents: ConllDocument[] = [];
  let document: ConllDocument | undefined;
  let sentence: ConllSentence | undefined;
  const closeSentence = (): void => {
    if (sentence && sentence.tokens.length > 0) {
      sentence.tags = sentence.tags.length === sentence.tokens.length ? toIob2(sentence.tags) : [];
      if (!document) {
        document = { sentences: [] };
        documents.push(document);
      }
      document.sentences.push(sentence);
    }
    sentence = undefined;
  };
  lines.forEach((line, index) => {
    if (isDocStart(line)) {
      closeSentence();
      document = { sentences: [] };
      documents.push(document);
      return;
    }
    const columns = line.trim().split(/\s+/);
    const token = columns[0];
    if (token === undefined || token === '') {
      closeSentence();
      return;
    }
    sentence ??= { tokens: [], tags: [], lines: [] };
    sentence.tokens.push(token);
    sentence.lines.push(index);
    if (columns.length > 1) sentence.tags.push(columns[columns.length - 1] ?? 'O');
  });
  closeSentence();
  return { lines, documents: documents.filter((d) => d.sentences.length > 0) };
}

/** The input lines with one more column on token lines; other lines kept as they were. */
export function appendTagColumn(file: ConllFile, predicted: string[][][]): string {
  const extra = new Map<number, string>();
  file.documents.forEach((document, d) =>
    document.sentences.forEach((sentence, s) =>
      sentence.lines.forEach((line, t) => extra.set(line, predicted[d]?.[s]?.[t] ?? 'O')),
    ),
  );
  const out = file.lines.map((line, index) => {
    const tag = extra.get(index);
    return tag === undefined ? line : `${line.replace(/\s+$/, '')} ${tag}`;
  });
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
