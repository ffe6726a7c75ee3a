import { describe, expect, it } from 'vitest';
import { detectFormat, extensionOf } from '../../src/ingest/detect-format.js';

describe('detectFormat', () => {
  it.each([
    ['a.html', 'plain words', 'html'],
    ['a.HTM', 'plain words', 'html'],
    ['dir.v2/a.md', 'plain words', 'markdown'],
    ['a.markdown', '<p>tag</p>', 'markdown'],
    ['a.txt', 'plain words', 'text'],
    ['a.txt', 'By [Marko](#) here', 'markdown'],
    ['a.txt', '<html><body><p>x</p></body></html>', 'text'],
    [undefined, '<!DOCTYPE html><html><body>x</body></html>', 'html'],
    [undefined, 'Notes\n<div class="x">boxed</div>', 'html'],
    [undefined, '<p>one paragraph</p>', 'html'],
    [undefined, 'See [the report](https://x.example).', 'markdown'],
    [undefined, '## Background\n\nWords.', 'markdown'],
    [undefined, 'A **strong** claim.', 'markdown'],
    [undefined, '#hashtag and a <br> alone and [sic] words', 'text'],
    [undefined, 'plain words', 'text'],
    ['noext', 'plain words', 'text'],
  ] as const)('%s with %j → %s', (path, text, format) => {
    expect(detectFormat(text, path)).toBe(format);
  });
});

describe('extensionOf', () => {
  it.each([
    ['a/b/c.TXT', 'txt'],
    ['c:\\docs\\x.md', 'md'],
    ['.hidden', ''],
    ['noext', ''],
    ['a.tar.gz', 'gz'],
  ])('%s → %s', (path, ext) => {
    expect(extensionOf(path)).toBe(ext);
  });
});
