// Comparison forms of names. Two names that normalise alike are the same name.
import { corporateCore } from '../mentions/lexicon/cues.js';

/** Case-, accent- and punctuation-insensitive form: "Marko Marjanović" → "marko marjanovic". */
export function foldName(name: string): string {
  let folded = FOLDED.get(name);
  if (folded === undefined) {
    folded = name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/['’ʼʻ`]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    // Names recur within and across articles; the cache starts over rather than grow without end.
    if (FOLDED.size >= MAX_FOLDED) FOLDED.clear();
    FOLDED.set(name, folded);
  }
  return folded;
}

const FOLDED = new Map<string, string>();
const MAX_FOLDED = 100_000;

/** Node key slug: "Ryan Dillon" → "ryan-dillon". Never empty. */
export function slugify(name: string): string {
  const slug = foldName(name).replace(/\s+/g, '-');
  return slug === '' ? 'unnamed' : slug;
}

const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
const POSSESSIVE = /['’]s?$/;
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central|upper|lower)\s+/i;

/** "the Pentagon's" → "Pentagon". */
export function stripDeterminers(name: string): string {
  return name.replace(LEADING_ARTICLE, '').replace(POSSESSIVE, '').trim();
}

/** "southern Syria" → "Syria"; returns null when there is no regional qualifier. */
export function stripRegionalQualifier(name: string): string | null {
  const stripped = name.replace(COMPASS, '');
  return stripped !== name && stripped.length > 0 ? stripped : null;
}

const ARABIC_ARTICLE = /^(?:al|el|at|as|ad|ash|az|an|ar|ez|es)[\s-]+/;

/** A folded word without its Arabic article ("al-abadi" → "abadi"); the word itself when it has none. */
export function withoutArabicArticle(folded: string): string {
  return folded.replace(ARABIC_ARTICLE, '');
}

/** "At Tanf", "al-Tanf", "Al Tanf" → "tanf": transliterations of one Arabic name. */
export function arabicCore(name: string): string {
  return foldName(name).replace(ARABIC_ARTICLE, '').replace(/\s+/g, ' ');
}

/** Content words, for matching reordered forms. */
export function contentWords(name: string): string[] {
  return foldName(name)
    .split(' ')
    .filter((w) => w.length > 0 && !['of', 'the', 'for', 'and', 'de', 'la', 'le'].includes(w));
}

/** Initials of a multiword name: "Free Syrian Army" → "FSA"; "Islamic State of Iraq and Syria" → "ISIS". */
export function initials(name: string): string[] {
  const words = foldName(name).split(' ').filter(Boolean);
  const all = words.map((w) => w[0]).join('').toUpperCase();
  const content = contentWords(name).map((w) => w[0]).join('').toUpperCase();
  // "General Electric Co" is GE: a legal form is no part of a company's acronym.
  const core = corporateCore(name);
  const company = core === null ? '' : contentWords(core).map((w) => w[0]).join('').toUpperCase();
  return [...new Set(company.length >= 2 ? [all, content, company] : [all, content])];
}
