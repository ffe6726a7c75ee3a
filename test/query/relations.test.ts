import { describe, expect, it } from 'vitest';
import { relations, type RelationsOptions } from '../../src/query/index.js';
import { smallGraph } from './fixture.js';

const graph = smallGraph();
const edgeKeys = (options: RelationsOptions = {}) => relations(graph, options).map((edge) => edge.key);

describe('relations', () => {
  it.each<[string, RelationsOptions, string[]]>([
    ['every asserted relation, by type then head and tail label', {}, ['e11', 'e14', 'e06', 'e08', 'e05', 'e07', 'e09', 'e15', 'e02', 'e03', 'e01']],
    ['by type', { type: 'supports' }, ['e02', 'e03']],
    ['by type with hedged ones', { type: 'supports', includeHedged: true }, ['e02', 'e03', 'e04']],
    ['by type with negated ones', { type: 'supports', includeNegated: true }, ['e10', 'e02', 'e03']],
    ['co-occurrence when asked by type', { type: 'cooccurs' }, ['e13', 'e12']],
    ['by head, any name of it', { head: 'U.S. military' }, ['e02', 'e03']],
    ['by tail', { tail: 'Syrian army' }, ['e11', 'e05']],
    ['by head and tail', { head: 'Commandos of the Revolution', tail: 'al Tanf' }, ['e06']],
    ['a symmetric relation from either end, as head', { head: 'Syrian army' }, ['e11']],
    ['a symmetric relation from either end, as tail', { tail: 'Russian forces' }, ['e11']],
    ['by minimum confidence', { minConfidence: 0.9 }, ['e14', 'e08', 'e07', 'e15', 'e01']],
    ['nothing for a direction that does not exist', { head: 'Syria', tail: 'al-Tanf' }, []],
  ])('lists %s', (_what, options, expected) => {
    expect(edgeKeys(options)).toEqual(expected);
  });

  it('gives each relation its labels and evidence', () => {
    expect(relations(graph, { head: 'at tanf' })[0]).toEqual({
      key: 'e07',
      source: 'place:al-tanf',
      target: 'place:syria',
      sourceLabel: 'al-Tanf',
      targetLabel: 'Syria',
      type: 'located_in',
      predicate: 'in southern',
      evidence: [{ doc: 'rebels-defect', sentence: 6, start: 600, end: 672, text: 'The Commandos of the Revolution are based at al-Tanf, in southern Syria.' }],
      confidence: 0.95,
      weight: 1,
      method: 'pattern:in-region',
    });
  });

  it('throws for an unknown head and for a confidence outside 0..1', () => {
    expect(() => relations(graph, { head: 'Atlantis' })).toThrowError(expect.objectContaining({ name: 'NotFoundError' }));
    expect(() => relations(graph, { minConfidence: 2 })).toThrowError(
      expect.objectContaining({ name: 'BadInputError', message: 'relations: minConfidence must be a number between 0 and 1, got 2' }),
    );
    expect(() => relations(graph, { minConfidence: Number.NaN })).toThrowError(expect.objectContaining({ name: 'BadInputError' }));
  });
});
