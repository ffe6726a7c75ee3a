// XML 1.0 text that any parser accepts. Article text carries whatever the web
// put in it (control characters, broken surrogate pairs from cut strings), and
// one such character makes the whole file malformed, so every string passes
// through here on its way into an XML export.

// Code units XML 1.0 forbids outright: C0 controls but tab, LF and CR, and the
// noncharacters U+FFFE and U+FFFF. They carry no text, so they are dropped.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// A surrogate without its partner stood for a real character that was cut in
// half; U+FFFD keeps a visible trace of it instead of silently closing the gap.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Any code unit cleanXmlCharacters might change (surrogates included, paired or
// not): most strings hold none, and are then returned as they are.
const MAYBE_UNCLEAN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function cleanXmlCharacters(text: string): string {
  if (!MAYBE_UNCLEAN.test(text)) return text;
  return text.replace(FORBIDDEN_CHARACTERS, '').replace(LONE_SURROGATES, '\uFFFD');
}

// Exports escape millions of strings (ids, labels, every evidence JSON), so
// escaping is one test for the common clean string and one pass otherwise.
const TEXT_SPECIAL = /[&<>"'\r]/;
const ATTRIBUTE_SPECIAL = /[&<>"'\r\t\n]/;

// Each special character with its reference, `&` first so that no reference
// is escaped again. Tab and LF only inside attributes: a parser also turns
// raw tab and LF into spaces there (attribute-value normalisation). A raw CR
// would be turned into LF by every parser (end-of-line handling).
type Step = readonly [character: string, pattern: RegExp, reference: string];
const TEXT_STEPS: readonly Step[] = [
  ['&', /&/g, '&amp;'],
  ['<', /</g, '&lt;'],
  ['>', />/g, '&gt;'],
  ['"', /"/g, '&quot;'],
  ["'", /'/g, '&apos;'],
  ['\r', /\r/g, '&#13;'],
];
const ATTRIBUTE_STEPS: readonly Step[] = [...TEXT_STEPS, ['\t', /\t/g, '&#9;'], ['\n', /\n/g, '&#10;']];

// One native search per character, and a native replace only for those
// present: about twice as fast as a loop over code units on the JSON of an
// edge's evidence, which holds a quote every few characters.
function escapeMarkup(text: string, steps: readonly Step[]): string {
  let out = text;
  for (const [character, pattern, reference] of steps) if (out.includes(character)) out = out.replace(pattern, reference);
  return out;
}

/** Escapes text for element content (`<description>…</description>`). */
export function escapeXmlText(text: string): string {
  const clean = cleanXmlCharacters(text);
  return TEXT_SPECIAL.test(clean) ? escapeMarkup(clean, TEXT_STEPS) : clean;
}

/** Escapes text for an attribute value written between double quotes. */
export function escapeXmlAttribute(text: string): string {
  const clean = cleanXmlCharacters(text);
  return ATTRIBUTE_SPECIAL.test(clean) ? escapeMarkup(clean, ATTRIBUTE_STEPS) : clean;
}

/** `name="value"` pairs, escaped, in the order given; undefined values are left out. */
export function xmlAttributes(pairs: ReadonlyArray<readonly [string, string | undefined]>): string {
  let out = '';
  for (const [name, value] of pairs) if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(value)}"`;
  return out;
}
