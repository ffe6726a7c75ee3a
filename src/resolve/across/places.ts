// Which place a name is, by the place lists the mention finders use: two
// spellings that are both listed, as different places, are not one place
// spelt two ways. A plain lookup by lowercased name, read and built only when
// a corpus has two such spellings (about 25 ms then); loading the finders'
// phrase index for it cost an export about 0.1 s.
import { createRequire } from 'node:module';
import { PLACE_ALIASES } from '../../mentions/lexicon/place-aliases.js';
import { US_STATES } from '../../mentions/lexicon/us-states.js';

let byName: Map<string, string> | null = null;

/** The listed name of a place written `name` (any case: datelines write "COLOMBO"); undefined when none is listed. */
export function placeName(name: string): string | undefined {
  byName ??= buildIndex();
  return byName.get(lookupForm(name));
}

const lookupForm = (name: string) => name.trim().toLowerCase().replace(/\s{2,}/g, ' ');

interface PlaceLists {
  countries: Array<{ name: string; aliases: string[] }>;
  cities: Array<[string, string, number]>;
}

function buildIndex(): Map<string, string> {
  const places = createRequire(import.meta.url)('../../mentions/data/places.json') as PlaceLists;
  const index = new Map<string, string>();
  // First listing wins, in the finders' order: short forms, countries, states, then cities.
  const add = (form: string, name: string) => {
    const key = lookupForm(form);
    if (!index.has(key)) index.set(key, name);
  };
  for (const alias of PLACE_ALIASES) if (!alias.demonym) add(alias.alias, alias.name);
  for (const country of places.countries) for (const form of [country.name, ...country.aliases]) add(form, country.name);
  for (const state of US_STATES) for (const form of [state.name, ...state.abbreviations]) add(form, state.name);
  for (const [city] of places.cities) add(city, city);
  return index;
}
