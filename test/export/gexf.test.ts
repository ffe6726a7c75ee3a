import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { parseColor } from '../../src/export/color.js';
import { toGEXF } from '../../src/export/gexf.js';
import { GEXF_VERSIONS, parseGexfVersion } from '../../src/export/gexf-version.js';
import { NODE_TYPE_COLORS, sizeForDegree } from '../../src/export/palette.js';
import type { NodeType } from '../../src/types.js';
import { xmlSafe } from './expected.js';
import { HOSTILE, emptyGraph, hostileGraph, newsGraph, oddGraph, smallGraph, type TestGraph } from './graphs.js';

const GOLDEN = fileURLToPath(new URL('../fixtures/export/small.gexf', import.meta.url));
const GOLDEN_1_2DRAFT = fileURLToPath(new URL('../fixtures/export/small-1.2draft.gexf', import.meta.url));

function expectGolden(path: string, text: string): void {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
  expect(existsSync(path), `missing ${path}: run UPDATE_GOLDEN=1 npx vitest run test/export`).toBe(true);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

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
    expectGolden(GOLDEN, toGEXF(smallGraph()));
  });
});

/** Round trip of a 1.2draft file: no viz elements, so styling comes back as the very attribute values. */
function expectRoundTrip12(graph: TestGraph): void {
  const parsed = parse(MultiGraph, toGEXF(graph, { version: '1.2draft' }));
  expect(parsed.order).toBe(graph.order);
  expect(parsed.size).toBe(graph.size);
  graph.forEachNode((key, original) => {
    expect(parsed.hasNode(key), key).toBe(true);
    const back = { ...parsed.getNodeAttributes(key) };
    for (const name of Object.keys(back)) if (name.startsWith('doc_') && !(name in original)) delete back[name];
    expect(back, key).toEqual(xmlSafe(original));
  });
  graph.forEachEdge((key, original, source, target) => {
    expect(parsed.hasEdge(key), key).toBe(true);
    expect([parsed.source(key), parsed.target(key)]).toEqual([source, target]);
    const { evidence, label, ...back } = parsed.getEdgeAttributes(key);
    const { evidence: originalEvidence, ...rest } = original;
    expect(back, key).toEqual(xmlSafe(rest));
    expect(JSON.parse(evidence as string), key).toEqual(originalEvidence);
    expect(label).toBe(original.predicate || original.type);
  });
}

describe('toGEXF version option', () => {
  it('writes 1.3 by default, the same bytes as asking for it', () => {
    for (const build of [smallGraph, newsGraph, hostileGraph, oddGraph, emptyGraph]) {
      expect(toGEXF(build(), { version: '1.3' })).toBe(toGEXF(build()));
    }
  });

  it('writes the 1.2draft root: namespaces and version="1.2"', () => {
    const gexf = toGEXF(smallGraph(), { version: '1.2draft' });
    expect(gexf.startsWith(
      '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    )).toBe(true);
    expect(gexf).not.toContain('gexf.net/1.3');
    expect(gexf).not.toContain('schemaLocation');
  });

  it('leaves out what 1.2draft does not allow: edge kind and viz elements', () => {
    const gexf = toGEXF(newsGraph(), { version: '1.2draft' });
    expect(gexf).not.toMatch(/ kind="/);
    expect(gexf).not.toContain('<viz:');
    // The 1.3 file of the same graph has both, so the checks above can fail.
    const gexf13 = toGEXF(newsGraph());
    expect(gexf13).toMatch(/ kind="/);
    expect(gexf13).toContain('<viz:color');
  });

  it('carries x, y, size and color as typed attvalues in 1.2draft', () => {
    const gexf = toGEXF(newsGraph(), { version: '1.2draft' });
    expect(gexf).toContain('<attribute id="x" title="x" type="double"/>');
    expect(gexf).toContain('<attribute id="size" title="size" type="double"/>');
    expect(gexf).toContain('<attribute id="color" title="color" type="string"/>');
    expect(gexf).toContain('<attvalue for="color" value="#112233"/>');
    expect(gexf).toContain('<attvalue for="color" value="rgba(10,20,30,0.5)"/>');
    // Only the graph's own styling: no colour made up from the type.
    expect(gexf.match(/<attvalue for="color"/g)).toHaveLength(2);
  });

  it('round-trips every attribute through graphology-gexf in 1.2draft', () => {
    expectRoundTrip12(newsGraph());
    expectRoundTrip12(smallGraph());
    expectRoundTrip12(hostileGraph());
  });

  it('keeps the same meta, nodes, edges and order in 1.2draft', () => {
    const parsed = parse(MultiGraph, toGEXF(newsGraph(), { version: '1.2draft' }));
    expect(parsed.getAttribute('creator')).toBe('newsgraph');
    expect(parsed.getAttribute('keywords')).toBe('ISIS, Syria');
    expect(parsed.getNodeAttribute('document:syria-tanf', 'doc_tags')).toEqual(['Syria', 'ISIS']);
    const gexf = toGEXF(newsGraph({ order: 'reversed' }), { version: '1.2draft' });
    expect(gexf).toBe(toGEXF(newsGraph(), { version: '1.2draft' }));
    const edgeIds = [...gexf.matchAll(/<edge id="([^"]*)"/g)].map((m) => m[1]);
    expect(edgeIds).toEqual([...edgeIds].sort());
    expect(edgeIds).toHaveLength(6);
  });

  it('refuses an unknown version, naming it and the choices', () => {
    expect(() => toGEXF(smallGraph(), { version: '1.1draft' as never })).toThrowError(
      expect.objectContaining({ name: 'UsageError', message: expect.stringMatching(/"1\.1draft".*1\.3, 1\.2draft/) }),
    );
  });

  it('matches the 1.2draft golden file byte for byte (UPDATE_GOLDEN=1 rewrites it)', () => {
    expectGolden(GOLDEN_1_2DRAFT, toGEXF(smallGraph(), { version: '1.2draft' }));
  });
});

describe('parseGexfVersion', () => {
  it('accepts the versions we write', () => {
    expect(GEXF_VERSIONS).toEqual(['1.3', '1.2draft']);
    expect(parseGexfVersion('1.3')).toBe('1.3');
    expect(parseGexfVersion(' 1.2draft ')).toBe('1.2draft');
  });

  it('throws a UsageError naming the value, the option and the choices', () => {
    for (const bad of ['1.2', '1.1draft', '1.3draft', 'latest', '']) {
      expect(() => parseGexfVersion(bad, '--gexf-version'), bad).toThrowError(
        expect.objectContaining({ name: 'UsageError', message: `unknown --gexf-version "${bad}"; choose from 1.3, 1.2draft` }),
      );
    }
  });
});
