// A phrase index over tokens: which token sequences name a known place,
// country, demonym or well-known actor. Built once from data, shared by calls.
import type { EntityType } from '../types.js';
import { tokenize } from '../segment/tokenize.js';
import { KNOWN_ENTITIES } from './lexicon/known-entities.js';
import { PLACE_ALIASES } from './lexicon/place-aliases.js';
import { CAPITAL_DISTRICT, US_STATES } from './lexicon/us-states.js';
import places from './data/places.json' with { type: 'json' };

export interface GazetteerEntry {
  /** Canonical name of what the phrase names. */
  name: string;
  type: EntityType;
  /** The phrase is an adjective or demonym pointing at `name`, not a name of it. */
  demonym: boolean;
  method: string;
  /** Population for cities, used to rank ambiguous names; countries rank highest. */
  rank: number;
  /** For a place: the country it is, or lies in ("Bonn" → "Germany"); a demonym's country. */
  country?: string;
}

export interface Gazetteer {
  /** First token text → candidate phrases (token texts) starting with it, longest first. */
  byFirstToken: Map<string, Array<{ tokens: string[]; entry: GazetteerEntry }>>;
}

let shared: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  shared ??= buildGazetteer();
  return shared;
}

function buildGazetteer(): Gazetteer {
  const index = new Map<string, Array<{ tokens: string[]; entry: GazetteerEntry }>>();
  const seen = new Set<string>();
  const add = (phrase: string, entry: GazetteerEntry) => {
    const tokens = phraseTokens(phrase);
    const first = tokens[0];
    if (!first) return;
    // The first entry for a phrase wins: known actors and countries are added before cities.
    const key = tokens.join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    const list = index.get(first);
    if (list) list.push({ tokens, entry });
    else index.set(first, [{ tokens, entry }]);
  };
  for (const known of KNOWN_ENTITIES) {
    const entry = { name: known.name, type: known.type, demonym: false, method: 'lexicon:known-entities', rank: Infinity };
    for (const phrase of [known.name, ...(known.aliases ?? [])]) add(phrase, entry);
  }
  for (const alias of PLACE_ALIASES) {
    add(alias.alias, { name: alias.name, type: 'place', demonym: alias.demonym, method: 'lexicon:place-aliases', rank: Infinity, country: alias.name });
  }
  for (const country of places.countries) {
    const entry = { name: country.name, type: 'place' as const, demonym: false, method: 'gazetteer:countries', rank: 1e12, country: country.name };
    for (const phrase of [country.name, ...country.aliases]) add(phrase, entry);
    for (const demonym of country.demonyms) {
      const adjective = { ...entry, demonym: true, method: 'gazetteer:demonyms' };
      add(demonym, adjective);
      // "Syrians", "Americans": the people of a country point to it too.
      if (/[an]$/.test(demonym)) add(`${demonym}s`, adjective);
    }
  }
  // After the countries, so "Georgia" stays the country.
  for (const state of US_STATES) {
    const entry = { name: state.name, type: 'place' as const, demonym: false, method: 'gazetteer:us-states', rank: 1e9, country: 'United States' };
    for (const phrase of [state.name, ...state.abbreviations]) add(phrase, entry);
  }
  // Before the cities: their list has one "Washington", a town in England.
  for (const phrase of [CAPITAL_DISTRICT.name, ...CAPITAL_DISTRICT.abbreviations]) {
    add(phrase, { name: CAPITAL_DISTRICT.name, type: 'place', demonym: false, method: 'gazetteer:us-capital', rank: 1e9, country: 'United States' });
  }
  // Biggest first, so a name several cities share is the biggest one's ("London" is in England, not Ontario).
  const countryByCode = new Map(places.countries.map((c) => [c.code, c.name]));
  const cities = [...(places.cities as Array<[string, string, number]>)].sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [name, code, population] of cities) {
    add(name, { name, type: 'place', demonym: false, method: 'gazetteer:cities', rank: population, country: countryByCode.get(code) });
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirstToken: index };
}

// Most names are plain words between single spaces ("New York"): the tokenizer
// would return exactly those words, so they skip it (building this index is
// paid once per process, before the first article).
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function phraseTokens(phrase: string): string[] {
  return PLAIN_WORDS.test(phrase) ? phrase.split(' ') : tokenize(phrase).map((t) => t.text);
}

/** The longest known phrase starting at token `i`, if any. */
export function matchAt(words: string[], i: number, gaz: Gazetteer = gazetteer()): { length: number; entry: GazetteerEntry } | null {
  const first = words[i];
  if (first === undefined) return null;
  for (const candidate of gaz.byFirstToken.get(first) ?? []) {
    const n = candidate.tokens.length;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = words[i + k] === candidate.tokens[k];
    if (ok) return { length: n, entry: candidate.entry };
  }
  return null;
}
