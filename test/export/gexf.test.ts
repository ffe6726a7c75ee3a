import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { parseColor } from '../../src/export/color.js';
import { toGEXF } from '../../src/export/gexf.js';
import { NODE_TYPE_COLORS, sizeForDegree } from '../../src/export/palette.js';
import type { NodeType } from '../../src/types.js';
import { xmlSafe } from './expected.js';
import { HOSTILE, emptyGraph, hostileGraph, newsGraph, oddGraph, smallGraph, type TestGraph } from './graphs.js';

const GOLDEN = fileURLToPath(new URL('../fixtures/export/small.gexf', import.meta.url));

function roundTrip(graph: TestGraph) {
  return parse(MultiGraph, toGEXF(graph));
}

/** Checks that every node and edge attribute of `graph` comes back from graphology-gexf's parser. */
function expectRoundTrip(graph: TestGraph): void {
  const parsed = roundTrip(graph);
  expect(parsed.order).toBe(graph.order);
  expect(parsed.size).toBe(graph.size);

  graph.forEachNode((key, original) => {
    expect(parsed.hasNode(key), key).toBe(true);
    const back = parsed.getNodeAttributes(key);
    const { color, size, ...rest } = original;
    expect(back, key).toMatchObject(xmlSafe(rest));
    // Colours come back as rgb()/rgba(), the same colour spelled another way.
    const expectedColor = parseColor(color) ?? parseColor(NODE_TYPE_COLORS[original.type as NodeType]);
    expect(parseColor(back.color), key).toEqual(expectedColor);
    expect(back.size, key).toBe(size ?? sizeForDegree(original.degree ?? 0));
    const added = Object.keys(back).filter((name) => !(name in original));
    expect(added.every((name) => ['color', 'size'].includes(name) || name.startsWith('doc_')), added.join()).toBe(true);
  });

  graph.forEachEdge((key, original, source, target) => {
    expect(parsed.hasEdge(key), key).toBe(true);
    expect(parsed.source(key)).toBe(source);
    expect(parsed.target(key)).toBe(target);
    const back = parsed.getEdgeAttributes(key);
    const { evidence, color, size, ...rest } = original;
    expect(back, key).toMatchObject(xmlSafe(rest));
    // Evidence travels as JSON, whose escapes carry even the characters XML cannot.
    expect(JSON.parse(back.evidence as string), key).toEqual(evidence);
    if (color !== undefined) expect(parseColor(back.color)).toEqual(parseColor(color));
    if (size !== undefined) expect(back.thickness).toBe(size);
    // For Gephi's display only.
    expect(back.kind).toBe(original.type);
    expect(back.label).toBe(original.predicate || original.type);
  });
}

