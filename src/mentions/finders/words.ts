// Small predicates over token text shared by the finders.
import { NAME_CONNECTORS } from '../lexicon/cues.js';

/** Starts with a capital letter, or is an Arabic-article name part ("al-Tanf", "ez-Zor"). */
export function isCapitalised(word: string): boolean {
  // Most words start with an ASCII letter: settled without a regular
  // expression, except a lower-case a, b, e or i, which may begin "al-", "bin-" or "eBay".
  const first = word.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a) return true;
  if (first >= 0x61 && first <= 0x7a && first !== 0x61 && first !== 0x62 && first !== 0x65 && first !== 0x69) return false;
  return (
    /^\p{Lu}/u.test(word) ||
    /^(?:al|el|ad|as|at|az|ash|ez|es|ibn|bin)-\p{Lu}/u.test(word) ||
    /^[ie]\p{Lu}\p{Ll}/u.test(word) // brand names: "iRobot", "eBay"
  );
}

export function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(word) || /^(?:\p{Lu}\.){2,4}$/u.test(word);
}

export function isConnector(word: string): boolean {
  return NAME_CONNECTORS.has(word);
}

/** "Ryan", "Marjanović", "O'Brien", "Al-Assad": looks like part of a personal name. */
export function isNameLike(word: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u.test(word);
}

/** Most words of the sentence are capitalised: a headline in title case. */
export function isTitleCase(words: string[]): boolean {
  const letters = words.filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (letters.length < 3) return false;
  return letters.filter((w) => /^\p{Lu}/u.test(w)).length / letters.length >= 0.7;
}
