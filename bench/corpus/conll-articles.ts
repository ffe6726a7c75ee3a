// The CoNLL-2003 train documents as plain-text articles in a folder: tokens
// joined with spaces, sentences with newlines, one file per -DOCSTART-. The
// data stays outside the repository; only this recipe is kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each document's text, in file order. */
export function conllDocuments(file: string): string[] {
  const documents: string[][] = [];
  let sentences: string[] | undefined;
  let tokens: string[] = [];
  const endSentence = (): void => {
    if (tokens.length > 0) sentences?.push(tokens.join(' '));
    tokens = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const token = line.split(' ')[0] ?? '';
    if (token === '-DOCSTART-') {
      endSentence();
      sentences = [];
      documents.push(sentences);
    } else if (token.trim() === '') {
      endSentence();
    } else {
      tokens.push(token);
    }
  }
  endSentence();
  return documents.filter((d) => d.length > 0).map((d) => `${d.join('\n')}\n`);
}

/**
 * Writes `size` times the documents into `folder` and returns the count: whole
 * copies, each under its own id, or for a size under 1 that share of the
 * documents, from the first (0.25: the first quarter), so mid-sized corpora
 * are measured too.
 */
export function writeArticles(documents: readonly string[], folder: string, size: number): number {
  if (!(size > 0) || (size > 1 && !Number.isInteger(size))) throw new Error(`a size is a share below 1 or a whole number of copies, not ${size}`);
  const copies = Math.max(1, size);
  const share = size < 1 ? documents.slice(0, Math.max(1, Math.round(size * documents.length))) : documents;
  let written = 0;
  for (let copy = 1; copy <= copies; copy++) {
    share.forEach((text, n) => {
      writeFileSync(join(folder, `conll-${String(n + 1).padStart(4, '0')}-copy${copy}.txt`), text);
      written += 1;
    });
  }
  return written;
}
