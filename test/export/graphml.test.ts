import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGEXF } from '../../src/export/gexf.js';
import { toGraphML } from '../../src/export/graphml.js';
import { xmlSafe } from './expected.js';
import { hostileGraph, newsGraph, oddGraph, type TestGraph } from './graphs.js';

// graphology-graphml reads every string as a string, so lists and evidence come back as JSON text.
const JSON_VALUED = ['aliases', 'docs', 'evidence'];

function decoded(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributes).map(([k, v]) => [k, JSON_VALUED.includes(k) && typeof v === 'string' ? JSON.parse(v) : v]),
  );
}

function expectRoundTrip(graph: TestGraph): void {
  const parsed = parse(MultiGraph, toGraphML(graph));
  expect(parsed.order).toBe(graph.order);
  expect(parsed.size).toBe(graph.size);
  // JSON-valued attributes keep every character (JSON escapes them); plain strings lose what XML cannot hold.
  graph.forEachNode((key, original) => {
    const { aliases, docs, ...rest } = original;
    expect(decoded(parsed.getNodeAttributes(key))).toEqual({ ...xmlSafe(rest), aliases, docs });
  });
  graph.forEachEdge((key, original, source, target) => {
    const { evidence, ...rest } = original;
    expect(decoded(parsed.getEdgeAttributes(key))).toEqual({ ...xmlSafe(rest), evidence });
    expect([parsed.source(key), parsed.target(key)]).toEqual([source, target]);
  });
}

describe('toGraphML', () => {
  it('round-trips the news graph through graphology-graphml', () => {
    expectRoundTrip(newsGraph());
    const parsed = parse(MultiGraph, toGraphML(newsGraph()));
    expect(parsed.getAttribute('schemaVersion')).toBe(1);
    expect(JSON.parse(parsed.getAttribute('docs') as string)).toEqual(newsGraph().getAttribute('docs'));
  });

  it('round-trips hostile strings', () => {
    expectRoundTrip(hostileGraph());
    expect(toGraphML(hostileGraph())).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('declares typed keys, fractional measures as double', () => {
    const graphml = toGraphML(newsGraph());
    expect(graphml).toContain('<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(graphml).toContain('<key id="n_x" for="node" attr.name="x" attr.type="double"/>');
    expect(graphml).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(graphml).toContain('<key id="e_symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>');
    expect(graphml).toContain('<graph id="newsgraph" edgedefault="directed">');
  });

  it('writes JSON values in canonical order: the graph\'s docs in document order, other objects sorted', () => {
    const graph = oddGraph();
    // Fields set out of order: each document is written id first, as the contract lists them.
    graph.setAttribute('docs' as never, [{ tags: ['b', 'a'], title: 'T', id: 'd1', date: null }] as never);
    const graphml = toGraphML(graph);
    expect(graphml).toContain('<data key="g_docs">[{&quot;id&quot;:&quot;d1&quot;,&quot;title&quot;:&quot;T&quot;,&quot;date&quot;:null,&quot;tags&quot;:[&quot;b&quot;,&quot;a&quot;]}]</data>');
    // A nested node value another stage added: keys sorted, in GraphML as in GEXF.
    expect(graphml).toContain('<data key="n_extra">{&quot;a&quot;:[true],&quot;b&quot;:1}</data>');
    expect(toGEXF(graph)).toContain('<attvalue for="extra" value="{&quot;a&quot;:[true],&quot;b&quot;:1}"/>');
  });

  it('gives the same bytes for the same content, whatever the insertion order', () => {
    expect(toGraphML(newsGraph({ order: 'reversed' }))).toBe(toGraphML(newsGraph()));
    expect(toGraphML(newsGraph({ generatedKeys: true, order: 'reversed' }))).toBe(toGraphML(newsGraph({ generatedKeys: true })));
  });
});
