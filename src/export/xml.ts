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

export function cleanXmlCharacters(text: string): string {
  return text.replace(FORBIDDEN_CHARACTERS, '').replace(LONE_SURROGATES, '\uFFFD');
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A raw CR would be turned into LF by every parser (end-of-line handling).
  '\r': '&#13;',
};

// Inside an attribute value a parser also turns raw tab and LF into spaces
// (attribute-value normalisation), so they are written as character references.
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '\t': '&#9;', '\n': '&#10;' };

/** Escapes text for element content (`<description>…</description>`). */
export function escapeXmlText(text: string): string {
  return cleanXmlCharacters(text).replace(/[&<>"'\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** Escapes text for an attribute value written between double quotes. */
export function escapeXmlAttribute(text: string): string {
  return cleanXmlCharacters(text).replace(/[&<>"'\r\t\n]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** `name="value"` pairs, escaped, in the order given; undefined values are left out. */
export function xmlAttributes(pairs: ReadonlyArray<readonly [string, string | undefined]>): string {
  return pairs
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
    .join('');
}
