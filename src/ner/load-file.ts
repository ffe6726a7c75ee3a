// Node-only: read a saved model from disk. Everything else in src/ner is pure.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NotFoundError } from '../errors.js';
import { loadModel } from './model-format.js';
import type { NerModel } from './model.js';

/** models/ner/model.json of this package. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/ner/model.json', import.meta.url));

export function loadModelFile(path: string = DEFAULT_MODEL_PATH): NerModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new NotFoundError(`NER model "${path}" cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); train one with "newsgraph train ner"`, { cause: error });
  }
  // Buffer's native base64 decoder is several times faster than the portable one.
  return loadModel(text, { decodeBase64: (b64) => Buffer.from(b64, 'base64') });
}
