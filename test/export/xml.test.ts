import { describe, expect, it } from 'vitest';
import { parseColor } from '../../src/export/color.js';
import { cleanXmlCharacters, escapeXmlAttribute, escapeXmlText } from '../../src/export/xml.js';

describe('cleanXmlCharacters', () => {
  it('drops the characters XML 1.0 forbids and keeps tab, LF, CR', () => {
    expect(cleanXmlCharacters('a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\ufffeh\uffffi')).toBe('abcdefghi');
    expect(cleanXmlCharacters('\t\n\r')).toBe('\t\n\r');
  });

  it('replaces lone surrogates and keeps pairs', () => {
    expect(cleanXmlCharacters('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
    expect(cleanXmlCharacters('\ud83d\ude00')).toBe('😀');
    expect(cleanXmlCharacters('end\ud83d')).toBe('end\ufffd');
  });
});

describe('escaping', () => {
  it('escapes markup and quotes', () => {
    expect(escapeXmlText(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXmlText(']]>')).toBe(']]&gt;');
  });

  it('writes whitespace an XML parser would normalise as character references', () => {
    expect(escapeXmlAttribute('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(escapeXmlText('a\tb\nc\rd')).toBe('a\tb\nc&#13;d');
  });
});

describe('parseColor', () => {
  it('reads hex and functional colours', () => {
    expect(parseColor('#abc')).toEqual({ r: 170, g: 187, b: 204 });
    expect(parseColor('#4E79A7')).toEqual({ r: 78, g: 121, b: 167 });
    expect(parseColor('#4e79a780')).toEqual({ r: 78, g: 121, b: 167, a: 0.502 });
    expect(parseColor('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3 });
    expect(parseColor('rgba(1,2,3,0.5)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
  });

  it('returns null for anything else', () => {
    for (const bad of ['red', '#12', 'rgb(256,0,0)', 'rgba(1,2,3,2)', 'rgb(1,2)', '', undefined, 42]) {
      expect(parseColor(bad), String(bad)).toBeNull();
    }
  });
});
