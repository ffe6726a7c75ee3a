// Word shapes: the orthographic classes a tagger leans on for unseen words.

function charClass(code: number): string {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  const ch = String.fromCharCode(code);
  if (ch !== ch.toLowerCase()) return 'X';
  if (ch !== ch.toUpperCase()) return 'x';
  return ch;
}

/** Each character mapped to X, x, d or itself; runs longer than 4 are cut ("Xxxxx" → "Xxxxx", "Washington" → "Xxxxx"). */
export function wordShape(word: string): string {
  let out = '';
  let previous = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = charClass(word.charCodeAt(i));
    run = c === previous ? run + 1 : 1;
    previous = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Runs collapsed to one character: "Washington" → "Xx", "1996-08-22" → "d-d-d", "U.S." → "X.X.". */
export function shortShape(word: string): string {
  let out = '';
  let previous = '';
  for (let i = 0; i < word.length; i++) {
    const c = charClass(word.charCodeAt(i));
    if (c !== previous) out += c;
    previous = c;
  }
  return out;
}

export function isTitleCase(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase() && word.length > 1;
}

export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

export function startsUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

export function hasDigit(word: string): boolean {
  return /\d/.test(word);
}
