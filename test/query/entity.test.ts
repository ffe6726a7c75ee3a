import { describe, expect, it } from 'vitest';
import { entity, findEntityKey, loadGraph } from '../../src/query/index.js';
import { smallGraph } from './fixture.js';

const graph = smallGraph();

describe('entity', () => {
  it.each([
    ['person:ryan-dillon', 'person:ryan-dillon', 'the key'],
    ['Ryan Dillon', 'person:ryan-dillon', 'the label'],
    ['Dillon', 'person:ryan-dillon', 'an alias'],
    ['col ryan dillon', 'person:ryan-dillon', 'an alias without its full stop'],
    ['RYAN   dillon', 'person:ryan-dillon', 'the label in other case and spacing'],
    ['Marko Marjanovic', 'person:marko-marjanovic', 'the label without its accent'],
    ['marjanović', 'person:marko-marjanovic', 'an accented alias'],
    ['At Tanf', 'place:al-tanf', 'one spelling of a place'],
    ['al-Tanf', 'place:al-tanf', 'another spelling'],
    ['AL TANF', 'place:al-tanf', 'a third'],
    ['Revolutionary Commandos', 'group:commandos-of-the-revolution', 'an alias of a group'],
    ['us military', 'organisation:us-military', 'the label without its full stops'],
    ['u.s. military', 'organisation:us-military', 'an alias with its full stops'],
    ['PLACE:Syria', 'place:syria', 'the key in other case'],
  ])('finds %j (%s)', (name, key) => {
    expect(entity(graph, name).key).toBe(key);
  });

  it('returns the key with every attribute', () => {
    expect(entity(graph, 'Dillon')).toEqual({
      key: 'person:ryan-dillon',
      label: 'Ryan Dillon',
      type: 'person',
      aliases: ['Col. Ryan Dillon', 'Dillon', 'Ryan Dillon'],
      mentions: 4,
      docs: ['rebels-defect'],
      degree: 2,
      pagerank: 0.05,
    });
  });

  it('does not hand out the graph’s own attribute object', () => {
    const record = entity(graph, 'Syria');
    record.label = 'changed';
    expect(graph.getNodeAttribute('place:syria', 'label')).toBe('Syria');
  });

  it('throws NotFoundError with suggestions for a misspelt name', () => {
    expect(() => entity(graph, 'Ryan Dilon')).toThrowError(
      expect.objectContaining({
        name: 'NotFoundError',
        message: 'no entity named "Ryan Dilon" in the graph; did you mean "Ryan Dillon" (person:ryan-dillon)?',
      }),
    );
  });

  it('suggests searching when nothing is close', () => {
    expect(() => entity(graph, 'Zanzibar Quux')).toThrowError(
      expect.objectContaining({ name: 'NotFoundError', message: 'no entity named "Zanzibar Quux" in the graph; try "search" with part of the name' }),
    );
  });

  it('finds nothing for a name of punctuation only', () => {
    expect(() => entity(graph, '--')).toThrowError(expect.objectContaining({ name: 'NotFoundError' }));
  });

  it('prefers a label over an alias, then more mentions, when two nodes share a name', () => {
    const shared = loadGraph({
      attributes: { schemaVersion: 1, docs: [] },
      nodes: [
        { key: 'place:georgia', attributes: { label: 'Georgia', type: 'place', aliases: ['Georgia'], mentions: 1, docs: [] } },
        { key: 'person:georgia-smith', attributes: { label: 'Georgia Smith', type: 'person', aliases: ['Georgia'], mentions: 9, docs: [] } },
        { key: 'place:jordan', attributes: { label: 'Jordan river', type: 'place', aliases: ['Jordan'], mentions: 1, docs: [] } },
        { key: 'person:jordan-b', attributes: { label: 'Jordan B', type: 'person', aliases: ['Jordan'], mentions: 3, docs: [] } },
      ],
      edges: [],
    });
    expect(findEntityKey(shared, 'georgia')).toBe('place:georgia');
    expect(findEntityKey(shared, 'jordan')).toBe('person:jordan-b');
  });
});
