// Node-only: CoNLL files from disk as training documents.
import { readFileSync } from 'node:fs';
import { BadInputError, NotFoundError } from '../errors.js';
import { parseConll, type ConllFile } from './conll.js';
import type { TrainingDocument } from './train.js';

export function readConllFile(path: string): ConllFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new NotFoundError(`CoNLL file "${path}" cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
  return parseConll(text);
}

/** Documents with gold tags; every token line must have a tag column. */
export function readTrainingDocuments(path: string): TrainingDocument[] {
  const file = readConllFile(path);
  return file.documents.map((document) => ({
    sentences: document.sentences.map((s) => s.tokens),
    tags: document.sentences.map((s) => {
      if (s.tags.length !== s.tokens.length) {
        throw new BadInputError(`CoNLL file "${path}": the sentence at line ${(s.lines[0] ?? 0) + 1} has tokens without a tag column`);
      }
      return s.tags;
    }),
  }));
}
