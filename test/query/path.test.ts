import { describe, expect, it } from 'vitest';
import { path } from '../../src/query/index.js';
import { smallGraph } from './fixture.js';

const graph = smallGraph();
const edgeKeys = (...args: Parameters<typeof path> extends [unknown, ...infer Rest] ? Rest : never) => path(graph, ...args)?.map((edge) => edge.key) ?? null;

describe('path', () => {
  it('finds the shortest chain of relation edges, walking them either way', () => {
    expect(edgeKeys('Ryan Dillon', 'al-Tanf')).toEqual(['e01', 'e02', 'e06']);
  });

  it('uses the most confident of parallel edges', () => {
    const steps = path(graph, 'US military', 'Revolutionary Commandos');
    expect(steps?.map((edge) => [edge.key, edge.predicate, edge.confidence])).toEqual([['e02', 'trained', 0.85]]);
  });

  it('returns each edge with its evidence', () => {
    const steps = path(graph, 'Dillon', 'Deir ez-Zor');
    expect(steps?.map((edge) => edge.key)).toEqual(['e01', 'e02', 'e09', 'e08']);
    expect(steps?.[3]?.evidence[0]?.text).toBe('The commandos fought ISIS near ISIS-held Deir ez-Zor.');
    expect(steps?.[2]).toMatchObject({ sourceLabel: 'Commandos of the Revolution', targetLabel: 'ISIS', type: 'opposes' });
  });

  it('walks co-occurrence edges only when asked', () => {
    expect(edgeKeys('Moscow', 'Syrian army')).toBeNull();
    expect(edgeKeys('Moscow', 'Syrian army', { includeCooccurs: true })).toEqual(['e13', 'e11']);
    expect(edgeKeys('Dillon', 'al-Tanf', { includeCooccurs: true })).toEqual(['e12']);
  });

  it('does not walk a negated edge unless asked', () => {
    expect(edgeKeys('Pentagon', 'Syrian army')).toBeNull();
    expect(edgeKeys('Pentagon', 'Syrian army', { includeNegated: true })).toEqual(['e10']);
  });

  it('returns an empty path from a node to itself', () => {
    expect(edgeKeys('Syria', 'syria')).toEqual([]);
  });

  it('is the same either way round, reversed', () => {
    expect(edgeKeys('al-Tanf', 'Ryan Dillon')).toEqual(['e06', 'e02', 'e01']);
  });

  it('throws NotFoundError for an unknown end', () => {
    expect(() => path(graph, 'Syria', 'Atlantis')).toThrowError(expect.objectContaining({ name: 'NotFoundError' }));
  });
});
