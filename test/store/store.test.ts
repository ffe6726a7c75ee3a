import { describe, expect, it } from 'vitest';
import { assembleGraph } from '../../src/corpus/assemble.js';
import { toJSON } from '../../src/export/index.js';
import { addExtractions, loadExtractions, planAdd, removeDocuments, storedIds } from '../../src/store/index.js';
import { article, newStore, rowCounts, snapshot } from './fixtures.js';

/** What the store keeps of an extraction: everything but sentences and decisions. */
const kept = (e: ReturnType<typeof article>) => ({ ...e, sentences: [], decisions: [] });

describe('the article store', () => {
  it('gives back the extractions it was given, less sentences and decisions, ordered by id', () => {
    const store = newStore();
    const [a, b, c] = [article(3), article(1), article(2)];
    expect(addExtractions(store, [a, b, c]).map((o) => o.status)).toEqual(['added', 'added', 'added']);
    const loaded = loadExtractions(store);
    expect(loaded.map((e) => e.doc.id)).toEqual(['article-1', 'article-2', 'article-3']);
    expect(loaded).toEqual([b, c, a].map(kept));
    expect(loaded.every((e) => e.relations.length > 0 && e.mentions.length > 0)).toBe(true);
    store.close();
  });

  it('keeps fields its tables have no column for, in the order they came', () => {
    const store = newStore();
    const plain = article(1);
    const [first, ...rest] = plain.relations;
    const extended = {
      ...plain,
      doc: { ...plain.doc, source: 'wire' },
      mentions: plain.mentions.map((m, n) => (n === 0 ? { ...m, note: 'first' } : m)),
      entities: plain.entities.map((e, n) => (n === 0 ? { ...e, wikidata: 'Q1' } : e)),
      relations: [{ ...first!, evidence: { ...first!.evidence, saidBy: 'person:ryan-dillon', statement: 'the talks had failed' }, tense: 'past' }, ...rest],
    };
    addExtractions(store, [extended]);
    const [loaded] = loadExtractions(store);
    expect(loaded).toEqual(kept(extended));
    expect(Object.keys(loaded!.relations[0]!.evidence)).toEqual(['doc', 'sentence', 'start', 'end', 'text', 'saidBy', 'statement']);
    expect(JSON.stringify(loaded!.relations[1])).toBe(JSON.stringify(plain.relations[1]));
    store.close();
  });

  it('exports the same graph as the extractions it was given', () => {
    const store = newStore();
    const extractions = [1, 2, 3, 4].map((n) => article(n));
    addExtractions(store, extractions);
    const fromStore = toJSON(assembleGraph(loadExtractions(store)).graph);
    expect(fromStore).toBe(toJSON(assembleGraph(extractions).graph));
    store.close();
  });

  it('does not depend on the order articles were added in', () => {
    const [one, two] = [newStore(), newStore()];
    addExtractions(one, [article(1), article(2), article(3)]);
    addExtractions(two, [article(3)]);
    addExtractions(two, [article(2), article(1)]);
    expect(snapshot(two)).toBe(snapshot(one));
    one.close();
    two.close();
  });

  it('leaves the store as it was after adding an article and removing it again', () => {
    const store = newStore();
    addExtractions(store, [article(1), article(2)]);
    const [before, counts] = [snapshot(store), rowCounts(store)];
    addExtractions(store, [article(5)]);
    expect(rowCounts(store).relations).toBeGreaterThan(counts.relations);
    expect(removeDocuments(store, ['article-5'])).toEqual(['article-5']);
    expect(rowCounts(store)).toEqual(counts);
    expect(snapshot(store)).toBe(before);
    store.close();
  });

  it('changes nothing when the same text is added again, under its own id or another', () => {
    const store = newStore();
    addExtractions(store, [article(1)]);
    const before = snapshot(store);
    const again = article(1);
    const copy = { ...again, doc: { ...again.doc, id: 'copy-of-1' } };
    expect(planAdd(store, [again.doc, copy.doc])).toEqual([
      { id: 'article-1', status: 'unchanged', storedAs: 'article-1' },
      { id: 'copy-of-1', status: 'unchanged', storedAs: 'article-1' },
    ]);
    expect(addExtractions(store, [again, copy])).toEqual([
      { id: 'article-1', status: 'unchanged', storedAs: 'article-1' },
      { id: 'copy-of-1', status: 'unchanged', storedAs: 'article-1' },
    ]);
    expect(snapshot(store)).toBe(before);
    store.close();
  });

  it('replaces an article whose id is stored with other text', () => {
    const store = newStore();
    addExtractions(store, [article(1), article(2)]);
    const changed = article(1, 'Helen Park met Viktor Orlov in Lima.\n');
    expect(planAdd(store, [changed.doc])).toEqual([{ id: 'article-1', status: 'replaced' }]);
    expect(addExtractions(store, [changed])).toEqual([{ id: 'article-1', status: 'replaced' }]);
    const loaded = loadExtractions(store);
    expect(loaded.map((e) => e.doc.id)).toEqual(['article-1', 'article-2']);
    expect(loaded[0]).toEqual(kept(changed));
    expect(storedIds(store)).toEqual(['article-1', 'article-2']);
    store.close();
  });

  it('plans one batch as it will be written: a repeated text is unchanged the second time', () => {
    const store = newStore();
    const first = article(1);
    const twin = { ...first, doc: { ...first.doc, id: 'twin' } };
    expect(planAdd(store, [first.doc, twin.doc]).map((o) => o.status)).toEqual(['added', 'unchanged']);
    expect(addExtractions(store, [first, twin]).map((o) => o.status)).toEqual(['added', 'unchanged']);
    expect(storedIds(store)).toEqual(['article-1']);
    store.close();
  });

  it('removes nothing and names the id when one of the ids is not stored', () => {
    const store = newStore();
    addExtractions(store, [article(1), article(2)]);
    const before = snapshot(store);
    let error: unknown;
    try {
      removeDocuments(store, ['article-1', 'no-such-article']);
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).name).toBe('NotFoundError');
    expect((error as Error).message).toContain('"no-such-article"');
    expect((error as Error).message).not.toContain('"article-1"');
    expect(snapshot(store)).toBe(before);
    store.close();
  });

  it('undoes a whole add that fails half-way', () => {
    const store = newStore();
    addExtractions(store, [article(1)]);
    const [before, counts] = [snapshot(store), rowCounts(store)];
    const replacement = article(1, 'Grace Mbeki told Reuters in Tokyo that the deal was off.\n');
    let written = 0;
    const failing = () => {
      written += 1;
      if (written === 3) throw new Error('disk went away');
    };
    expect(() => addExtractions(store, [article(2), replacement, article(3), article(4)], { afterArticle: failing })).toThrow('disk went away');
    expect(written).toBe(3);
    expect(rowCounts(store)).toEqual(counts);
    expect(snapshot(store)).toBe(before);
    // And the store still takes the same articles afterwards.
    expect(addExtractions(store, [article(2)]).map((o) => o.status)).toEqual(['added']);
    store.close();
  });
});
