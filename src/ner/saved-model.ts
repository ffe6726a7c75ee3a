// The checks every saved model file gets when it is read: JSON, the expected
// format and version, and the label set this code was written for.
import { BadInputError } from '../errors.js';

interface SavedHeader {
  format?: unknown;
  version?: unknown;
  labels?: unknown;
}

export interface SavedModelExpectation {
  /** Named in messages: "NER model", "relation model". */
  what: string;
  format: string;
  version: number;
  labels: readonly string[];
}

export function readSavedModel<T extends SavedHeader>(data: string | T, expected: SavedModelExpectation): T {
  let saved: T;
  try {
    saved = typeof data === 'string' ? (JSON.parse(data) as T) : data;
  } catch (error) {
    throw new BadInputError(`${expected.what}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (saved?.format !== expected.format || saved.version !== expected.version) {
    throw new BadInputError(`${expected.what}: expected format "${expected.format}" version ${expected.version}, got ${String(saved?.format)} ${String(saved?.version)}`);
  }
  const labels = Array.isArray(saved.labels) ? saved.labels.join(',') : String(saved.labels);
  if (labels !== expected.labels.join(',')) {
    throw new BadInputError(`${expected.what}: labels ${labels} differ from this code's ${expected.labels.join(',')}`);
  }
  return saved;
}
