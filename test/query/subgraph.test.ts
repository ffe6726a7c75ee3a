import { describe, expect, it } from 'vitest';
import { subgraph } from '../../src/query/index.js';
import { smallGraph } from './fixture.js';

const graph = smallGraph();

describe('subgraph', () => {
  it.each<[number, string[], string[]]>([
    [0, ['place:al-tanf'], []],
    [1, ['group:commandos-of-the-revolution', 'place:al-tanf', 'place:syria'], ['e06', 'e07']],
    [
      2,
      ['organisation:us-military', 'organisation:syrian-army', 'group:commandos-of-the-revolution', 'group:isis', 'place:al-tanf', 'place:syria'],
      ['e02', 'e03', 'e05', 'e06', 'e07', 'e09'],
    ],
  ])('at depth %i keeps the nodes within reach and the edges among them', (depth, nodes, edges) => {
    const part = subgraph(graph, 'At Tanf', depth);
    expect(part.nodes()).toEqual(nodes);
    expect(part.edges()).toEqual(edges);
  });

  it('keeps attributes, endpoints and graph attributes, as copies', () => {
    const part = subgraph(graph, 'al-Tanf', 1);
    expect(part.getNodeAttributes('place:syria')).toEqual(graph.getNodeAttributes('place:syria'));
    expect(part.getEdgeAttributes('e07')).toEqual(graph.getEdgeAttributes('e07'));
    expect(part.extremities('e07')).toEqual(['place:al-tanf', 'place:syria']);
    expect(part.getAttributes()).toEqual(graph.getAttributes());
    part.getEdgeAttributes('e07').evidence[0]!.text = 'changed';
    expect(graph.getEdgeAttributes('e07').evidence[0]?.text).not.toBe('changed');
  });

  it('follows co-occurrence edges only when asked', () => {
    expect(subgraph(graph, 'Moscow', 3).nodes()).toEqual(['place:moscow']);
    expect(subgraph(graph, 'Moscow', 1, { includeCooccurs: true }).nodes()).toEqual(['organisation:russian-military', 'place:moscow']);
  });

  it('refuses a negative or fractional depth', () => {
    expect(() => subgraph(graph, 'Syria', -1)).toThrowError(expect.objectContaining({ name: 'BadInputError' }));
    expect(() => subgraph(graph, 'Syria', 1.5)).toThrowError(expect.objectContaining({ name: 'BadInputError' }));
  });
});
