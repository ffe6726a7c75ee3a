// The escaping functions take a fast path for clean strings and one pass for
// the rest; they must give exactly what the plain regular-expression
// definitions below give, for any string.
import { describe, expect, it } from 'vitest';
import { cleanXmlCharacters, escapeXmlAttribute, escapeXmlText, xmlAttributes } from '../../src/export/xml.js';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };
const ATTRIBUTE: Record<string, string> = { ...TEXT, '\t': '&#9;', '\n': '&#10;' };
const clean = (s: string) => s.replace(FORBIDDEN, '').replace(LONE, '\uFFFD');
const text = (s: string) => clean(s).replace(/[&<>"'\r]/g, (c) => TEXT[c]!);
const attribute = (s: string) => clean(s).replace(/[&<>"'\r\t\n]/g, (c) => ATTRIBUTE[c]!);

// Seeded, so a failure can be replayed.
function randomStrings(count: number, seed: number): string[] {
  const alphabet = ['a', 'Z', ' ', 'é', '&', '<', '>', '"', "'", '\r', '\n', '\t', '\u0000', '\u0008', '\u000b', '\u001f', '\ufffe', '\uffff', '\ud83d', '\ude00', '😀', '&amp;', '\u2028'];
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, () => Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]!).join(''));
}

describe('XML escaping', () => {
  const samples = [...randomStrings(5000, 7), '', 'plain', 'cooccurs:person:a->place:b', '[{"doc":"d","text":"It\'s <b>"}]'];

  it.each([
    ['cleanXmlCharacters', cleanXmlCharacters, clean],
    ['escapeXmlText', escapeXmlText, text],
    ['escapeXmlAttribute', escapeXmlAttribute, attribute],
  ] as const)('%s agrees with the regular-expression definition', (_, fast, reference) => {
    for (const sample of samples) expect(fast(sample), JSON.stringify(sample)).toBe(reference(sample));
  });

  it('xmlAttributes leaves out undefined values and escapes the rest', () => {
    expect(xmlAttributes([['id', 'a&b'], ['label', undefined], ['x', '1']])).toBe(' id="a&amp;b" x="1"');
  });
});
