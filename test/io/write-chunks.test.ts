import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChunksAtomic, writeFileAtomic } from '../../src/io/atomic.js';

const root = mkdtempSync(join(tmpdir(), 'newsgraph-chunks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeChunksAtomic', () => {
  it('writes the pieces in order as UTF-8, creating the folder, with pieces past the write size', () => {
    const big = 'é'.repeat(700_000);
    const path = join(root, 'nested', 'file.txt');
    writeChunksAtomic(path, ['a', big, '😀', big, '', 'z']);
    expect(readFileSync(path, 'utf8')).toBe(`a${big}😀${big}z`);
    expect(readdirSync(join(root, 'nested'))).toEqual(['file.txt']);
  });

  it('gives the bytes of each piece encoded on its own, across many buffer fills and with bytes between the texts', () => {
    // Small pieces past the write buffer (4 MB) several times over, a piece
    // larger than it, bytes given as they are, and text whose UTF-8 is 1 to 4
    // bytes per character, a lone surrogate included (written as U+FFFD).
    const pieces: Array<string | Uint8Array> = [];
    for (let n = 0; n < 200_000; n++) pieces.push(n % 3 === 0 ? `é${n}😀 and some more text,` : n % 3 === 1 ? `line ${n} of the file\n` : `ü\uD800${n} ends here`);
    pieces.push(new Uint8Array([0xe2, 0x82, 0xac]));
    pieces.push('€'.repeat(1_500_000));
    pieces.push(Buffer.from('tail', 'utf8'));
    const path = join(root, 'many.txt');
    writeChunksAtomic(path, pieces);
    const expected = Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece)));
    expect(readFileSync(path).equals(expected)).toBe(true);
  });

  it('writes thousands of byte pieces as given, between texts, past the pieces one system call takes', () => {
    // Byte pieces are gathered and written without a copy, a thousand at most per call.
    const pieces: Array<string | Uint8Array> = [];
    for (let n = 0; n < 5_000; n++) pieces.push(n % 7 === 0 ? `text ${n} é\n` : Buffer.from(`bytes ${n} 😀\n`, 'utf8'));
    pieces.push(new Uint8Array(0), Buffer.alloc(5 * 1024 * 1024, 0x61), 'end');
    const path = join(root, 'bytes.txt');
    writeChunksAtomic(path, pieces);
    const expected = Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece)));
    expect(readFileSync(path).equals(expected)).toBe(true);
  });

  it('replaces a file whose old version is let go in the background, leaving the new one whole', async () => {
    const path = join(root, 'replaced.txt');
    writeChunksAtomic(path, ['x'.repeat(3_000_000)]);
    writeChunksAtomic(path, ['new ', Buffer.from('version')], { releaseOldInBackground: true });
    expect(readFileSync(path, 'utf8')).toBe('new version');
    writeChunksAtomic(join(root, 'not-there-before.txt'), ['first'], { releaseOldInBackground: true });
    expect(readFileSync(join(root, 'not-there-before.txt'), 'utf8')).toBe('first');
  });

  it('writes an empty file for no pieces', () => {
    const path = join(root, 'empty.txt');
    writeChunksAtomic(path, []);
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  it('leaves the old file and no temporary one when rendering fails half-way', () => {
    const folder = join(root, 'failing');
    const path = join(folder, 'graph.json');
    writeChunksAtomic(path, ['old']);
    function* failing(): Generator<string> {
      yield 'x'.repeat(2_000_000);
      throw new Error('render failed');
    }
    expect(() => writeChunksAtomic(path, failing())).toThrowError('render failed');
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(folder)).toEqual(['graph.json']);
  });

  it('fails on a folder it cannot make, leaving nothing', () => {
    const blocker = join(root, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    expect(() => writeChunksAtomic(join(blocker, 'graph.json'), ['x'])).toThrow();
    expect(readFileSync(blocker, 'utf8')).toBe('a file where a folder should be');
  });

  it('says in words why a file cannot be written, naming it and keeping the system code', () => {
    const blocker = join(root, 'in-the-way');
    writeFileSync(blocker, 'a file');
    const path = join(blocker, 'graph.json');
    expect(() => writeChunksAtomic(path, ['x'])).toThrowError(
      expect.objectContaining({ name: 'BadInputError', code: 'EEXIST', message: `cannot write ${path}: a file stands where its folder should be` }),
    );
    expect(() => writeFileAtomic(join(blocker, 'deeper', 'x.json'), 'x')).toThrowError(
      expect.objectContaining({ name: 'BadInputError', message: expect.stringContaining('cannot write') }),
    );
  });
});
