// The GraphML export read by networkx and checked well-formed by xmllint.
// Needs libxml2-utils and python3-networkx; without them the tests fail and say so.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toGraphML } from '../../src/export/graphml.js';
import { python, xmllint } from './external-tools.js';
import { HOSTILE, hostileGraph, newsGraph } from './graphs.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-graphml-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const READ_GRAPHML = `
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({
  "directed": g.is_directed(),
  "multigraph": g.is_multigraph(),
  "graph": g.graph,
  "nodes": {n: d for n, d in g.nodes(data=True)},
  "edges": [[s, t, k, d] for s, t, k, d in g.edges(keys=True, data=True)] if g.is_multigraph()
           else [[s, t, d.get("id"), d] for s, t, d in g.edges(data=True)],
}))
`;

describe('GraphML read by networkx', () => {
  it('is well-formed XML', () => {
    for (const [name, graph] of [['news', newsGraph()], ['hostile', hostileGraph()]] as const) {
      const file = join(folder, `${name}.graphml`);
      writeFileSync(file, toGraphML(graph));
      const { status, output } = xmllint(file);
      expect(status, output).toBe(0);
    }
  });

  it('reads nodes, parallel edges and typed values', () => {
    const graph = newsGraph();
    const file = join(folder, 'news-networkx.graphml');
    writeFileSync(file, toGraphML(graph));
    const read = python(READ_GRAPHML, [file]) as {
      directed: boolean;
      multigraph: boolean;
      graph: Record<string, unknown>;
      nodes: Record<string, Record<string, unknown>>;
      edges: Array<[string, string, string, Record<string, unknown>]>;
    };
    expect(read.directed).toBe(true);
    expect(read.multigraph).toBe(true);
    expect(Object.keys(read.nodes)).toHaveLength(graph.order);
    expect(read.edges).toHaveLength(graph.size);
    expect(read.graph.schemaVersion).toBe(1);
    expect(JSON.parse(read.graph.docs as string)).toEqual(graph.getAttribute('docs'));
    expect(read.nodes['person:ryan-dillon']).toMatchObject({ label: 'Ryan Dillon', type: 'person', mentions: 3, pagerank: 0.21, x: 1.5, size: 9, color: '#112233' });
    expect(JSON.parse(read.nodes['person:ryan-dillon']?.aliases as string)).toEqual(['Dillon', 'Ryan Dillon']);
    const defected = read.edges.find(([, , key]) => key === 'defected_to:group:commandos-of-the-revolution->group:isis');
    expect(defected?.[3]).toMatchObject({ type: 'defected_to', confidence: 0.85, weight: 2, hedged: false, negated: false });
    expect(JSON.parse(defected?.[3].evidence as string)).toHaveLength(2);
  });

  it('reads hostile strings', () => {
    const graph = hostileGraph();
    const file = join(folder, 'hostile-networkx.graphml');
    writeFileSync(file, toGraphML(graph));
    const read = python(READ_GRAPHML, [file]) as { nodes: Record<string, Record<string, unknown>>; edges: Array<[string, string, string, Record<string, unknown>]> };
    expect(read.nodes['person:hostile']?.label).toBe(HOSTILE.script);
    expect(read.nodes['place:"quoted"&amp']?.label).toBe(HOSTILE.rtl);
    expect(JSON.parse(read.edges[0]?.[3].evidence as string)).toEqual(graph.getEdgeAttribute('edge<&>"', 'evidence'));
  });
});
