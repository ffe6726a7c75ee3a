// Shared by the store tests: temporary folders that are removed afterwards,
// and small extracted articles to store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { extractText } from '../helpers.js';
import { articleText } from '../corpus/articles.js';
import type { Extraction } from '../../src/types.js';
import { loadExtractions, openStore, type Store } from '../../src/store/index.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder, removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
  made.push(dir);
  return dir;
}

/** The n-th generated article (rules only, so quick), under the id `article-<n>`. */
export function article(n: number, text = articleText(n)): Extraction {
  return extractText(text, `article-${n}`, { rulesOnly: true });
}

/** A fresh store file in a temporary folder. */
export function newStore(): Store {
  return openStore(join(tempDir(), 'store.db'), { create: true });
}

/** Everything stored, as one string: equal strings mean equal stores. */
export function snapshot(store: Store): string {
  return JSON.stringify(loadExtractions(store));
}

/** Rows per table, to check that exactly an article's rows come and go. */
export function rowCounts(store: Store): { documents: number; mentions: number; entities: number; relations: number } {
  const count = (table: string) => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { documents: count('documents'), mentions: count('mentions'), entities: count('entities'), relations: count('relations') };
}