describe('toGEXF', () => {
  it('writes a GEXF 1.3 document without xsi:schemaLocation', () => {
    const gexf = toGEXF(smallGraph());
    expect(gexf.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">')).toBe(true);
    expect(gexf).not.toContain('schemaLocation');
    expect(gexf).not.toContain('xmlns:xsi');
    expect(gexf.endsWith('</gexf>\n')).toBe(true);
  });

  it('puts the creator, the documents and their tags in <meta>', () => {
    const parsed = roundTrip(newsGraph());
    expect(parsed.getAttribute('creator')).toBe('newsgraph');
    expect(parsed.getAttribute('keywords')).toBe('ISIS, Syria');
    const description = parsed.getAttribute('description') as string;
    expect(description).toContain('6 nodes, 6 edges, from 1 document');
    expect(description).toContain('syria-tanf "US-trained rebels defect to ISIS"');
    expect(description).toContain('Global Research');
  });

  it('adds the document metadata to the document node', () => {
    const back = roundTrip(newsGraph()).getNodeAttributes('document:syria-tanf');
    expect(back).toMatchObject({
      doc_id: 'syria-tanf',
      doc_author: 'Marko Marjanović',
      doc_date: '2017-06-21',
      doc_outlet: 'Global Research',
      doc_source: 'Russia Insider',
      doc_url: 'https://example.org/syria-tanf',
      doc_tags: ['Syria', 'ISIS'],
    });
    expect(roundTrip(newsGraph()).getNodeAttributes('person:ryan-dillon')).not.toHaveProperty('doc_id');
  });

  it('round-trips every attribute of a news-like graph through graphology-gexf', () => {
    expectRoundTrip(newsGraph());
  });

  it('keeps parallel edges apart and marks every edge directed', () => {
    const gexf = toGEXF(newsGraph());
    const parsed = roundTrip(newsGraph());
    expect(parsed.type).toBe('directed');
    expect(parsed.edges('group:commandos-of-the-revolution', 'group:isis').sort()).toEqual([
      'defected_to:group:commandos-of-the-revolution->group:isis',
      'opposes:group:commandos-of-the-revolution->group:isis',
    ]);
    expect(gexf).not.toContain('type="undirected"');
    expect(parsed.getEdgeAttribute('cooccurs:place:al-tanf--person:ryan-dillon', 'symmetric')).toBe(true);
  });

  it('round-trips hostile strings, dropping only what XML 1.0 cannot hold', () => {
    expectRoundTrip(hostileGraph());
    const person = roundTrip(hostileGraph()).getNodeAttributes('person:hostile');
    expect(person.label).toBe(HOSTILE.script);
    expect(person.aliases).toEqual([
      'belltab\tvtffend',
      'half \ufffd pair and \ufffd tail',
      'nope',
      HOSTILE.quotes,
      HOSTILE.list,
      HOSTILE.whitespace,
      '',
    ]);
  });

  it('writes no character XML 1.0 forbids and escapes markup', () => {
    const gexf = toGEXF(hostileGraph());
    expect(gexf).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(gexf).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(gexf).not.toContain('<script>');
    expect(gexf).not.toContain(']]>');
    expect(gexf).toContain('label="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"');
    expect(gexf).toContain('🇸🇾');
    expect(gexf).toContain('الرقة ودير الزور');
  });

  it('keeps whitespace in labels through attribute-value normalisation', () => {
    const graph = smallGraph();
    graph.setNodeAttribute('person:ada', 'label', HOSTILE.whitespace);
    expect(roundTrip(graph).getNodeAttribute('person:ada', 'label')).toBe(HOSTILE.whitespace);
  });

  it('uses the type colour and a degree-based size when the node has none', () => {
    const back = roundTrip(newsGraph()).getNodeAttributes('group:commandos-of-the-revolution');
    expect(back.color).toBe('rgb(225,87,89)');
    expect(back.size).toBe(sizeForDegree(4));
    // An unreadable colour falls back to the type colour too.
    const place = roundTrip(hostileGraph()).getNodeAttributes('place:"quoted"&amp');
    expect(parseColor(place.color)).toEqual(parseColor(NODE_TYPE_COLORS.place));
  });

  it('carries attributes outside the contract, typed from their values', () => {
    const parsed = roundTrip(oddGraph());
    // Strings, numbers and booleans come back as they were; other values as JSON text.
    expect(parsed.getNodeAttributes('person:odd')).toMatchObject({ community: 2, hidden: false, note: 'kept', scores: '[0.5,1]', extra: '{"a":[true],"b":1}' });
    expect(parsed.getNodeAttribute('person:odd', 'pagerank')).toBeNaN();
    expect(parsed.getEdgeAttributes('chosen')).toMatchObject({ layer: 'x', confidence: Infinity, weight: 0 });
    expect(parsed.getNodeAttributes('bare')).toEqual({ color: 'rgb(186,176,172)', size: sizeForDegree(2) });
    const gexf = toGEXF(oddGraph());
    expect(gexf).toContain('<attribute id="community" title="community" type="integer"/>');
    expect(gexf).toContain('<attribute id="hidden" title="hidden" type="boolean"/>');
    expect(gexf).toContain('<attvalue for="confidence" value="Infinity"/>');
    expect(gexf).toContain('<attribute id="evidence" title="evidence" type="string"/>');
  });

  it('writes an empty graph', () => {
    const parsed = roundTrip(emptyGraph());
    expect(parsed.order).toBe(0);
    expect(parsed.getAttribute('description')).toBe('Knowledge graph built by newsgraph: 0 nodes, 0 edges, from 0 documents.');
  });

  it('gives the same bytes for the same content, whatever the insertion order', () => {
    expect(toGEXF(newsGraph())).toBe(toGEXF(newsGraph()));
    expect(toGEXF(newsGraph({ order: 'reversed' }))).toBe(toGEXF(newsGraph()));
  });

  it('gives edges with generated keys stable ids from their content', () => {
    const first = toGEXF(newsGraph({ generatedKeys: true }));
    const second = toGEXF(newsGraph({ generatedKeys: true, order: 'reversed' }));
    expect(first).toBe(second);
    expect(first).not.toContain('geid_');
    expect(first).toContain('<edge id="e0" source="group:commandos-of-the-revolution" target="group:isis"');
  });

  it('sorts nodes and edges by key', () => {
    const gexf = toGEXF(newsGraph({ order: 'reversed' }));
    const nodeIds = [...gexf.matchAll(/<node id="([^"]*)"/g)].map((m) => m[1]);
    const edgeIds = [...gexf.matchAll(/<edge id="([^"]*)"/g)].map((m) => m[1]);
    expect(nodeIds).toEqual([...nodeIds].sort());
    expect(edgeIds).toEqual([...edgeIds].sort());
    expect(nodeIds).toHaveLength(6);
    expect(edgeIds).toHaveLength(6);
  });

  it('matches the golden file byte for byte (UPDATE_GOLDEN=1 rewrites it)', () => {
    const gexf = toGEXF(smallGraph());
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, gexf);
    expect(existsSync(GOLDEN), `missing ${GOLDEN}: run UPDATE_GOLDEN=1 npx vitest run test/export`).toBe(true);
    expect(gexf).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
