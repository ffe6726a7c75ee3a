import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { addExtractions, loadExtractions, refreshExtractions, removeDocuments } from '../../src/store/index.js';
import type { Extraction } from '../../src/types.js';
import { article, newStore, rowCounts, snapshot } from './fixtures.js';

/** This version's extraction of a stored article's own text, as `refresh` makes it. */
const again = (stored: Extraction) => extract(stored.doc);

describe('refreshing a store', () => {
  it('changes nothing when this version extracts every article as it is stored', () => {
    const store = newStore();
    addExtractions(store, [article(1), article(2)]);
    const before = snapshot(store);
    const stored = loadExtractions(store);
    expect(refreshExtractions(store, stored.map((e) => ({ stored: e, fresh: again(e) })))).toEqual([
      { id: 'article-1', status: 'unchanged' },
      { id: 'article-2', status: 'unchanged' },
    ]);
    expect(snapshot(store)).toBe(before);
    store.close();
  });

  it('replaces the rows of an article an older version extracted otherwise, and only those', () => {
    const store = newStore();
    const [one, two] = [article(1), article(2)];
    // "An older version": the same text with an entity labelled another way and a relation fewer.
    const older: Extraction = { ...two, entities: two.entities.map((e, n) => (n === 0 ? { ...e, label: 'Older Label' } : e)), relations: two.relations.slice(1) };
    addExtractions(store, [one, older]);
    const counts = rowCounts(store);
    const stored = loadExtractions(store);
    const outcomes = refreshExtractions(store, stored.map((e) => ({ stored: e, fresh: again(e) })));
    expect(outcomes).toEqual([
      { id: 'article-1', status: 'unchanged' },
      { id: 'article-2', status: 'refreshed' },
    ]);
    expect(rowCounts(store)).toEqual({ ...counts, relations: counts.relations + 1 });
    // What a store made by this version holds.
    const fresh = newStore();
    addExtractions(fresh, [one, two]);
    expect(snapshot(store)).toBe(snapshot(fresh));
    store.close();
    fresh.close();
  });

  it('leaves an article removed while it was being extracted removed', () => {
    const store = newStore();
    addExtractions(store, [article(1), article(2)]);
    const stored = loadExtractions(store);
    const pairs = stored.map((e) => ({ stored: { ...e, relations: e.relations.slice(1) }, fresh: again(e) }));
    removeDocuments(store, ['article-2']);
    expect(refreshExtractions(store, pairs).map((o) => o.status)).toEqual(['refreshed', 'gone']);
    expect(loadExtractions(store).map((e) => e.doc.id)).toEqual(['article-1']);
    store.close();
  });
});
