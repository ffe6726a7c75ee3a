import { describe, expect, it } from 'vitest';
import { neighbors, parseGraph, type NeighborsOptions } from '../../src/query/index.js';
import { smallGraph } from './fixture.js';

const graph = smallGraph();
const summary = (name: string, options: NeighborsOptions = {}) =>
  neighbors(graph, name, options).map(({ node, edges }) => `${node.key} ${edges.map((edge) => edge.key).join(',')}`);

describe('neighbors', () => {
  it.each<[string, string, NeighborsOptions, string[]]>([
    [
      'all relation edges of the US military, most edges first, each neighbour’s edges strongest first',
      'US military',
      {},
      ['group:commandos-of-the-revolution e02,e03', 'person:ryan-dillon e01'],
    ],
    ['outgoing only', 'US military', { direction: 'out' }, ['group:commandos-of-the-revolution e02,e03']],
    ['incoming only', 'US military', { direction: 'in' }, ['person:ryan-dillon e01']],
    ['hedged edges when asked', 'US military', { includeHedged: true, direction: 'out' }, ['group:commandos-of-the-revolution e02,e03,e04']],
    ['by neighbour type', 'Commandos of the Revolution', { type: 'place' }, ['place:al-tanf e06']],
    ['by relation', 'Commandos of the Revolution', { relation: 'opposes' }, ['group:isis e09']],
    ['no co-occurrence by default', 'Dillon', {}, ['organisation:us-military e01']],
    ['co-occurrence when asked', 'Dillon', { includeCooccurs: true }, ['place:al-tanf e12', 'organisation:us-military e01']],
    ['co-occurrence when it is the relation asked for', 'Dillon', { relation: 'cooccurs' }, ['place:al-tanf e12']],
    ['no negated edges by default', 'Pentagon', {}, []],
    ['negated edges when asked', 'Pentagon', { includeNegated: true }, ['organisation:syrian-army e10']],
    ['a symmetric edge stored in the other direction, as outgoing', 'Syrian army', { direction: 'out', relation: 'allied_with' }, ['organisation:russian-military e11']],
    ['a symmetric edge as incoming', 'Russian military', { direction: 'in' }, ['organisation:syrian-army e11']],
    ['document nodes', 'Marko Marjanovic', {}, ['document:rebels-defect e14']],
  ])('lists %s', (_what, name, options, expected) => {
    expect(summary(name, options)).toEqual(expected);
  });

  it('gives each neighbour as a full record and each edge with labels and evidence', () => {
    const [first] = neighbors(graph, 'Ryan Dillon');
    expect(first?.node).toMatchObject({ key: 'organisation:us-military', label: 'US military', type: 'organisation' });
    expect(first?.edges[0]).toMatchObject({
      key: 'e01',
      source: 'person:ryan-dillon',
      target: 'organisation:us-military',
      sourceLabel: 'Ryan Dillon',
      targetLabel: 'US military',
      type: 'works_for',
      predicate: 'spokesman for',
      evidence: [{ doc: 'rebels-defect', sentence: 1, text: 'Col. Ryan Dillon, a spokesman for the US military, confirmed the defection.' }],
    });
  });

  it('throws NotFoundError for an unknown entity and BadInputError for a bad direction', () => {
    expect(() => neighbors(graph, 'Nobody Atall')).toThrowError(expect.objectContaining({ name: 'NotFoundError' }));
    expect(() => neighbors(graph, 'Syria', { direction: 'up' as never })).toThrowError(
      expect.objectContaining({ name: 'BadInputError', message: 'neighbors: unknown direction "up"; expected one of out, in, both' }),
    );
  });

  it('lists a self-loop once, with the entity as its own neighbour', () => {
    const looped = parseGraph({
      attributes: { schemaVersion: 1 },
      nodes: [{ key: 'place:x', attributes: { label: 'X', type: 'place' } }],
      edges: [{ key: 'loop', source: 'place:x', target: 'place:x', attributes: { type: 'related_to' } }],
    });
    expect(neighbors(looped, 'X').map(({ node, edges }) => [node.key, edges.map((edge) => edge.key)])).toEqual([['place:x', ['loop']]]);
  });
});
