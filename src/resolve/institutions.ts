// "Foreign Ministry", "Parliament", "Supreme Court": every country has one,
// and news names each by the bare words. Keyed as written, the foreign
// ministries of Germany, Turkey and China became one node of a corpus, with
// all their spokesmen on it. When the article says whose body it is, the
// entity is named as news names it with its country, "German Foreign
// Ministry": the name another article's recogniser reads whole, so both are
// one node.
import type { Decision, Mention, Zone } from '../types.js';
import { gazetteer, matchAt, phraseTokens } from '../mentions/gazetteer.js';
import { PLACE_ALIASES } from '../mentions/lexicon/place-aliases.js';
import places from '../mentions/data/places.json' with { type: 'json' };

export interface CountryFinding {
  country: string;
  rule: string;
  reason: string;
}

export const COUNTRY_RULES = {
  adjacent: { id: 'institution-country-adjacent', reason: 'a country or its demonym stands right before the name ("Turkish Foreign Ministry", "Russia\'s Defence Ministry")' },
  dateline: { id: 'institution-country-dateline', reason: 'the article is datelined in that country and names no country right before the body' },
  lead: { id: 'institution-country-lead', reason: 'the first place the article names is in that country, and no other country is named as often' },
} as const;

/** What an article says of countries, read once for all its institutions (articleCountries). */
export interface ArticleCountries {
  mentions: readonly Mention[];
  text: string;
  /** Each mention's country, if it is a place the gazetteer places. */
  countries: ReadonlyArray<string | undefined>;
  /** The dateline's country, else the first place's when no other country is named as often, with its rule. */
  fallback: CountryFinding | undefined;
}

export function articleCountries(mentions: readonly Mention[], text: string, zones: readonly Zone[]): ArticleCountries {
  const countries = mentions.map(countryOf);
  return { mentions, text, countries, fallback: datelineOrLead(countries, text, zones) };
}

/**
 * The country an institution named by `own` mentions belongs to, if the
 * article says: a country right before one of its mentions, else the
 * dateline's country, else the article's first place when its country is also
 * the one named most. Undefined when the article leaves it open.
 */
export function institutionCountry(own: readonly number[], article: ArticleCountries): CountryFinding | undefined {
  const { mentions, text, countries } = article;
  for (const i of [...own].sort((a, b) => a - b)) {
    const before = previousMention(mentions, i);
    if (before === undefined || countries[before] === undefined) continue;
    if (/^\s*(?:['’]\s?s)?\s*$/u.test(text.slice(mentions[before]!.end, mentions[i]!.start))) {
      return { country: countries[before]!, ...ruleOf(COUNTRY_RULES.adjacent) };
    }
  }
  return article.fallback;
}

function datelineOrLead(countries: ReadonlyArray<string | undefined>, text: string, zones: readonly Zone[]): CountryFinding | undefined {
  const datelined = datelineCountry(text, zones);
  if (datelined !== undefined) return { country: datelined, ...ruleOf(COUNTRY_RULES.dateline) };
  const first = countries.find((c) => c !== undefined);
  if (first === undefined) return undefined;
  const votes = new Map<string, number>();
  for (const c of countries) if (c !== undefined) votes.set(c, (votes.get(c) ?? 0) + 1);
  const mine = votes.get(first)!;
  const rivals = [...votes.entries()].filter(([c, n]) => c !== first && n >= mine);
  return mine >= 2 && rivals.length === 0 ? { country: first, ...ruleOf(COUNTRY_RULES.lead) } : undefined;
}

const ruleOf = (rule: { id: string; reason: string }) => ({ rule: rule.id, reason: rule.reason });

/** The mention ending last before mention `i` starts (mentions are in text order). */
function previousMention(mentions: readonly Mention[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) if (mentions[j]!.end <= mentions[i]!.start) return j;
  return undefined;
}

/** The country of the place a dateline opens with ("KYIV, Feb 12 (AP) —", "WASHINGTON (Reuters) -"); datelines hold no mentions. */
function datelineCountry(text: string, zones: readonly Zone[]): string | undefined {
  for (const zone of zones) {
    if (zone.kind !== 'dateline') continue;
    const place = /^\s*([\p{L}][\p{L}\p{M} .'’-]*?)\s*(?:,|\(|[-–—]|$)/u.exec(text.slice(zone.start, zone.end))?.[1];
    const country = place === undefined ? undefined : countryOfName(place);
    if (country !== undefined) return country;
  }
  return undefined;
}

function countryOf(mention: Mention): string | undefined {
  return mention.type === 'place' && mention.form !== 'nominal' ? countryOfName(mention.refersTo ?? mention.text) : undefined;
}

/** The country a place is or lies in, by the gazetteer; names in capitals ("BONN") are read as "Bonn". */
function countryOfName(name: string): string | undefined {
  const words = phraseTokens(name);
  for (const form of [words, words.map(titleCase)]) {
    const hit = matchAt(form, 0, gazetteer());
    if (hit && hit.length === form.length && hit.entry.country !== undefined) return hit.entry.country;
  }
  return undefined;
}

const titleCase = (word: string) => (word.length > 1 && word === word.toUpperCase() ? word[0] + word.slice(1).toLowerCase() : word);

/** Where news puts another word before a body's name than the country's demonym. */
const NEWS_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['United States', 'US'], // "US Senate", "US Army", not "American Senate"
  ['Saudi Arabia', 'Saudi'], // "Saudi Interior Ministry"
  ['New Zealand', 'New Zealand'], // no demonym before a noun ("New Zealander Parliament")
]);

let adjectives: Map<string, string> | null = null;

/** "Foreign Ministry" of Germany → "German Foreign Ministry"; "Senate (Country)" when the country has no adjective. */
export function qualifiedName(label: string, country: string): string {
  if (!adjectives) {
    adjectives = new Map(NEWS_ADJECTIVES);
    for (const alias of PLACE_ALIASES) if (alias.demonym && !adjectives.has(alias.name)) adjectives.set(alias.name, alias.alias);
    for (const c of places.countries) if (c.demonyms[0] !== undefined && !adjectives.has(c.name)) adjectives.set(c.name, c.demonyms[0]);
  }
  const adjective = adjectives.get(country);
  return adjective === undefined ? `${label} (${country})` : `${adjective} ${label}`;
}

/** The decision a qualified name leaves in --verbose output. */
export function qualifiedDecision(label: string, finding: CountryFinding): Decision {
  return { stage: 'resolve', rule: finding.rule, message: `"${label}" → "${qualifiedName(label, finding.country)}" (${finding.country}): ${finding.reason}` };
}
