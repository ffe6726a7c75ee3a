// Node-only: the recogniser with the model this package ships, loaded once.
import { loadModelFile } from '../ner/load-file.js';
import { modelRecogniser } from '../mentions/finders/model.js';
import type { Recogniser } from '../mentions/index.js';

const loaded = new Map<string, Recogniser>();

/** The shipped model (models/ner/model.json), or another saved with `newsgraph train ner`. */
export function loadRecogniser(modelPath?: string): Recogniser {
  const key = modelPath ?? '';
  let recogniser = loaded.get(key);
  if (!recogniser) {
    recogniser = modelRecogniser(loadModelFile(modelPath));
    loaded.set(key, recogniser);
  }
  return recogniser;
}
