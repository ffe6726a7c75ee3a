import { describe, expect, it } from 'vitest';
import { ingest, MAX_INPUT_BYTES } from '../../src/ingest/index.js';
import { firstInvalidUtf8Offset } from '../../src/ingest/decode.js';

const PNG_HEADER = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('ingest: refused input', () => {
  it.each([
    ['empty bytes', new Uint8Array(), /a\.txt: is empty/],
    ['empty string', '', /a\.txt: is empty/],
    ['only white space', ' \n\t\r\n  ', /a\.txt: is empty/],
    ['a BOM and blanks', '\uFEFF  \n', /a\.txt: is empty/],
    ['PNG header bytes', PNG_HEADER, /a\.txt: looks like a binary file/],
    ['NUL in a string', 'text\u0000more text', /a\.txt: looks like a binary file/],
    ['mostly control characters', '\u0001\u0002\u0003\u0004abc\u0005\u0006', /a\.txt: looks like a binary file/],
    ['invalid UTF-8', new Uint8Array([0x48, 0x69, 0x20, 0xc3, 0x28, 0x21]), /a\.txt: is not valid UTF-8 \(byte offset 3\)/],
    ['a truncated character', new Uint8Array([0x61, 0x62, 0xe2, 0x82]), /byte offset 2\)/],
    ['Markdown with no text', '![only a picture](x.png)', /a\.txt: no article text found/],
  ] as const)('%s → BadInputError', (_, content, message) => {
    const error = errorOf(() => ingest({ content, path: 'a.txt' }));
    expect(error.name).toBe('BadInputError');
    expect(error.message).toMatch(message);
  });

  it('names an input without a path by its label or id', () => {
    expect(errorOf(() => ingest({ content: '', label: 'standard input' })).message).toBe('standard input: is empty');
    expect(errorOf(() => ingest({ content: '', id: 'x1' })).message).toBe('document "x1": is empty');
  });

  it('refuses 50 MB of bytes quickly, naming size and limit', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const started = performance.now();
    const error = errorOf(() => ingest({ content: big, path: 'big.txt' }));
    expect(performance.now() - started).toBeLessThan(200);
    expect(error.name).toBe('BadInputError');
    expect(error.message).toBe('big.txt: is too large (50 MB); the limit is 10 MB. Split it into smaller articles.');
  });

  it('refuses a 50 MB string quickly', () => {
    const big = 'a'.repeat(50 * 1024 * 1024);
    const started = performance.now();
    const error = errorOf(() => ingest({ content: big }));
    expect(performance.now() - started).toBeLessThan(200);
    expect(error.message).toMatch(/input: is too large \(more than 10 MB\); the limit is 10 MB/);
  });

  it('counts a string by its UTF-8 bytes', () => {
    // 4 million "é" are 8 MB of UTF-16 code units but 8 MB of UTF-8 too; 6 million are 12 MB.
    expect(() => ingest({ content: 'é'.repeat(4_000_000) })).not.toThrow();
    expect(errorOf(() => ingest({ content: 'é'.repeat(6_000_000) })).message).toMatch(/too large/);
  });

  it('accepts input of exactly the limit', () => {
    expect(MAX_INPUT_BYTES).toBe(10 * 1024 * 1024);
    const text = 'word '.repeat(MAX_INPUT_BYTES / 5);
    expect(ingest({ content: new TextEncoder().encode(text) }).zones[0]?.kind).toBe('body');
  });
});

describe('ingest: normalisation', () => {
  it.each([
    ['BOM', '\uFEFFHello there, world.', 'Hello there, world.'],
    ['CRLF and CR', 'One line.\r\n\r\nTwo line.\rThree.', 'One line.\n\nTwo line.\nThree.'],
    ['NBSP', 'Deir\u00A0ez-Zor is far.', 'Deir ez-Zor is far.'],
    ['control characters', 'Bell\u0007 and escape\u001B gone.', 'Bell and escape gone.'],
    ['zero-width space and soft hyphen', 'Pen\u00ADta\u200Bgon.', 'Pentagon.'],
    ['tabs kept', 'a\tb said.', 'a\tb said.'],
    ['curly quotes and accents kept', '“Marjanović” isn’t here.', '“Marjanović” isn’t here.'],
    ['runs of blank lines', 'First.\n\n\n\n\nSecond.  \n', 'First.\n\nSecond.'],
  ])('%s', (_, content, text) => {
    expect(ingest({ content, format: 'text' }).text).toBe(text);
  });

  it('decodes UTF-8 bytes with a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Ça va, Zoë.')]);
    expect(ingest({ content: bytes }).text).toBe('Ça va, Zoë.');
  });
});

describe('firstInvalidUtf8Offset', () => {
  it.each([
    [[0x61, 0x62], 2],
    [[0xc0, 0x80], 0], // overlong
    [[0x61, 0xed, 0xa0, 0x80], 1], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
    [[0xe2, 0x82, 0xac, 0xff], 3],
  ])('%j → %i', (bytes, offset) => {
    expect(firstInvalidUtf8Offset(new Uint8Array(bytes))).toBe(offset);
  });
});
