// Merge rules, in the order they are tried. Each says why two clusters of
// mentions name one thing; `resolve` records the rule id and reason. A rule
// files every cluster under index keys and looks clusters up by lookup keys,
// so only likely pairs are tested: resolution stays near-linear on long texts.
import type { EntityType } from '../types.js';
import { MILITARY_SYNONYMS, NAME_PARTICLES, corporateCore } from '../mentions/lexicon/cues.js';
import { matchAt } from '../mentions/gazetteer.js';
import { arabicCore, contentWords, foldName, initials, stripRegionalQualifier, withoutArabicArticle } from './normalise.js';

export interface Cluster {
  type: EntityType;
  /** Canonical name from a gazetteer or lexicon, if any mention had one. */
  canonical: string | null;
  /** Surface forms with how often and where (mention index) each was first seen. */
  forms: Map<string, { count: number; first: number }>;
  /** The forms without articles, and their folded comparison forms (kept in step with `forms`). */
  names: string[];
  folded: string[];
}

export interface MergeRule {
  id: string;
  reason: string;
  /** Keys under which other clusters may find this one. */
  index: (c: Cluster) => string[];
  /** Keys this cluster looks up to find clusters it may join. */
  lookup: (c: Cluster) => string[];
  /** True when `small` names the same thing as `big` (checked on looked-up pairs only). */
  test: (small: Cluster, big: Cluster) => boolean;
  /** The merged entity's type when the rule settles it (a legal-form suffix says organisation). */
  settlesType?: EntityType;
  /** The short name never names the merged entity, however often it is used ("Salomon Brothers", not "Salomon"). */
  keepsFullName?: boolean;
}

const isMulti = (s: string) => s.includes(' ');
const multiFolded = (c: Cluster) => c.folded.filter(isMulti);
const canonicalKey = (c: Cluster) => (c.canonical === null ? [] : [foldName(c.canonical)]);

export const MERGE_RULES: readonly MergeRule[] = [
  {
    id: 'same-canonical',
    reason: 'a gazetteer or lexicon gives both the same canonical name',
    // Also a name equal to the other's canonical name: "Syria" and "Syrian" (canonical Syria).
    index: canonicalKey,
    lookup: (c) => (c.canonical === null ? c.folded : canonicalKey(c)),
    test: (a, b) =>
      b.canonical !== null && (a.canonical === b.canonical || (a.canonical === null && a.folded.includes(foldName(b.canonical)))),
  },
  {
    id: 'same-folded-form',
    reason: 'the names differ only in case, accents, articles or punctuation',
    index: (c) => c.folded,
    lookup: (c) => c.folded,
    test: (a, b) => a.folded.some((x) => b.folded.includes(x)),
  },
  {
    id: 'corporate-name',
    reason: 'a company named without its legal form ("Amazon" after "Amazon.com Inc"), which also settles its type',
    index: (c) => (c.type === 'organisation' ? corporateCores(c) : []),
    lookup: (c) => c.folded,
    test: (a, b) => b.type === 'organisation' && corporateCores(b).some((core) => a.folded.includes(core)),
    settlesType: 'organisation',
  },
  {
    id: 'regional-qualifier',
    reason: 'a regional qualifier ("southern Syria") names a part of the place, folded into it',
    index: (c) => (c.type === 'place' ? [...c.folded, ...canonicalKey(c)] : []),
    lookup: (c) => (c.type === 'place' ? qualifierCores(c) : []),
    test: (a, b) => qualifierCores(a).some((core) => b.folded.includes(core) || canonicalKey(b).includes(core)),
  },
  {
    id: 'surname',
    reason: 'a single name equal to the last, first or (in a name of four or more) a middle name of a person named in full',
    index: (c) => (c.type === 'person' ? multiFolded(c).flatMap((n) => nameEnds(n)) : []),
    lookup: (c) => (c.type === 'person' && !c.folded.some(isMulti) ? c.folded : []),
    test: (a, b) => a.type === 'person' && !a.folded.some(isMulti) && multiFolded(b).some((n) => nameEnds(n).some((end) => a.folded.includes(end))),
  },
  {
    id: 'short-organisation-name',
    reason: 'a single name equal to the first word of one organisation named in full ("Spirit" after "Spirit AeroSystems")',
    index: (c) => (c.type === 'organisation' ? multiFolded(c).flatMap(leadingWord) : []),
    lookup: (c) => (c.type === 'organisation' && !c.folded.some(isMulti) ? c.folded : []),
    test: (a, b) => a.type === 'organisation' && b.type === 'organisation' && !a.folded.some(isMulti) && multiFolded(b).some((n) => leadingWord(n).some((w) => a.folded.includes(w))),
    keepsFullName: true,
  },
  {
    id: 'transliteration',
    reason: 'spellings of one Arabic name that differ in the article ("At Tanf" / "al-Tanf")',
    index: (c) => arabicCores(c),
    lookup: (c) => arabicCores(c),
    test: (a, b) => arabicCores(a).some((x) => arabicCores(b).includes(x)),
  },
  {
    id: 'military-synonym',
    reason: '"<country> forces", "<country> troops" and "<country> military" name one armed force',
    index: (c) => forceOwners(c),
    lookup: (c) => forceOwners(c),
    test: (a, b) => a.type === 'organisation' && a.folded.some((x) => b.folded.some((y) => sameForce(x, y))),
  },
  {
    id: 'derived-form',
    reason: 'the same words reordered or derived ("Revolutionary Commandos" / "Commandos of the Revolution")',
    index: (c) => stemSignatures(c),
    lookup: (c) => stemSignatures(c),
    test: (a, b) => multiFolded(a).some((x) => multiFolded(b).some((y) => sameStems(x, y))),
  },
  {
    id: 'acronym',
    reason: 'an acronym made of the initials of the other name',
    index: (c) => c.names.filter(isMulti).flatMap(initials),
    lookup: (c) => c.names.filter((n) => /^[A-Z]{2,6}$/.test(n)),
    test: (a, b) => a.names.some((x) => /^[A-Z]{2,6}$/.test(x) && b.names.some((y) => isMulti(y) && initials(y).includes(x))),
  },
];

