// Node-only: the relation model and the CoNLL04 entity model this package
// ships under models/re/, or others given by path.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NotFoundError } from '../errors.js';
import { loadModelFile } from '../ner/load-file.js';
import type { NerModel } from '../ner/model.js';
import { loadRelationModel } from './model-format.js';
import type { RelationModel } from './model.js';

export const DEFAULT_RE_MODEL_PATH = fileURLToPath(new URL('../../models/re/model.json', import.meta.url));
/** The recogniser trained on CoNLL04's own entity annotation (titles inside names, an "Other" class). */
export const DEFAULT_RE_NER_MODEL_PATH = fileURLToPath(new URL('../../models/re/ner.json', import.meta.url));

export function loadRelationModelFile(path: string = DEFAULT_RE_MODEL_PATH): RelationModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new NotFoundError(`relation model "${path}" cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); train one with scripts/train-re.ts`, { cause: error });
  }
  return loadRelationModel(text);
}

export function loadEntityModelFile(path: string = DEFAULT_RE_NER_MODEL_PATH): NerModel {
  return loadModelFile(path);
}
