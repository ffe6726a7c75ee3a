// Splits text into tokens the way CoNLL-2003 does, so the trained recogniser
// sees what it was trained on: hyphenated words stay whole ("al-Tanf",
// "ISIS-held"), possessive "'s" and "n't" are split off, and abbreviations keep
// their full stop ("Col.", "U.S.").
import type { Token } from '../types.js';
import { NON_FINAL_ABBREVIATIONS } from './abbreviations.js';

// A word: letters, marks and digits, with inner hyphens, apostrophes, full
// stops and ampersands joining parts ("O'Brien", "AT&T", "3.5", "U.S").
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*/uy;
const ELLIPSIS = /\.{3}|…/y;
const DASHES = /-{2,}|[–—]/y;
const SPACE = /\s+/uy;

const CLITIC = /^(.+?)(['’][sS]|n['’]t)$/u;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let at = start;
  while (at < end) {
    const matched =
      skip(SPACE, text, at) ??
      take(ELLIPSIS, text, at) ??
      take(DASHES, text, at) ??
      take(WORD, text, at);
    if (matched === null) {
      // Any other character (punctuation, symbol, emoji) is a token of its own;
      // a surrogate pair stays together.
      const code = text.codePointAt(at) ?? 0;
      const width = code > 0xffff ? 2 : 1;
      tokens.push({ text: text.slice(at, at + width), start: at, end: at + width });
      at += width;
      continue;
    }
    const [kind, stop] = matched;
    if (kind === 'word') at = pushWord(tokens, text, at, Math.min(stop, end), end);
    else {
      if (kind === 'token') tokens.push({ text: text.slice(at, stop), start: at, end: stop });
      at = stop;
    }
  }
  return tokens;
}

type Match = ['space' | 'token' | 'word', number];

function skip(pattern: RegExp, text: string, at: number): Match | null {
  pattern.lastIndex = at;
  return pattern.test(text) ? ['space', pattern.lastIndex] : null;
}

function take(pattern: RegExp, text: string, at: number): Match | null {
  pattern.lastIndex = at;
  if (!pattern.test(text)) return null;
  return [pattern === WORD ? 'word' : 'token', pattern.lastIndex];
}

/** Pushes the word's token(s) and returns where the next token starts. */
function pushWord(tokens: Token[], text: string, start: number, end: number, limit: number): number {
  let word = text.slice(start, end);
  let stop = end;
  // Keep the full stop of an abbreviation or initial with the word: "Col.", "U.S.", "J.".
  if (stop < limit && text[stop] === '.' && isAbbreviation(word)) {
    word += '.';
    stop += 1;
  }
  const clitic = CLITIC.exec(word);
  if (clitic && clitic[1] && clitic[2]) {
    const split = start + clitic[1].length;
    tokens.push({ text: clitic[1], start, end: split });
    tokens.push({ text: clitic[2], start: split, end: stop });
    return stop;
  }
  tokens.push({ text: word, start, end: stop });
  return stop;
}

export function isAbbreviation(word: string): boolean {
  if (NON_FINAL_ABBREVIATIONS.has(word)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  return /^(?:\p{L}\.)+\p{L}$/u.test(word); // "U.S", "e.g" (the final stop follows)
}
