import { describe, expect, it } from 'vitest';
import { docId, fnv1a32, slugify } from '../../src/ingest/doc-id.js';
import { ingest } from '../../src/ingest/index.js';

describe('docId', () => {
  it.each([
    ['given id wins', 'text', 'my-id', 'a/b.txt', 'my-id'],
    ['file name without extension', 'text', undefined, 'seeds/000_c61f085763ff7fbd.txt', '000_c61f085763ff7fbd'],
    ['windows path', 'text', undefined, 'C:\\news\\Story One.md', 'story-one'],
    ['accents folded', 'text', undefined, 'Marjanović – Syria.html', 'marjanovic-syria'],
    ['name with no usable characters falls back to a hash', 'text', undefined, '???.txt', `doc-${fnv1a32('text')}`],
    ['no id, no path: hash', 'text', undefined, undefined, `doc-${fnv1a32('text')}`],
  ])('%s', (_, text, id, path, expected) => {
    expect(docId(text, id, path)).toBe(expected);
  });

  it('hashes with FNV-1a', () => {
    // Reference values of 32-bit FNV-1a.
    expect(fnv1a32('')).toBe('811c9dc5');
    expect(fnv1a32('a')).toBe('e40c292c');
    expect(fnv1a32('foobar')).toBe('bf9cf968');
  });

  it('gives the same id to the same article however its bytes end lines', () => {
    const unix = ingest({ content: 'First line here.\n\nSecond one.' });
    const windows = ingest({ content: '\uFEFFFirst line here.\r\n\r\nSecond one.\r\n' });
    expect(windows.id).toBe(unix.id);
  });

  it('slugifies', () => {
    expect(slugify('  Hello, World!  ')).toBe('hello-world');
  });
});
