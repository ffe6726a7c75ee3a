import { readFileSync, writeFileSync, existsSync, truncateSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { addExtractions, loadExtractions, openStore, STORE_VERSION } from '../../src/store/index.js';
import { article, tempDir } from './fixtures.js';

/** The error `work` throws (the test fails when it throws none). */
function thrown(work: () => unknown): Error {
  try {
    work();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/** A store holding a few articles, closed, so tests can spoil the file. */
function storeFile(): string {
  const path = join(tempDir(), 'store.db');
  const store = openStore(path, { create: true });
  addExtractions(store, [1, 2, 3, 4, 5, 6].map((n) => article(n)));
  store.close();
  return path;
}

describe('openStore', () => {
  it('makes a store and its folder on demand, and opens it again', () => {
    const path = join(tempDir(), 'new', 'folder', 'store.db');
    openStore(path, { create: true }).close();
    const store = openStore(path);
    expect(store.db.pragma('user_version', { simple: true })).toBe(STORE_VERSION);
    expect(loadExtractions(store)).toEqual([]);
    store.close();
  });

  it('does not make a store unless asked to', () => {
    const path = join(tempDir(), 'missing.db');
    const error = thrown(() => openStore(path));
    expect(error.name).toBe('NotFoundError');
    expect(error.message).toContain(path);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a folder', () => {
    const path = tempDir();
    for (const create of [true, false]) {
      const error = thrown(() => openStore(path, { create }));
      expect(error.name).toBe('BadInputError');
      expect(error.message).toContain(path);
      expect(error.message).toMatch(/folder/);
    }
  });

  it('refuses a path that goes through a file', () => {
    const file = join(tempDir(), 'notes.txt');
    writeFileSync(file, 'hello');
    const error = thrown(() => openStore(join(file, 'store.db'), { create: true }));
    expect(error.name).toBe('BadInputError');
    expect(error.message).toContain(file);
  });

  it('refuses a file that is not an SQLite database, and leaves it as it was', () => {
    const path = join(tempDir(), 'article.txt');
    const text = 'Ryan Dillon told CNN that the talks had failed. '.repeat(40);
    writeFileSync(path, text);
    for (const create of [true, false]) {
      const error = thrown(() => openStore(path, { create }));
      expect(error.name).toBe('BadInputError');
      expect(error.message).toBe(`${path}: is not a newsgraph store (not an SQLite database)`);
    }
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('refuses an SQLite database that is not a store, without touching it', () => {
    const path = join(tempDir(), 'other.db');
    const other = new Database(path);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    const size = statSync(path).size;
    const error = thrown(() => openStore(path, { create: true }));
    expect(error.name).toBe('BadInputError');
    expect(error.message).toBe(`${path}: is an SQLite database but not a newsgraph store`);
    expect(statSync(path).size).toBe(size);
    const reopened = new Database(path);
    expect(reopened.pragma('journal_mode', { simple: true })).toBe('delete');
    reopened.close();
  });

  it('commits through a write-ahead log without waiting for the disk, and leaves no log behind when closed', () => {
    const path = storeFile();
    const store = openStore(path);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1);
    addExtractions(store, [article(7)]);
    store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const again = openStore(path);
    expect(loadExtractions(again).map((extraction) => extraction.doc.id)).toContain(article(7).doc.id);
    again.close();
  });

  it('refuses a store of another version, saying which', () => {
    const path = storeFile();
    const db = new Database(path);
    db.pragma(`user_version = ${STORE_VERSION + 1}`);
    db.close();
    const error = thrown(() => openStore(path));
    expect(error.name).toBe('BadInputError');
    expect(error.message).toContain(path);
    expect(error.message).toContain(`version ${STORE_VERSION + 1}`);
    expect(error.message).toMatch(/upgrade newsgraph/);
  });

  it('refuses an empty file unless making a store, which it then becomes', () => {
    const path = join(tempDir(), 'empty.db');
    writeFileSync(path, '');
    const error = thrown(() => openStore(path));
    expect(error.name).toBe('BadInputError');
    expect(error.message).toMatch(/is empty/);
    openStore(path, { create: true }).close();
    openStore(path).close();
  });

  it('names the file when the store is damaged, at open or at load', () => {
    const garbled = storeFile();
    const bytes = readFileSync(garbled);
    // The header stays (so it still looks like a store); the pages after it are noise.
    bytes.fill(0xa5, 100);
    writeFileSync(garbled, bytes);
    const truncated = storeFile();
    truncateSync(truncated, Math.floor(statSync(truncated).size / 3));
    for (const path of [garbled, truncated]) {
      const error = thrown(() => {
        const store = openStore(path);
        try {
          loadExtractions(store);
        } finally {
          store.close();
        }
      });
      expect(error.name, path).toBe('BadInputError');
      expect(error.message).toContain(path);
      expect(error.message).toMatch(/damaged/);
    }
  });
});
