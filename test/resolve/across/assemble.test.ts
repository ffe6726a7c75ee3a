import { describe, expect, it } from 'vitest';
import { assembleGraph } from '../../../src/corpus/assemble.js';
import { article, shuffled } from './corpus.js';

const corpus = [
  article('a', [
    { key: 'group:syrian-democratic-forces', label: 'Syrian Democratic Forces', aliases: ['SDF'], mentions: 3 },
    { key: 'place:raqqa', label: 'Raqqa' },
  ]),
  article('b', [
    { key: 'group:sdf', label: 'SDF', mentions: 2 },
    { key: 'place:raqqa', label: 'Raqqa' },
  ]),
  // One article naming both keys: their relation would loop on the merged node.
  article('c', [
    { key: 'group:sdf', label: 'SDF' },
    { key: 'group:syrian-democratic-forces', label: 'Syrian Democratic Forces', aliases: ['SDF'] },
  ]),
];

describe('assembleGraph across articles', () => {
  it('puts merged keys on one node, with the other labels as aliases, and rewires relations', () => {
    const { graph, merges } = assembleGraph(corpus);
    expect(merges.map((m) => [m.from, m.into])).toEqual([['group:sdf', 'group:syrian-democratic-forces']]);
    expect(graph.hasNode('group:sdf')).toBe(false);
    const node = graph.getNodeAttributes('group:syrian-democratic-forces');
    expect(node.label).toBe('Syrian Democratic Forces');
    expect(node.aliases).toEqual(['SDF', 'Syrian Democratic Forces']);
    expect(node.mentions).toBe(3 + 2 + 1 + 1);
    expect(node.docs).toEqual(['a', 'b', 'c']);
    const cooccurrence = graph.edges('group:syrian-democratic-forces', 'place:raqqa').map((e) => graph.getEdgeAttributes(e));
    expect(cooccurrence).toHaveLength(1);
    expect(cooccurrence[0]!.evidence.map((e) => e.doc)).toEqual(['a', 'b']);
    expect(graph.edges().every((e) => graph.source(e) !== graph.target(e))).toBe(true);
  });

  it('keeps one node per key when told not to merge across articles', () => {
    const { graph, merges } = assembleGraph(corpus, { acrossArticles: false });
    expect(merges).toEqual([]);
    expect(graph.hasNode('group:sdf')).toBe(true);
  });

  it('honours the alias table', () => {
    const { graph } = assembleGraph(corpus, { table: { version: 1, decisions: [{ action: 'reject', keys: ['group:sdf', 'group:syrian-democratic-forces'] }] } });
    expect(graph.hasNode('group:sdf')).toBe(true);
  });

  it('builds the same graph whatever the order of the articles', () => {
    const expected = JSON.stringify(assembleGraph(corpus).graph.export());
    for (const seed of [7, 8, 9]) expect(JSON.stringify(assembleGraph(shuffled(corpus, seed)).graph.export())).toBe(expected);
  });
});
