// The GEXF export checked by outside readers: the official GEXF 1.3 and
// 1.2draft RelaxNG schemas (xmllint), networkx 3 (python3, or
// NEWSGRAPH_PYTHON) for 1.3, and Debian's networkx 2.8 (/usr/bin/python3 with
// python3-networkx, or NEWSGRAPH_DEBIAN_PYTHON) for 1.2draft. Without
// libxml2-utils or either networkx the tests fail and say so.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toGEXF } from '../../src/export/gexf.js';
import type { GexfVersion } from '../../src/export/gexf-version.js';
import { NODE_TYPE_COLORS, sizeForDegree } from '../../src/export/palette.js';
import { xmlSafe } from './expected.js';
import { DEBIAN_PYTHON, GEXF_1_2DRAFT_SCHEMA, GEXF_1_3_SCHEMA, PYTHON, networkxVersion, python, xmllint } from './external-tools.js';
import { HOSTILE, emptyGraph, hostileGraph, newsGraph, oddGraph, smallGraph, type TestGraph } from './graphs.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-gexf-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeTemp(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

// Prints what networkx read, as JSON: graph class, nodes with data, edges with key and data.
// Non-finite floats become the strings "NaN", "INF", "-INF" (JSON has no such numbers).
const READ_GEXF = `
import json, math, sys
import networkx as nx
def finite(v):
  if isinstance(v, float) and not math.isfinite(v):
    return "NaN" if math.isnan(v) else ("INF" if v > 0 else "-INF")
  if isinstance(v, dict):
    return {k: finite(x) for k, x in v.items()}
  if isinstance(v, list):
    return [finite(x) for x in v]
  return v
g = nx.read_gexf(sys.argv[1])
print(json.dumps(finite({
  "directed": g.is_directed(),
  "multigraph": g.is_multigraph(),
  "nodes": {n: d for n, d in g.nodes(data=True)},
  "edges": [[s, t, k, d] for s, t, k, d in g.edges(keys=True, data=True)] if g.is_multigraph()
           else [[s, t, d.get("id"), d] for s, t, d in g.edges(data=True)],
})))
`;

interface NetworkxGraph {
  directed: boolean;
  multigraph: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: Array<[string, string, string, Record<string, unknown>]>;
}

function readWithNetworkx(graph: TestGraph, name: string, version: GexfVersion = '1.3', interpreter = PYTHON): NetworkxGraph {
  return python(READ_GEXF, [writeTemp(name, toGEXF(graph, { version }))], interpreter) as NetworkxGraph;
}

function readWithDebianNetworkx(graph: TestGraph, name: string): NetworkxGraph {
  return readWithNetworkx(graph, name, '1.2draft', DEBIAN_PYTHON);
}

describe('GEXF against the official 1.3 RelaxNG schema (xmllint)', () => {
  const cases: Array<[string, () => TestGraph]> = [
    ['news', () => newsGraph()],
    ['news with generated edge keys', () => newsGraph({ generatedKeys: true })],
    ['hostile strings', hostileGraph],
    ['small', smallGraph],
    ['attributes outside the contract', oddGraph],
    ['empty', emptyGraph],
  ];
  for (const [name, build] of cases) {
    it(`validates: ${name}`, () => {
      const file = writeTemp(`${name.replace(/\W+/g, '-')}.gexf`, toGEXF(build()));
      const { status, output } = xmllint(file, GEXF_1_3_SCHEMA);
      expect(output).toContain('validates');
      expect(status, output).toBe(0);
    });
  }

  it('can fail: the schema rejects what graphology-gexf 0.13 writes (xsi:schemaLocation)', () => {
    const valid = toGEXF(smallGraph());
    const withSchemaLocation = valid.replace(
      'version="1.3">',
      'version="1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
    );
    const { status } = xmllint(writeTemp('schema-location.gexf', withSchemaLocation), GEXF_1_3_SCHEMA);
    expect(status).not.toBe(0);
  });
});

