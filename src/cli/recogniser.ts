// The trained recogniser, when its model ships with the package. Until then
// the rules work alone.
import type { Recogniser } from '../mentions/index.js';

export async function defaultRecogniser(): Promise<Recogniser | null> {
  return null;
}
