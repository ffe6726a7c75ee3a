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

/** The reference for a code unit that is escaped, or undefined; tab and LF only inside attributes. */
function reference(code: number, inAttribute: boolean): string | undefined {
  switch (code) {
    case 0x26:
      return '&amp;';
    case 0x3c:
      return '&lt;';
    case 0x3e:
      return '&gt;';
    case 0x22:
      return '&quot;';
    case 0x27:
      return '&apos;';
    // A raw CR would be turned into LF by every parser (end-of-line handling).
    case 0x0d:
      return '&#13;';
    // Inside an attribute value a parser also turns raw tab and LF into spaces
    // (attribute-value normalisation), so they are written as character references.
    case 0x09:
      return inAttribute ? '&#9;' : undefined;
    case 0x0a:
      return inAttribute ? '&#10;' : undefined;
    default:
      return undefined;
  }
}

function escapeMarkup(text: string, inAttribute: boolean): string {
  let out = '';
  let copied = 0;
  for (let at = 0; at < text.length; at++) {
    const replacement = reference(text.charCodeAt(at), inAttribute);
    if (replacement === undefined) continue;
    out += text.slice(copied, at) + replacement;
    copied = at + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Escapes text for element content (`<description>…</description>`). */
export function escapeXmlText(text: string): string {
  const clean = cleanXmlCharacters(text);
  return TEXT_SPECIAL.test(clean) ? escapeMarkup(clean, false) : clean;
}

/** Escapes text for an attribute value written between double quotes. */
export function escapeXmlAttribute(text: string): string {
  const clean = cleanXmlCharacters(text);
  return ATTRIBUTE_SPECIAL.test(clean) ? escapeMarkup(clean, true) : clean;
}

/** `name="value"` pairs, escaped, in the order given; undefined values are left out. */
export function xmlAttributes(pairs: ReadonlyArray<readonly [string, string | undefined]>): string {
  let out = '';
  for (const [name, value] of pairs) if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(value)}"`;
  return out;
}