describe('GEXF read by networkx', () => {
  it('reads the news graph: counts, parallel edges, attribute values', () => {
    const graph = newsGraph();
    const read = readWithNetworkx(graph, 'news-networkx.gexf');
    expect(read.directed).toBe(true);
    expect(read.multigraph).toBe(true);
    expect(Object.keys(read.nodes).sort()).toEqual(graph.nodes().sort());
    expect(read.edges).toHaveLength(graph.size);

    const dillon = read.nodes['person:ryan-dillon'];
    expect(dillon).toMatchObject({ label: 'Ryan Dillon', type: 'person', mentions: 3, degree: 3, pagerank: 0.21 });
    // liststring values reach networkx as text that is also JSON.
    expect(JSON.parse(dillon?.aliases as string)).toEqual(['Dillon', 'Ryan Dillon']);
    expect(JSON.parse(dillon?.docs as string)).toEqual(['syria-tanf']);
    expect(dillon?.viz).toEqual({ color: { r: 17, g: 34, b: 51, a: 1 }, size: 9, position: { x: 1.5, y: -2.25, z: 0 } });
    const group = read.nodes['group:isis'];
    expect(group?.viz).toMatchObject({ color: { r: 225, g: 87, b: 89 } });
    expect(NODE_TYPE_COLORS.group).toBe('#e15759');

    graph.forEachEdge((key, original, source, target) => {
      const found = read.edges.find(([, , id]) => id === key);
      expect(found, key).toBeDefined();
      const [s, t, , data] = found!;
      expect([s, t]).toEqual([source, target]);
      expect(data).toMatchObject({
        type: original.type,
        predicate: original.predicate,
        confidence: original.confidence,
        weight: original.weight,
        method: original.method,
      });
      expect(JSON.parse(data.evidence as string)).toEqual(original.evidence);
      for (const flag of ['symmetric', 'negated', 'hedged'] as const) {
        if (original[flag] !== undefined) expect(data[flag], `${key} ${flag}`).toBe(original[flag]);
      }
    });
  });

  it('reads hostile strings as written, minus what XML 1.0 cannot hold', () => {
    const graph = hostileGraph();
    const read = readWithNetworkx(graph, 'hostile-networkx.gexf');
    expect(Object.keys(read.nodes)).toHaveLength(graph.order);
    const person = read.nodes['person:hostile'];
    expect(person?.label).toBe(HOSTILE.script);
    expect(JSON.parse(person?.aliases as string)).toEqual(xmlSafe(graph.getNodeAttribute('person:hostile', 'aliases')));
    expect(read.nodes['place:"quoted"&amp']?.label).toBe(HOSTILE.rtl);
    expect(read.nodes['group:long']?.label).toHaveLength(graph.getNodeAttribute('group:long', 'label').length);
    const [edge] = read.edges;
    expect(edge?.[2]).toBe('edge<&>"');
    expect(JSON.parse(edge?.[3].evidence as string)).toEqual(graph.getEdgeAttribute('edge<&>"', 'evidence'));
    expect(edge?.[3].method).toBe(HOSTILE.quotes);
    expect(edge?.[3].negated).toBe(true);
  });

  it('reads attributes outside the contract and non-finite numbers', () => {
    const read = readWithNetworkx(oddGraph(), 'odd-networkx.gexf');
    expect(Object.keys(read.nodes).sort()).toEqual(['bare', 'person:odd']);
    expect(read.edges).toHaveLength(2);
    const odd = read.nodes['person:odd'];
    expect(odd).toMatchObject({ community: 2, hidden: false, note: 'kept', scores: '[0.5,1]', extra: '{"a":[true],"b":1}', pagerank: 'NaN' });
    // A negative size is not a size: the degree-based one is written instead.
    expect((odd?.viz as { size: number }).size).toBe(sizeForDegree(2));
    expect(read.nodes.bare?.label).toBeNull();
    const chosen = read.edges.find(([, , id]) => id === 'chosen');
    expect(chosen?.[3]).toMatchObject({ confidence: 'INF', weight: 0, layer: 'x', evidence: '[]' });
    expect(read.edges.find(([, , id]) => id === 'e0')?.[3]).toMatchObject({ symmetric: true });
  });

  it('reads edges with generated keys under their stable ids', () => {
    const read = readWithNetworkx(newsGraph({ generatedKeys: true }), 'generated-networkx.gexf');
    expect(read.edges.map(([, , id]) => id).sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('why every edge is written directed: networkx refuses a mixed file', () => {
    const mixed = toGEXF(smallGraph()).replace(' type="directed" weight=', ' type="undirected" weight=');
    expect(mixed).toContain('defaultedgetype="directed"');
    expect(() => python(READ_GEXF, [writeTemp('mixed.gexf', mixed)])).toThrow(/Undirected edge found in directed graph/);
  });
});

describe('the networkx each GEXF version is read with', () => {
  it(`${PYTHON} has networkx 3 or later, which reads GEXF 1.3`, () => {
    const { major, text } = networkxVersion(PYTHON);
    expect(major, `networkx ${text}`).toBeGreaterThanOrEqual(3);
  });

  // The 1.2draft tests below are only worth something against a reader that
  // knows no 1.3, so a networkx 3 here is a failure, not a pass.
  it(`${DEBIAN_PYTHON} has networkx 2.x, which reads GEXF 1.2draft and refuses 1.3`, () => {
    const { major, text } = networkxVersion(DEBIAN_PYTHON);
    expect(major, `networkx ${text} at ${DEBIAN_PYTHON}: point NEWSGRAPH_DEBIAN_PYTHON at a Python with networkx 2.x (Debian bookworm's python3-networkx)`).toBe(2);
    const file13 = writeTemp('debian-1.3.gexf', toGEXF(smallGraph()));
    expect(() => python(READ_GEXF, [file13], DEBIAN_PYTHON)).toThrow(/No <graph> element in GEXF file/);
    expect(readWithDebianNetworkx(smallGraph(), 'debian-small.gexf').edges).toHaveLength(1);
  });
});

describe('GEXF 1.2draft against the official 1.2draft RelaxNG schema (xmllint)', () => {
  const cases: Array<[string, () => TestGraph]> = [
    ['news', () => newsGraph()],
    ['news with generated edge keys', () => newsGraph({ generatedKeys: true })],
    ['hostile strings', hostileGraph],
    ['small', smallGraph],
    ['attributes outside the contract', oddGraph],
    ['empty', emptyGraph],
  ];
  for (const [name, build] of cases) {
    it(`validates: ${name}`, () => {
      const file = writeTemp(`1.2draft-${name.replace(/\W+/g, '-')}.gexf`, toGEXF(build(), { version: '1.2draft' }));
      const { status, output } = xmllint(file, GEXF_1_2DRAFT_SCHEMA);
      expect(output).toContain('validates');
      expect(status, output).toBe(0);
    });
  }

  it('can fail: the 1.2draft schema rejects the 1.3 file, and 1.3 rejects the 1.2draft one', () => {
    expect(xmllint(writeTemp('cross-1.3.gexf', toGEXF(smallGraph())), GEXF_1_2DRAFT_SCHEMA).status).not.toBe(0);
    expect(xmllint(writeTemp('cross-1.2draft.gexf', toGEXF(smallGraph(), { version: '1.2draft' })), GEXF_1_3_SCHEMA).status).not.toBe(0);
  });

  it('can fail: edge kind is not 1.2draft', () => {
    const withKind = toGEXF(smallGraph(), { version: '1.2draft' }).replace(' label="lives in">', ' label="lives in" kind="lives_in">');
    expect(withKind).toContain('kind="lives_in"');
    expect(xmllint(writeTemp('1.2draft-kind.gexf', withKind), GEXF_1_2DRAFT_SCHEMA).status).not.toBe(0);
  });

  it('why 1.2draft has no viz elements: the schema refuses them in the viz namespace, where readers look', () => {
    const valid = toGEXF(smallGraph(), { version: '1.2draft' });
    const color = '<viz:color r="171" g="205" b="239"/>\n      </node>';
    const withViz = valid.replace(/(<attvalue for="color" value="#abcdef"\/>\n\s*<\/attvalues>\n)\s*<\/node>/, `$1        ${color}`);
    expect(withViz).toContain('<viz:color');
    const { status, output } = xmllint(writeTemp('1.2draft-viz.gexf', withViz), GEXF_1_2DRAFT_SCHEMA);
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/extra content: color/);
  });
});

describe('GEXF 1.2draft read by Debian networkx (NEWSGRAPH_DEBIAN_PYTHON)', () => {
  it('reads the news graph: counts, parallel edges, attribute values, styling as attributes', () => {
    const graph = newsGraph();
    const read = readWithDebianNetworkx(graph, 'news-debian.gexf');
    expect(read.directed).toBe(true);
    expect(read.multigraph).toBe(true);
    expect(Object.keys(read.nodes).sort()).toEqual(graph.nodes().sort());
    expect(read.edges).toHaveLength(graph.size);

    const dillon = read.nodes['person:ryan-dillon'];
    expect(dillon).toMatchObject({
      label: 'Ryan Dillon', type: 'person', mentions: 3, degree: 3, pagerank: 0.21, x: 1.5, y: -2.25, size: 9, color: '#112233',
    });
    expect(dillon).not.toHaveProperty('viz');
    expect(JSON.parse(dillon?.aliases as string)).toEqual(['Dillon', 'Ryan Dillon']);
    expect(JSON.parse(dillon?.docs as string)).toEqual(['syria-tanf']);
    expect(read.nodes['document:syria-tanf']).toMatchObject({ doc_id: 'syria-tanf', doc_author: 'Marko Marjanović' });
    expect(JSON.parse(read.nodes['document:syria-tanf']?.doc_tags as string)).toEqual(['Syria', 'ISIS']);

    graph.forEachEdge((key, original, source, target) => {
      const found = read.edges.find(([, , id]) => id === key);
      expect(found, key).toBeDefined();
      const [s, t, , data] = found!;
      expect([s, t]).toEqual([source, target]);
      expect(data).toMatchObject({
        type: original.type,
        predicate: original.predicate,
        confidence: original.confidence,
        weight: original.weight,
        method: original.method,
        label: original.predicate || original.type,
      });
      expect(JSON.parse(data.evidence as string)).toEqual(original.evidence);
      for (const name of ['symmetric', 'negated', 'hedged', 'size', 'color'] as const) {
        if (original[name] !== undefined) expect(data[name], `${key} ${name}`).toBe(original[name]);
      }
    });
  });

  it('reads hostile strings as written, minus what XML 1.0 cannot hold', () => {
    const graph = hostileGraph();
    const read = readWithDebianNetworkx(graph, 'hostile-debian.gexf');
    expect(Object.keys(read.nodes)).toHaveLength(graph.order);
    const person = read.nodes['person:hostile'];
    expect(person?.label).toBe(HOSTILE.script);
    expect(JSON.parse(person?.aliases as string)).toEqual(xmlSafe(graph.getNodeAttribute('person:hostile', 'aliases')));
    expect(read.nodes['place:"quoted"&amp']).toMatchObject({ label: HOSTILE.rtl, color: 'not a colour' });
    expect(read.nodes['group:long']?.label).toHaveLength(graph.getNodeAttribute('group:long', 'label').length);
    const [edge] = read.edges;
    expect(edge?.[2]).toBe('edge<&>"');
    expect(JSON.parse(edge?.[3].evidence as string)).toEqual(graph.getEdgeAttribute('edge<&>"', 'evidence'));
    expect(edge?.[3]).toMatchObject({ method: HOSTILE.quotes, negated: true });
  });

  it('reads attributes outside the contract, non-finite numbers and generated edge keys', () => {
    const read = readWithDebianNetworkx(oddGraph(), 'odd-debian.gexf');
    expect(Object.keys(read.nodes).sort()).toEqual(['bare', 'person:odd']);
    expect(read.nodes['person:odd']).toMatchObject({
      community: 2, hidden: false, note: 'kept', scores: '[0.5,1]', extra: '{"a":[true],"b":1}', pagerank: 'NaN', size: -3,
    });
    expect(read.edges.find(([, , id]) => id === 'chosen')?.[3]).toMatchObject({ confidence: 'INF', weight: 0, layer: 'x' });
    expect(read.edges.find(([, , id]) => id === 'e0')?.[3]).toMatchObject({ symmetric: true });
    const generated = readWithDebianNetworkx(newsGraph({ generatedKeys: true }), 'generated-debian.gexf');
    expect(generated.edges.map(([, , id]) => id).sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('reads the empty graph', () => {
    const read = readWithDebianNetworkx(emptyGraph(), 'empty-debian.gexf');
    expect(read.nodes).toEqual({});
    expect(read.edges).toEqual([]);
  });

  it('is read the same by networkx 3', () => {
    const graph = newsGraph();
    const debian = readWithDebianNetworkx(graph, 'news-both-debian.gexf');
    const current = readWithNetworkx(graph, 'news-both-current.gexf', '1.2draft', PYTHON);
    expect(current.nodes).toEqual(debian.nodes);
    expect(current.edges).toEqual(debian.edges);
  });
});
