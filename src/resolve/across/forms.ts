// Comparison forms for names seen in different articles. Each form answers
// one question: same letters without dots and spaces? an acronym? the same
// consonants, as transliterations of one name usually keep?
import { arabicCore, foldName } from '../normalise.js';

/** "U.S." and "US" → "us"; "Al Qaeda" and "AlQaeda" → "alqaeda". */
export function compactForm(name: string): string {
  return foldName(name).replace(/\s+/g, '');
}

/** An acronym as written ("SDF", "U.S.") → its letters ("SDF", "US"); null when the name is no acronym. */
export function acronymLetters(name: string): string | null {
  return /^(?:[A-Z]{2,6}|(?:[A-Z]\.){1,5}[A-Z]\.?)$/.test(name) ? name.replace(/\./g, '') : null;
}


// "al"/"el" in any spelling; the other assimilated forms only hyphenated ("as-Sham"):
// capitalised "At", "As", "An" open English phrases that a recogniser may keep ("At Colchester").
const ARABIC_ARTICLE = /(?:^|\s)(?:(?:al|el)[\s-]|(?:at|as|ad|ash|az|an|ar|ez|es)-)\p{L}/iu;

/** A word of the name is an Arabic article ("al-Qaeda", "Abu Bakr el Zawahiry", "ash-Sham"). */
export function hasArabicArticle(name: string): boolean {
  return ARABIC_ARTICLE.test(name.trim());
}

/**
 * The consonant outline of a name, word by word, with any leading Arabic
 * article dropped, doubled letters single and each run of vowels one mark:
 * "Al-Qaeda" and "al Qaida" → "q*d*"; "Hussein" and "Husayn" → "h*s*n".
 */
export function consonantSkeleton(name: string): string {
  return outline(singleLetters(arabicCore(name)));
}

/** "mullally" → "mulaly": doubled letters as one. */
function singleLetters(folded: string): string {
  let out = '';
  for (const ch of folded) if (ch !== out[out.length - 1]) out += ch;
  return out;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function outline(word: string): string {
  let out = '';
  for (const ch of word) {
    if (!VOWELS.has(ch)) out += ch;
    else if (out[out.length - 1] !== '*') out += '*';
  }
  return out;
}

/** How many consonants the outline keeps: short outlines match too many names to mean anything. */
export function skeletonConsonants(skeleton: string): number {
  return skeleton.replace(/[*\s]/g, '').length;
}


/** Every comparison form of one name, computed once per distinct name in a run. */
export interface NameForms {
  text: string;
  folded: string;
  compact: string;
  /** Acronym letters when the name is an acronym ("U.S." → "US"), else null. */
  letters: string | null;
  /** Acronyms a multiword name shortens to. */
  acronyms: string[];
  multiword: boolean;
  skeleton: string;
  consonants: number;
  arabicArticle: boolean;
  /** arabicCore with doubled letters made single: the spelling that transliterations vary. */
  core: string;
  surname: string;
}

export function nameForms(text: string): NameForms {
  const folded = foldName(text);
  // foldName is idempotent: the other forms start from the folded name, folded once.
  const core = singleLetters(arabicCore(folded));
  const skeleton = outline(core);
  const words = folded.split(' ');
  const multiword = words.length > 1;
  return {
    text,
    folded,
    compact: words.join(''),
    letters: acronymLetters(text),
    acronyms: multiword ? initialsOfWords(words) : [],
    multiword,
    skeleton,
    consonants: skeletonConsonants(skeleton),
    arabicArticle: hasArabicArticle(text),
    core,
    surname: words[words.length - 1] ?? '',
  };
}

// As `initials` in ../normalise.ts: all words, and the content words only.
const FUNCTION_WORDS = new Set(['of', 'the', 'for', 'and', 'de', 'la', 'le']);

function initialsOfWords(words: string[]): string[] {
  const all = words.map((w) => w[0]).join('').toUpperCase();
  const content = words.filter((w) => !FUNCTION_WORDS.has(w)).map((w) => w[0]).join('').toUpperCase();
  return (all === content ? [all] : [all, content]).filter((a) => a.length >= 2);
}

/** Makes `nameForms` once per distinct name. */
export function formsCache(): (text: string) => NameForms {
  const cache = new Map<string, NameForms>();
  return (text) => {
    let forms = cache.get(text);
    if (!forms) {
      forms = nameForms(text);
      cache.set(text, forms);
    }
    return forms;
  };
}

/** Edits (insert, delete, substitute) between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
