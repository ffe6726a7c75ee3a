import { describe, expect, it } from 'vitest';
import { toJSON } from '../../src/export/json.js';
import { buildGraph } from '../../src/graph/index.js';
import type { Extraction } from '../../src/types.js';
import { extractText } from '../helpers.js';

const TOLD = 'communicated_with:person:ryan-dillon->organisation:cnn';

/** The extraction as if its article's metadata gave `date` (or none). */
function dated(extraction: Extraction, date: string | undefined): Extraction {
  const { date: _old, ...meta } = extraction.doc.meta;
  return { ...extraction, doc: { ...extraction.doc, meta: date === undefined ? meta : { ...meta, date } } };
}

function article(id: string, body: string): Extraction {
  return extractText(`Story ${id}\n\nBy Jane Smith\n\n${body}`, id);
}

// a and c are dated (c first), b is dated in between, u has no date.
const A = article('a', 'Ryan Dillon, a coalition spokesman, told CNN that the talks failed. Dillon told CNN again.');
const B = article('b', 'Ryan Dillon told CNN that the talks went on.');
const C = article('c', 'Ryan Dillon told CNN nothing. The Houthis left.');
const U = article('u', 'Ryan Dillon told CNN that the Kurds stayed.');

function timedGraph(order: 'forward' | 'reversed' = 'forward') {
  const extractions = [dated(A, '2017-08-12'), dated(B, '2017-08-05'), dated(C, '2017-08-01'), dated(U, undefined)];
  return buildGraph(order === 'forward' ? extractions : extractions.reverse());
}

function toldEdge(graph: ReturnType<typeof buildGraph>) {
  const key = graph.edges().find((edge) => edge.startsWith(TOLD));
  expect(key, TOLD).toBeDefined();
  return graph.getEdgeAttributes(key!);
}

describe('buildGraph: time', () => {
  const graph = timedGraph();

  it('gives a node the first and last date of the dated articles that mention it', () => {
    expect(graph.getNodeAttributes('person:ryan-dillon')).toMatchObject({ docs: ['a', 'b', 'c', 'u'], firstSeen: '2017-08-01', lastSeen: '2017-08-12' });
    // Jane Smith wrote all four; the undated one changes nothing.
    expect(graph.getNodeAttributes('person:jane-smith')).toMatchObject({ firstSeen: '2017-08-01', lastSeen: '2017-08-12' });
  });

  it('dates each evidence item with its article, and an edge from first to last', () => {
    const told = toldEdge(graph);
    expect(told.evidence.map((e) => [e.doc, e.date])).toEqual([
      ['a', '2017-08-12'], ['a', '2017-08-12'], ['b', '2017-08-05'], ['c', '2017-08-01'], ['u', undefined],
    ]);
    expect(told.evidence.find((e) => e.doc === 'u')).not.toHaveProperty('date');
    expect(told).toMatchObject({ firstSeen: '2017-08-01', lastSeen: '2017-08-12', weight: 5 });
  });

  it('gives a document node its own date as both', () => {
    expect(graph.getNodeAttributes('document:b')).toMatchObject({ type: 'document', firstSeen: '2017-08-05', lastSeen: '2017-08-05' });
    const authorOfB = graph.edges().find((edge) => edge.startsWith('author_of:person:jane-smith->document:b'));
    expect(graph.getEdgeAttributes(authorOfB!)).toMatchObject({ firstSeen: '2017-08-05', lastSeen: '2017-08-05' });
  });

  it('leaves firstSeen and lastSeen out of what only undated articles mention', () => {
    const kurds = graph.findNode((_, a) => a.label === 'Kurds');
    expect(kurds, 'the Kurds node, only in u').toBeDefined();
    expect(graph.getNodeAttributes(kurds!)).not.toHaveProperty('firstSeen');
    expect(graph.getNodeAttributes(kurds!)).not.toHaveProperty('lastSeen');
    expect(graph.getNodeAttributes('document:u')).not.toHaveProperty('firstSeen');
    const undatedEdges = graph.filterEdges((_, a) => a.evidence.every((e) => e.doc === 'u'));
    expect(undatedEdges.length).toBeGreaterThan(0);
    for (const edge of undatedEdges) {
      expect(graph.getEdgeAttributes(edge)).not.toHaveProperty('firstSeen');
      expect(graph.getEdgeAttributes(edge)).not.toHaveProperty('lastSeen');
    }
  });

  it('builds an undated corpus with no time field at all, not even null or empty', () => {
    const undated = buildGraph([dated(A, undefined), dated(U, undefined), dated(B, '')]);
    const json = toJSON(undated);
    expect(json).not.toContain('firstSeen');
    expect(json).not.toContain('lastSeen');
    // An empty date is no date: nothing in the evidence.
    expect(json).not.toMatch(/"text": "[^"]*",\s*"date"/);
    undated.forEachEdge((_, a) => a.evidence.forEach((e) => expect(e).not.toHaveProperty('date')));
  });

  it('is the same graph whatever order the articles come in', () => {
    expect(toJSON(timedGraph('reversed'))).toBe(toJSON(graph));
  });

  it('agrees with the articles it was given: one date moved moves the spans', () => {
    const moved = buildGraph([dated(A, '2018-01-01'), dated(B, '2017-08-05')]);
    expect(moved.getNodeAttributes('person:ryan-dillon')).toMatchObject({ firstSeen: '2017-08-05', lastSeen: '2018-01-01' });
    expect(toldEdge(moved)).toMatchObject({ firstSeen: '2017-08-05', lastSeen: '2018-01-01' });
  });
});
