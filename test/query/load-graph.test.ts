import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem, loadGraph, parseGraph } from '../../src/query/index.js';
import { FIXTURE_DIR, SMALL_GRAPH_PATH, smallGraph } from './fixture.js';

function validData(): any {
  return JSON.parse(readFileSync(SMALL_GRAPH_PATH, 'utf8'));
}

function errorOf(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('loadGraph', () => {
  it('loads the fixture from a path as a multi directed graph', () => {
    const graph = smallGraph();
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(14);
    expect(graph.size).toBe(15);
    expect(graph.getNodeAttribute('person:marko-marjanovic', 'label')).toBe('Marko Marjanović');
    expect(graph.getAttribute('schemaVersion')).toBe(1);
  });

  it('gives the same graph from a path, JSON text and a parsed object', () => {
    const text = readFileSync(SMALL_GRAPH_PATH, 'utf8');
    const fromPath = smallGraph().export();
    expect(loadGraph(text).export()).toEqual(fromPath);
    expect(loadGraph(JSON.parse(text)).export()).toEqual(fromPath);
    expect(parseGraph(text).export()).toEqual(fromPath);
  });

  it('round-trips: export of a loaded graph loads to the same graph', () => {
    const graph = smallGraph();
    expect(loadGraph(graph.export()).export()).toEqual(graph.export());
  });

  it('fills defaults for optional fields that are absent', () => {
    const graph = loadGraph({
      attributes: { schemaVersion: 1 },
      nodes: [{ key: 'place:syria', attributes: { label: 'Syria', type: 'place' } }],
      edges: [{ source: 'place:syria', target: 'place:syria', attributes: { type: 'related_to' } }],
    });
    expect(graph.getNodeAttributes('place:syria')).toEqual({ label: 'Syria', type: 'place', aliases: ['Syria'], mentions: 0, docs: [] });
    expect(graph.getEdgeAttributes('edge-0')).toEqual({ type: 'related_to', predicate: '', evidence: [], confidence: 1, weight: 0, method: '' });
    expect(graph.getAttribute('docs')).toEqual([]);
  });

  it('accepts a byte order mark before the JSON', () => {
    expect(loadGraph(`\ufeff${readFileSync(SMALL_GRAPH_PATH, 'utf8')}`).order).toBe(14);
  });

  it('names the file, line and column when the file is not JSON', () => {
    const error = errorOf(() => loadGraph(`${FIXTURE_DIR}not-json.json`, { name: 'not-json.json' }));
    expect(error.name).toBe('BadInputError');
    expect(error.message).toBe('not-json.json: not valid JSON: expected a double-quoted property name, found "}" at line 4, column 77 (position 141)');
  });

  it('reports a missing file as NotFoundError naming it', () => {
    const error = errorOf(() => loadGraph(join(FIXTURE_DIR, 'no-such-graph.json'), { name: 'no-such-graph.json' }));
    expect(error.name).toBe('NotFoundError');
    expect(error.message).toBe('no-such-graph.json: no such file');
  });

  it('refuses a folder', () => {
    const error = errorOf(() => loadGraph(FIXTURE_DIR, { name: 'fixtures' }));
    expect(error.name).toBe('BadInputError');
    expect(error.message).toBe('fixtures: is not a file');
  });

  it('does not quote hostile input back in the message', () => {
    const hostile = `{"nodes": [\u001b[31m${'x'.repeat(10000)}`;
    const error = errorOf(() => parseGraph(hostile, { name: 'graph.json' }));
    expect(error.message).toBe('graph.json: not valid JSON: unexpected character "\\u001b" at line 1, column 12 (position 11)');
  });

  it('handles deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(200000)}${']'.repeat(199999)}`;
    const error = errorOf(() => parseGraph(deep, { name: 'deep.json' }));
    expect(error.name).toBe('BadInputError');
    expect(error.message).toContain('deep.json: not valid JSON: unexpected end of input');
  });

  it('reads a graph file from disk written elsewhere', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-query-'));
    const file = join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(validData()));
    expect(loadGraph(file).order).toBe(14);
  });

  type Break = (data: any) => unknown;
  const shapeCases: [string, Break, string][] = [
    ['an array', () => [], 'graph.json: expected a graph object with "nodes" and "edges" arrays, found an array'],
    ['null', () => null, 'graph.json: expected a graph object with "nodes" and "edges" arrays, found null'],
    ['no attributes', (d) => ({ ...d, attributes: undefined }), 'graph.json: has no graph "attributes" (expected at least {"schemaVersion": 1})'],
    ['no schemaVersion', (d) => ({ ...d, attributes: { docs: [] } }), 'graph.json: has no attributes.schemaVersion (this newsgraph reads version 1)'],
    ['an unknown schemaVersion', (d) => ({ ...d, attributes: { schemaVersion: 7, docs: [] } }), 'graph.json: has schemaVersion "7", which this newsgraph cannot read (it reads version 1)'],
    ['docs without id', (d) => ({ ...d, attributes: { schemaVersion: 1, docs: [{}] } }), 'graph.json: has attributes.docs[0] without a string "id"'],
    ['no nodes array', (d) => ({ ...d, nodes: {} }), 'graph.json: has no "nodes" array'],
    ['no edges array', (d) => ({ ...d, edges: undefined }), 'graph.json: has no "edges" array'],
    ['a node that is a string', (d) => ((d.nodes[2] = 'x'), d), 'graph.json: nodes[2] is a string, expected an object with "key" and "attributes"'],
    ['a node without key', (d) => (delete d.nodes[3].key, d), 'graph.json: nodes[3] has no key'],
    ['a node without label', (d) => (delete d.nodes[3].attributes.label, d), 'graph.json: nodes[3] ("organisation:pentagon") has no label'],
    ['a node with a blank label', (d) => ((d.nodes[3].attributes.label = '  '), d), 'graph.json: nodes[3] ("organisation:pentagon") has no label'],
    ['a node without type', (d) => (delete d.nodes[0].attributes.type, d), 'graph.json: nodes[0] ("person:ryan-dillon") has no type'],
    ['an unknown node type', (d) => ((d.nodes[0].attributes.type = 'robot'), d), 'graph.json: nodes[0] ("person:ryan-dillon") has type "robot", expected one of person, organisation, place, group, document'],
    ['aliases not strings', (d) => ((d.nodes[0].attributes.aliases = [1]), d), 'graph.json: nodes[0] ("person:ryan-dillon") has "aliases" that is not an array of strings'],
    ['a string pagerank', (d) => ((d.nodes[0].attributes.pagerank = '0.5'), d), 'graph.json: nodes[0] ("person:ryan-dillon") has "pagerank" that is not a number'],
    ['a repeated node key', (d) => (d.nodes.push(d.nodes[0]), d), 'graph.json: nodes[14] ("person:ryan-dillon") repeats a key already used by an earlier node'],
    ['an edge to a missing node', (d) => ((d.edges[4].target = 'organisation:ghost'), d), 'graph.json: edges[4] ("e05") points to a missing node "organisation:ghost" (its target)'],
    ['an edge from a missing node', (d) => ((d.edges[0].source = 'person:nobody'), d), 'graph.json: edges[0] ("e01") points to a missing node "person:nobody" (its source)'],
    ['an edge without source', (d) => (delete d.edges[1].source, d), 'graph.json: edges[1] ("e02") has no source'],
    ['an undirected edge', (d) => ((d.edges[1].undirected = true), d), 'graph.json: edges[1] ("e02") is undirected; symmetric relations are stored as directed edges with "symmetric": true'],
    ['an edge without type', (d) => (delete d.edges[1].attributes.type, d), 'graph.json: edges[1] ("e02") has no type'],
    ['a confidence above 1', (d) => ((d.edges[1].attributes.confidence = 3), d), 'graph.json: edges[1] ("e02") has "confidence" that is not a number between 0 and 1'],
    ['evidence that is not a list', (d) => ((d.edges[1].attributes.evidence = 'see text'), d), 'graph.json: edges[1] ("e02") has "evidence" that is not an array'],
    ['evidence without doc', (d) => (delete d.edges[1].attributes.evidence[0].doc, d), 'graph.json: edges[1] ("e02") has evidence[0] without a string "doc"'],
    ['evidence with a string offset', (d) => ((d.edges[1].attributes.evidence[0].start = '5'), d), 'graph.json: edges[1] ("e02") has evidence[0] whose "start" is not a number'],
    ['a flag that is not boolean', (d) => ((d.edges[9].attributes.negated = 'yes'), d), 'graph.json: edges[9] ("e10") has "negated" that is not true or false'],
    ['a repeated edge key', (d) => ((d.edges[1].key = 'e01'), d), 'graph.json: edges[1] ("e01") repeats a key already used by an earlier edge'],
  ];

  it.each(shapeCases)('refuses a graph with %s', (_what, breakIt, message) => {
    const error = errorOf(() => parseGraph(breakIt(validData()) as object, { name: 'graph.json' }));
    expect(error.name).toBe('BadInputError');
    expect(error.message).toBe(message);
  });

  it('refuses the same problems given as JSON text', () => {
    const error = errorOf(() => loadGraph(JSON.stringify({ attributes: { schemaVersion: 1 }, nodes: [{ key: 'a' }], edges: [] }), { name: 'inline' }));
    expect(error.message).toBe('inline: nodes[0] ("a") has no attributes');
  });

  it('keeps a "__proto__" attribute as data, not as a prototype', () => {
    const graph = loadGraph('{"attributes":{"schemaVersion":1},"nodes":[{"key":"place:x","attributes":{"label":"X","type":"place","__proto__":{"polluted":true}}}],"edges":[]}');
    const attributes = graph.getNodeAttributes('place:x') as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('findJsonSyntaxProblem', () => {
  it.each([
    ['{"a": 1}', null],
    ['[1, -2.5e3, "x\\u00e9", true, false, null, {}]', null],
    ['', { offset: 0, line: 1, column: 1, problem: 'unexpected end of input' }],
    ['{"a": }', { offset: 6, line: 1, column: 7, problem: 'unexpected character "}"' }],
    ['{"a": 1,}', { offset: 8, line: 1, column: 9, problem: 'expected a double-quoted property name, found "}"' }],
    ['{"a" 1}', { offset: 5, line: 1, column: 6, problem: 'expected ":" after a property name, found "1"' }],
    ['[1 2]', { offset: 3, line: 1, column: 4, problem: 'expected "," or "]", found "2"' }],
    ['{"a": 1}x', { offset: 8, line: 1, column: 9, problem: 'unexpected character "x" after the end of the JSON value' }],
    ['{\n"a": tru\n}', { offset: 7, line: 2, column: 6, problem: 'unexpected character "t"' }],
    ['"abc', { offset: 4, line: 1, column: 5, problem: 'unterminated string' }],
    ['"a\\x"', { offset: 2, line: 1, column: 3, problem: 'invalid escape in a string' }],
    ['-', { offset: 1, line: 1, column: 2, problem: 'malformed number' }],
  ])('%j', (text, expected) => {
    expect(findJsonSyntaxProblem(text)).toEqual(expected);
  });
});
