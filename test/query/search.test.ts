import { describe, expect, it } from 'vitest';
import { search } from '../../src/query/index.js';
import { smallGraph } from './fixture.js';

const graph = smallGraph();
const keys = (text: string, options = {}) => search(graph, text, options).map((hit) => hit.key);

describe('search', () => {
  it('ranks the exact label first, then prefixes, shorter first', () => {
    expect(keys('syria').slice(0, 2)).toEqual(['place:syria', 'organisation:syrian-army']);
  });

  it('gives an exact label match the score 1 and names what matched', () => {
    expect(search(graph, 'Syria')[0]).toEqual({ key: 'place:syria', label: 'Syria', type: 'place', score: 1, matched: 'Syria' });
  });

  it('matches a whole word inside a name and reports the alias', () => {
    const [hit] = search(graph, 'tanf');
    expect(hit?.key).toBe('place:al-tanf');
    expect(hit?.matched).toBe('al-Tanf');
  });

  it('scores an exact alias just below an exact label', () => {
    const [hit] = search(graph, 'Islamic State');
    expect(hit).toMatchObject({ key: 'group:isis', matched: 'Islamic State', score: 0.99 });
  });

  it('matches without accents', () => {
    expect(keys('marjanovic')[0]).toBe('person:marko-marjanovic');
  });

  it('finds near spellings', () => {
    expect(keys('Dilon')[0]).toBe('person:ryan-dillon');
    expect(keys('Deir ez Zoor')[0]).toBe('place:deir-ez-zor');
    expect(keys('Pentagone')[0]).toBe('organisation:pentagon');
  });

  it('orders tiers: exact > prefix > whole word > word prefix > fuzzy', () => {
    const scores = ['russia insider', 'russia', 'military', 'mil', 'militray'].map((text) => search(graph, text)[0]?.score ?? 0);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1] as number);
  });

  it('breaks score ties by label, then key', () => {
    const hits = search(graph, 'military');
    expect(hits.map((hit) => hit.label)).toEqual(['Russian military', 'US military']);
    expect(hits[0]?.score).toBe(hits[1]?.score);
  });

  it('filters by type and honours the limit', () => {
    expect(keys('s', { type: 'place' })).toEqual(['place:syria']);
    expect(keys('r', { limit: 2 })).toHaveLength(2);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(search(graph, '  ')).toEqual([]);
    expect(search(graph, 'zzqx')).toEqual([]);
  });

  it('refuses a bad limit or type', () => {
    expect(() => search(graph, 'x', { limit: 0 })).toThrowError(expect.objectContaining({ name: 'BadInputError' }));
    expect(() => search(graph, 'x', { type: 'robot' as never })).toThrowError(expect.objectContaining({ name: 'BadInputError' }));
  });

  it('gives the same order every time', () => {
    expect(search(graph, 'a', { limit: 50 })).toEqual(search(graph, 'a', { limit: 50 }));
  });

  it('stays fast on a very long query', () => {
    const started = Date.now();
    search(graph, 'x'.repeat(100000));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
