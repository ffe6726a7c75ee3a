import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/io/read-inputs.js';

let root: string;

function write(relative: string, content: string | Uint8Array): string {
  const path = join(root, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'newsgraph-read-inputs-'));
  write('articles/b-story.txt', 'Second story text. It has words.');
  write('articles/a-story.md', '# A Title\n\nFirst story, with a [link](https://x.example).');
  write('articles/nested/c-page.html', '<html><body><p>Third story, from a page.</p></body></html>');
  write('articles/nested/d.htm', '<p>Fourth story.</p>');
  write('articles/nested/e.markdown', 'Fifth story.');
  write('articles/picture.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  write('articles/notes.json', '{}');
  write('articles/.hidden.txt', 'Should never be read.');
  write('articles/.git/config.txt', 'Should never be read either.');
  write('articles/z-empty.txt', '   \n');
  write('articles/z-binary.txt', new Uint8Array([0x41, 0, 0x42]));
  write('dupes/one/story.txt', 'One story.');
  write('dupes/two/story.txt', 'Another story.');
  write('explicit/empty.txt', '');
  write('explicit/good.txt', 'A good article body.');
  write('explicit/article.data', 'An article in a file with an odd name.');
  const big = write('huge/big.txt', '');
  truncateSync(big, 50 * 1024 * 1024);
  write('huge/small.txt', 'Small enough.');
  mkdirSync(join(root, 'loop/inner'), { recursive: true });
  write('loop/inner/story.txt', 'Story in a folder with a link back up.');
  symlinkSync(join(root, 'loop'), join(root, 'loop/inner/back'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('readInputs', () => {
  it('walks a folder recursively in path order, skipping dotfiles and non-articles with reasons', async () => {
    const folder = join(root, 'articles');
    const { docs, skipped } = await readInputs([folder]);
    expect(docs.map((doc) => [doc.id, doc.format])).toEqual([
      ['a-story', 'markdown'],
      ['b-story', 'text'],
      ['c-page', 'html'],
      ['d', 'html'],
      ['e', 'markdown'],
    ]);
    expect(docs[0]?.path).toBe(join(folder, 'a-story.md'));
    expect(docs[0]?.text).toBe('A Title\n\nFirst story, with a link.');
    expect(skipped).toEqual([
      { path: join(folder, 'notes.json'), reason: 'not an article file (expected .txt, .md, .markdown, .html, .htm)' },
      { path: join(folder, 'picture.png'), reason: 'not an article file (expected .txt, .md, .markdown, .html, .htm)' },
      { path: join(folder, 'z-binary.txt'), reason: `${join(folder, 'z-binary.txt')}: looks like a binary file, not an article (expected text, Markdown or HTML)` },
      { path: join(folder, 'z-empty.txt'), reason: `${join(folder, 'z-empty.txt')}: is empty` },
    ]);
  });

  it('gives the same result twice', async () => {
    const first = await readInputs([join(root, 'articles')]);
    const second = await readInputs([join(root, 'articles')]);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('reads files named explicitly, whatever their extension', async () => {
    const { docs } = await readInputs([join(root, 'explicit/good.txt'), join(root, 'explicit/article.data')]);
    expect(docs.map((doc) => doc.id)).toEqual(['good', 'article']);
  });

  it('throws BadInputError for an explicit file that fails, naming it', async () => {
    const path = join(root, 'explicit/empty.txt');
    const error = await rejection(readInputs([path]));
    expect(error.name).toBe('BadInputError');
    expect(error.message).toBe(`${path}: is empty`);
  });

  it('throws NotFoundError for a missing path, naming it', async () => {
    const path = join(root, 'no/such/file.txt');
    const error = await rejection(readInputs([path]));
    expect(error.name).toBe('NotFoundError');
    expect(error.message).toContain(path);
  });

  it('refuses a 50 MB file by its size, quickly, and skips it in a folder', async () => {
    const big = join(root, 'huge/big.txt');
    const started = performance.now();
    const error = await rejection(readInputs([big]));
    expect(performance.now() - started).toBeLessThan(500);
    expect(error.name).toBe('BadInputError');
    expect(error.message).toBe(`${big}: is too large (50 MB); the limit is 10 MB. Split it into smaller articles.`);

    const { docs, skipped } = await readInputs([join(root, 'huge')]);
    expect(docs.map((doc) => doc.id)).toEqual(['small']);
    expect(skipped).toEqual([{ path: big, reason: error.message }]);
  });

  it('reads "-" from standard input', async () => {
    const { docs } = await readInputs(['-'], { stdin: async () => Buffer.from('Piped article text.\r\n') });
    expect(docs).toHaveLength(1);
    expect(docs[0]?.text).toBe('Piped article text.');
    expect(docs[0]?.id).toMatch(/^doc-[0-9a-f]{8}$/);
    expect(docs[0]?.path).toBeUndefined();
  });

  it('names standard input in its errors', async () => {
    const error = await rejection(readInputs(['-'], { stdin: async () => Buffer.from('') }));
    expect(error.message).toBe('standard input: is empty');
    expect((await rejection(readInputs(['-']))).name).toBe('BadInputError');
  });

  it('keeps ids distinct when file names repeat', async () => {
    const { docs } = await readInputs([join(root, 'dupes')]);
    expect(docs.map((doc) => doc.id)).toEqual(['story', 'story-2']);
  });

  it('does not loop on a symbolic link back up the tree', async () => {
    const { docs } = await readInputs([join(root, 'loop')]);
    expect(docs.map((doc) => doc.id)).toEqual(['story']);
  });
});
