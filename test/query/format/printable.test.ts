import { describe, expect, it } from 'vitest';
import { printable, printableLines, terminalJson } from '../../../src/query/format/printable.js';

describe('printable', () => {
  it.each([
    ['plain', 'plain'],
    ['Marko Marjanović', 'Marko Marjanović'],
    ['red\u001b[31m text', 'red[31m text'],
    ['title\u001b]0;owned\u0007', 'title]0;owned'],
    ['c1\u009b2J', 'c12J'],
    ['two\nlines\tand tab', 'two lines and tab'],
    ['bidi \u202eevil\u202c', 'bidi evil'],
    ['zero\u200bwidth\ufeff', 'zerowidth'],
  ])('%j → %j', (input, expected) => {
    expect(printable(input)).toBe(expected);
  });

  it('keeps line breaks in multi-line messages', () => {
    expect(printableLines('one\u001b\ntwo')).toBe('one\ntwo');
  });
});

describe('terminalJson', () => {
  it('escapes what JSON.stringify leaves raw, and still parses back', () => {
    const value = { name: 'a\u009b\u202eb\u001b' };
    const text = terminalJson(value);
    expect(text).toBe('{\n  "name": "a\\u009b\\u202eb\\u001b"\n}');
    expect(JSON.parse(text)).toEqual(value);
  });
});
