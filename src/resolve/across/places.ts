// Which place a name is, by the gazetteer the mention finders use: two
// spellings that are both known, as different places, are not one place
// spelt two ways. Built on first use, so an export without such a pair
// never pays for the index.
import { gazetteer, matchAt, phraseTokens } from '../../mentions/gazetteer.js';

/** The gazetteer's name for a place written exactly `name` (any case); undefined when it knows none. */
export function placeName(name: string): string | undefined {
  const words = phraseTokens(name.trim());
  for (const form of [words, words.map(titleCase)]) {
    const hit = matchAt(form, 0, gazetteer());
    if (hit && hit.length === form.length && hit.entry.type === 'place' && !hit.entry.demonym) return hit.entry.name;
  }
  return undefined;
}

/** "COLOMBO" → "Colombo": headlines and datelines write places in capitals. */
const titleCase = (word: string) => (word.length > 1 && word === word.toUpperCase() ? word[0] + word.slice(1).toLowerCase() : word);