/**
 * First words that say what kind of body a name is, or whose it is, rather
 * than which one: "National Guard" is never called "National", nor "Turkish
 * Airlines" "Turkish". A short name is only looked for after other first words.
 */
const GENERIC_FIRST_WORDS: ReadonlySet<string> = new Set([
  'national', 'general', 'united', 'international', 'royal', 'federal', 'central', 'democratic', 'republican', 'new',
  'first', 'global', 'islamic', 'social', 'free', 'popular', 'supreme', 'state', 'public', 'civil', 'special', 'financial',
  'world', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'great', 'grand', 'foreign',
  'interior', 'defence', 'defense', 'justice', 'health', 'home', 'security', 'human', 'higher', 'high', 'independent',
  'liberal', 'labour', 'labor', 'progressive', 'revolutionary', 'patriotic', 'people', 'peoples', 'american', 'european',
  'african', 'asian', 'arab', 'the', 'air', 'army', 'navy', 'bank', 'union', 'ministry', 'council', 'court', 'university',
  // Common nouns that open many names and stand alone as words: "Port strike spreads" is not the port authority.
  'port', 'city', 'county', 'district', 'police', 'fire', 'power', 'water', 'energy', 'trade', 'press', 'media', 'news',
  'farm', 'farmers', 'workers', 'transport', 'party', 'capital', 'market', 'stock', 'oil', 'gas', 'steel', 'food', 'school',
]);

/** "spirit aerosystems" → ["spirit"]: the first word of a name of two to four words, when it can stand for the name. */
function leadingWord(folded: string): string[] {
  const words = folded.split(' ');
  const first = words[0]!;
  return words.length >= 2 && words.length <= 4 && first.length >= 4 && !GENERIC_FIRST_WORDS.has(first) && !isKnownPlaceOrPeople(first) ? [first] : [];
}

/** "alaska", "turkish": a place or a demonym the gazetteer knows; "Alaska Airlines" is not "Alaska". */
function isKnownPlaceOrPeople(folded: string): boolean {
  return matchAt([folded[0]!.toUpperCase() + folded.slice(1)], 0) !== null;
}

function corporateCores(c: Cluster): string[] {
  return c.names.map(corporateCore).filter((core): core is string => core !== null).map(foldName);
}

function qualifierCores(c: Cluster): string[] {
  return c.names.map(stripRegionalQualifier).filter((core): core is string => core !== null).map(foldName);
}

/** A full name's first and last name, and the last without its Arabic article ("haider al-abadi" → haider, al-abadi, abadi). */
function nameEnds(folded: string): string[] {
  const parts = folded.split(' ');
  const last = parts[parts.length - 1]!;
  const bare = withoutArabicArticle(last);
  const ends = bare !== last && bare.length >= 3 ? [parts[0]!, last, bare] : [parts[0]!, last];
  // The middle names of a name of four or more ("luiz inacio lula da silva" → lula), as the mention stage finds them.
  const names = parts.filter((p) => !NAME_PARTICLES.has(p));
  if (names.length >= 4) ends.push(...names.slice(1, -1).filter((p) => p.length >= 3));
  return ends;
}


function arabicCores(c: Cluster): string[] {
  return c.names.map(arabicCore).filter((core) => core.length >= 3);
}

function splitForce(folded: string): { owner: string; tail: string } | null {
  const words = folded.split(' ');
  for (const width of [2, 1]) {
    const tail = words.slice(-width).join(' ');
    if (words.length > width && MILITARY_SYNONYMS.has(tail)) return { owner: words.slice(0, -width).join(' '), tail };
  }
  return null;
}

function forceOwners(c: Cluster): string[] {
  if (c.type !== 'organisation') return [];
  return c.folded.map(splitForce).filter((s): s is { owner: string; tail: string } => s !== null).map((s) => s.owner);
}

function sameForce(x: string, y: string): boolean {
  const a = splitForce(x);
  const b = splitForce(y);
  return a !== null && b !== null && a.owner === b.owner && a.tail !== b.tail;
}

/** Words cut to five letters and sorted: reordered and derived forms share it. */
function stemSignatures(c: Cluster): string[] {
  return c.names.filter(isMulti).map((n) => contentWords(n).map((w) => w.slice(0, 5)).sort().join(' '));
}

/** Each content word of one matches a distinct word of the other by a shared stem of five letters or more. */
function sameStems(x: string, y: string): boolean {
  const a = contentWords(x);
  const b = contentWords(y);
  if (a.length !== b.length || a.length < 2) return false;
  if (a.join(' ') === b.join(' ')) return false; // identical order: same-folded-form covers it
  const free = [...b];
  for (const word of a) {
    const k = free.findIndex((w) => stemMatch(word, w));
    if (k < 0) return false;
    free.splice(k, 1);
  }
  return true;
}

function stemMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  let common = 0;
  while (common < n && a[common] === b[common]) common++;
  return common >= Math.max(5, n - 2);
}
