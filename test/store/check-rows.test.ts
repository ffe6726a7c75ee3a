import { describe, expect, it } from 'vitest';
import { addExtractions, loadExtractions } from '../../src/store/index.js';
import { article, newStore } from './fixtures.js';

// Each case damages one stored article the way another tool or a hand edit
// could, and the store must then refuse to load, naming what and where,
// instead of failing inside or inventing a node.
describe('a store whose rows newsgraph could not have written', () => {
  it.each([
    ['a JSON column that does not parse', "UPDATE entities SET aliases = '[not json' WHERE idx = 0", /entities row 0: column aliases is not valid JSON/],
    ['document metadata that does not parse', "UPDATE documents SET meta = '{'", /document "article-1": column meta is not valid JSON/],
    ['a mention outside its text', 'UPDATE mentions SET char_start = -5, char_end = 999999 WHERE idx = 0', /mention 0 spans -5\.\.999999, outside its \d+-character text/],
    ['a mention of an unknown type', "UPDATE mentions SET type = 'planet' WHERE idx = 0", /mention 0 has the unknown type "planet"/],
    ['an entity pointing at a mention the article lacks', "UPDATE entities SET mentions = '[9999]' WHERE idx = 0", /entity 0 \(.+\) points at mentions the article does not have/],
    ['a relation to an entity the article lacks', "UPDATE relations SET head = 'person:nobody' WHERE idx = 0", /relation 0 joins "person:nobody" and/],
    ['a relation of an unknown type', "UPDATE relations SET type = 'adores' WHERE idx = 0", /relation 0 has the unknown type "adores"/],
    ['a confidence out of range', 'UPDATE relations SET confidence = 7 WHERE idx = 0', /relation 0 has the confidence 7/],
    ['evidence outside its text', 'UPDATE relations SET char_end = 999999 WHERE idx = 0', /relation 0 has its evidence at \d+\.\.999999/],
  ])('%s', (_name, damage, message) => {
    const store = newStore();
    addExtractions(store, [article(1)]);
    store.db.exec(damage);
    const load = () => loadExtractions(store);
    expect(load).toThrowError(expect.objectContaining({ name: 'BadInputError', message: expect.stringMatching(message) }));
    expect(load).toThrowError(/is damaged .*; restore it from a copy, or make a new store and add the articles again$/);
    store.close();
  });

  it('names rows whose document the store does not hold', () => {
    const store = newStore();
    addExtractions(store, [article(2)]);
    store.db.pragma('foreign_keys = OFF');
    store.db.exec("UPDATE mentions SET doc = 'ghost' WHERE idx = 0");
    expect(() => loadExtractions(store)).toThrowError(/is damaged \(rows of a document "ghost" that the store does not hold\)/);
    store.close();
  });

  it('loads what newsgraph wrote, whatever the article', () => {
    const store = newStore();
    addExtractions(store, [article(3), article(4), article(5)]);
    expect(loadExtractions(store).map((e) => e.doc.id)).toEqual(['article-3', 'article-4', 'article-5']);
    store.close();
  });
});
