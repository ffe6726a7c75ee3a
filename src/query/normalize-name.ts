// Names from articles arrive with accents, odd spacing and punctuation
// ("Marko Marjanović", "al-Tanf", "At  Tanf"). Lookups compare this folded
// form so a user can type names the way a keyboard allows.

/**
 * Letters that Unicode does not decompose into a base letter plus a mark, so
 * NFKD alone leaves them in place. Each maps to what an English keyboard user
 * would type instead.
 */
const UNDECOMPOSABLE_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const ASCII = /^[\x00-\x7f]*$/;
const NOT_ASCII_LETTER_OR_DIGIT = /[^a-z0-9]+/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const FOLDABLE = new RegExp(`[${Object.keys(UNDECOMPOSABLE_LETTERS).join('')}]`, 'gu');

/**
 * Folds a name for comparison: compatibility decomposition, combining marks
 * removed, lower case, and every run of spaces or punctuation turned into one
 * space. `normalizeName("  Marko MARJANOVIĆ ") === "marko marjanovic"`,
 * `normalizeName("al-Tanf") === "al tanf"`.
 */
export function normalizeName(text: string): string {
  // Most names are plain ASCII; they need none of the Unicode steps, which cost ten times more.
  if (ASCII.test(text)) return text.toLowerCase().replace(NOT_ASCII_LETTER_OR_DIGIT, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => UNDECOMPOSABLE_LETTERS[letter] ?? letter)
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}
