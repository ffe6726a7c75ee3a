// Node-only: read a SpERT JSON file, with errors that name it.
import { readFileSync } from 'node:fs';
import { NotFoundError } from '../errors.js';
import { parseSpert, type SpertSentence } from './spert.js';

export function readSpertFile(path: string): SpertSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new NotFoundError(`SpERT file "${path}" cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
  return parseSpert(text, path);
}
