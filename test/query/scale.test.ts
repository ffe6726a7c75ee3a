// Not a benchmark: a guard that queries stay linear-ish on a graph far larger
// than the fixture, so a big or hostile file cannot stall the CLI.
import { describe, expect, it } from 'vitest';
import { entity, neighbors, parseGraph, path, relations, search, subgraph } from '../../src/query/index.js';

function bigGraphText(nodes: number): string {
  const data = {
    attributes: { schemaVersion: 1, docs: [{ id: 'd' }] },
    nodes: Array.from({ length: nodes }, (_, i) => ({
      key: `person:p${i}`,
      attributes: { label: `Person Number ${i}`, type: 'person', aliases: [`P${i}`, `Person Number ${i}`], mentions: i % 7, docs: ['d'] },
    })),
    edges: Array.from({ length: nodes * 2 }, (_, i) => ({
      key: `e${i}`,
      source: `person:p${i % nodes}`,
      target: `person:p${(i * 7 + 1) % nodes}`,
      attributes: { type: i % 5 === 0 ? 'cooccurs' : 'met_with', predicate: 'met', evidence: [{ doc: 'd', sentence: i, start: 0, end: 1, text: 'x' }], confidence: 0.5, weight: 1, method: 'm' },
    })),
  };
  return JSON.stringify(data);
}

describe('queries on a large graph', () => {
  it('load, look up, search, walk and cut 20 000 nodes and 40 000 edges in seconds', () => {
    const started = Date.now();
    const graph = parseGraph(bigGraphText(20000));
    expect(graph.order).toBe(20000);
    expect(entity(graph, 'person number 19999').key).toBe('person:p19999');
    expect(search(graph, 'Person Number 123', { limit: 3 }).map((hit) => hit.key)[0]).toBe('person:p123');
    expect(neighbors(graph, 'P5').length).toBeGreaterThan(0);
    expect(relations(graph, { head: 'P6' }).length).toBeGreaterThan(0);
    expect(path(graph, 'P1', 'P400')?.length).toBeLessThanOrEqual(3);
    expect(subgraph(graph, 'P1', 2).order).toBeGreaterThan(1);
    expect(Date.now() - started).toBeLessThan(15000);
  });
});
