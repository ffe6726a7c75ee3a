// Commands use the shipped recogniser unless told to run on rules alone.
import type { Recogniser } from '../mentions/index.js';
import { loadRecogniser } from '../io/recogniser.js';

export async function defaultRecogniser(rulesOnly = false): Promise<Recogniser | null> {
  return rulesOnly ? null : loadRecogniser();
}
