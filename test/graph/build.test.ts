import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/index.js';
import { extractText } from '../helpers.js';
import { SCHEMA_VERSION } from '../../src/types.js';

const ARTICLE_A = 'Ryan Dillon, a coalition spokesman, told CNN that the talks failed. The coalition left. Dillon told CNN again.';
const ARTICLE_B = 'The Houthis, who are supported by Iran, denied it. Ryan Dillon told CNN so.';

describe('buildGraph', () => {
  const graph = buildGraph([extractText(ARTICLE_A, 'a'), extractText(ARTICLE_B, 'b')]);

  it('keys nodes by type and slug, with the contract attributes', () => {
    const dillon = graph.getNodeAttributes('person:ryan-dillon');
    expect(dillon).toMatchObject({ label: 'Ryan Dillon', type: 'person', aliases: ['Dillon', 'Ryan Dillon'], mentions: 3, docs: ['a', 'b'] });
    expect(typeof dillon.pagerank).toBe('number');
    expect(dillon.degree).toBeGreaterThan(0);
    graph.forEachNode((key, a) => expect(key.startsWith(`${a.type}:`)).toBe(true));
  });

  it('makes one edge per head, tail, type and predicate, with every sentence as evidence', () => {
    const told = graph.edges('person:ryan-dillon', 'organisation:cnn').map((e) => graph.getEdgeAttributes(e)).filter((a) => a.type === 'communicated_with');
    expect(told).toHaveLength(1);
    expect(told[0]!.evidence.map((e) => [e.doc, e.sentence])).toEqual([['a', 0], ['a', 2], ['b', 1]]);
    expect(told[0]!.weight).toBe(3);
    expect(told[0]!.method).toBe('pattern:active-verb');
    expect(told[0]!.confidence).toBeGreaterThan(0.75);
    expect(told[0]!.confidence).toBeLessThanOrEqual(1);
  });

  it('gives the edges one sentence supports one evidence object, and keeps items that differ apart', () => {
    const many = buildGraph([extractText('Angela Merkel met Emmanuel Macron and Ryan Dillon in Paris on Monday.', 'm')]);
    const items = many.mapEdges((_, attributes) => attributes.evidence).flat();
    // Four names, six co-occurrence edges, one sentence: one object.
    expect(many.filterEdges((_, a) => a.type === 'cooccurs').length).toBeGreaterThanOrEqual(6);
    const byContent = new Map<string, Set<object>>();
    for (const item of items) {
      const content = JSON.stringify(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)));
      byContent.set(content, (byContent.get(content) ?? new Set()).add(item));
    }
    for (const [content, objects] of byContent) expect(objects.size, content).toBe(1);
    expect(new Set(items).size).toBeLessThan(items.length);
    // In article a, the report "told CNN that ..." carries its statement: the
    // co-occurrence of the same sentence carries none, and stays another item.
    const told = graph.edges('person:ryan-dillon', 'organisation:cnn').find((e) => graph.getEdgeAttribute(e, 'type') === 'communicated_with')!;
    const cooccurs = graph.edges('organisation:cnn', 'person:ryan-dillon').find((e) => graph.getEdgeAttribute(e, 'type') === 'cooccurs')!;
    const [report, plain] = [graph.getEdgeAttribute(told, 'evidence')[0]!, graph.getEdgeAttribute(cooccurs, 'evidence')[0]!];
    expect([report.doc, report.sentence, plain.doc, plain.sentence]).toEqual(['a', 0, 'a', 0]);
    expect(report.statement).toBe('the talks failed');
    expect(plain.statement).toBeUndefined();
    expect(report).not.toBe(plain);
  });

  it('stores symmetric co-occurrence once, from the smaller key, weighted by sentences', () => {
    const edges = graph.filterEdges((_, a) => a.type === 'cooccurs');
    for (const edge of edges) {
      const [source, target] = graph.extremities(edge);
      expect(source < target).toBe(true);
      expect(graph.getEdgeAttribute(edge, 'symmetric')).toBe(true);
    }
    const pair = edges.find((e) => graph.source(e) === 'organisation:cnn' && graph.target(e) === 'person:ryan-dillon');
    expect(graph.getEdgeAttribute(pair!, 'weight')).toBe(3);
  });

  it('leaves negated and hedged claims out unless asked', () => {
    const text = 'The Houthis did not attack the Red Cross.';
    const plain = buildGraph([extractText(text)]);
    const withUncertain = buildGraph([extractText(text)], { uncertain: true });
    expect(plain.filterEdges((_, a) => a.type === 'opposes')).toHaveLength(0);
    const kept = withUncertain.filterEdges((_, a) => a.type === 'opposes');
    expect(kept).toHaveLength(1);
    expect(withUncertain.getEdgeAttribute(kept[0]!, 'negated')).toBe(true);
  });

  it('can leave co-occurrence out', () => {
    const bare = buildGraph([extractText(ARTICLE_A, 'a')], { cooccurrence: false });
    expect(bare.filterEdges((_, a) => a.type === 'cooccurs')).toHaveLength(0);
  });

  it('records the documents as graph attributes', () => {
    expect(graph.getAttribute('schemaVersion')).toBe(SCHEMA_VERSION);
    expect(graph.getAttribute('docs').map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('gives the same graph whatever order the articles come in', () => {
    const reversed = buildGraph([extractText(ARTICLE_B, 'b'), extractText(ARTICLE_A, 'a')]);
    expect(JSON.stringify(reversed.export())).toBe(JSON.stringify(graph.export()));
  });

  it('builds an empty graph from no articles', () => {
    const empty = buildGraph([]);
    expect(empty.order).toBe(0);
    expect(empty.getAttribute('docs')).toEqual([]);
  });
});
