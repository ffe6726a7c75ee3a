// A hand-built graph with dates, shaped like what buildGraph makes of three
// dated articles and one undated one, for the time tests of the exports.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphDocInfo, NodeAttributes } from '../../src/types.js';
import type { TestGraph } from './graphs.js';

export const DAY_1 = '2017-08-01';
export const DAY_2 = '2017-08-12';

function doc(id: string, date: string | null): GraphDocInfo {
  return { id, title: `Story ${id}`, author: null, date, source: null, url: null, outlet: null, tags: [] };
}

const NODES: Array<[string, NodeAttributes]> = [
  // In two articles of DAY_2, one of DAY_1 and the undated one.
  ['person:ryan-dillon', { label: 'Ryan Dillon', type: 'person', aliases: ['Ryan Dillon'], mentions: 5, docs: ['a', 'b', 'c', 'u'], firstSeen: DAY_1, lastSeen: DAY_2, degree: 3, pagerank: 0.4 }],
  ['organisation:cnn', { label: 'CNN', type: 'organisation', aliases: ['CNN'], mentions: 2, docs: ['a', 'b'], firstSeen: DAY_1, lastSeen: DAY_2, degree: 1, pagerank: 0.2 }],
  // Only in the undated article: no time at all.
  ['group:undated', { label: 'Undated', type: 'group', aliases: ['Undated'], mentions: 1, docs: ['u'], degree: 1, pagerank: 0.1 }],
  ['document:a', { label: 'Story a', type: 'document', aliases: [], mentions: 0, docs: ['a'], firstSeen: DAY_1, lastSeen: DAY_1, degree: 1, pagerank: 0.1 }],
  // Dated, but its document is not in the graph's list (a graph made elsewhere): its span stands in.
  ['place:elsewhere', { label: 'Elsewhere', type: 'place', aliases: ['Elsewhere'], mentions: 1, docs: ['gone'], firstSeen: '2017-07-01', lastSeen: '2017-07-31', degree: 0, pagerank: 0.1 }],
];

const EDGES: Array<[string, string, string, EdgeAttributes]> = [
  ['communicated_with:person:ryan-dillon->organisation:cnn:told', 'person:ryan-dillon', 'organisation:cnn', {
    type: 'communicated_with', predicate: 'told',
    evidence: [
      { doc: 'a', sentence: 0, start: 0, end: 20, text: 'Ryan Dillon told CNN.', date: DAY_1 },
      { doc: 'a', sentence: 2, start: 40, end: 61, text: 'Dillon told CNN again.', date: DAY_1 },
      { doc: 'b', sentence: 1, start: 22, end: 43, text: 'Ryan Dillon told CNN.', date: DAY_2 },
    ],
    confidence: 0.9, weight: 3, method: 'pattern:active-verb', firstSeen: DAY_1, lastSeen: DAY_2,
  }],
  ['cooccurs:group:undated->person:ryan-dillon', 'group:undated', 'person:ryan-dillon', {
    type: 'cooccurs', predicate: '', evidence: [{ doc: 'u', sentence: 0, start: 0, end: 30, text: 'Undated men and Ryan Dillon.' }],
    confidence: 0.5, weight: 1, method: 'cooccurrence', symmetric: true,
  }],
  ['author_of:person:ryan-dillon->document:a:by', 'person:ryan-dillon', 'document:a', {
    type: 'author_of', predicate: 'by', evidence: [{ doc: 'a', sentence: 1, start: 21, end: 35, text: 'By Ryan Dillon', date: DAY_1 }],
    confidence: 0.95, weight: 1, method: 'metadata:author', firstSeen: DAY_1, lastSeen: DAY_1,
  }],
];

/** `reversed` adds everything in the opposite order, as a rebuild from other input order might. */
export function datedGraph(order: 'as-written' | 'reversed' = 'as-written'): TestGraph {
  const graph: TestGraph = new MultiDirectedGraph();
  const flip = <T>(items: T[]) => (order === 'reversed' ? [...items].reverse() : items);
  // buildGraph lists the documents sorted whatever the input order, so they are not flipped.
  graph.replaceAttributes({ schemaVersion: 1, docs: [doc('a', DAY_1), doc('b', DAY_2), doc('c', DAY_2), doc('u', null)] });
  for (const [key, attributes] of flip(NODES)) graph.addNode(key, structuredClone(attributes));
  for (const [key, source, target, attributes] of flip(EDGES)) graph.addEdgeWithKey(key, source, target, structuredClone(attributes));
  return graph;
}

/** The graph without the time fields that buildGraph adds (the documents keep their dates). */
export function withoutTimeFields(graph: TestGraph): TestGraph {
  const copy = graph.copy();
  copy.updateEachNodeAttributes((_, { firstSeen: _first, lastSeen: _last, ...rest }) => rest);
  copy.updateEachEdgeAttributes((_, { firstSeen: _first, lastSeen: _last, evidence, ...rest }) => ({
    ...rest,
    evidence: evidence.map(({ date: _date, ...item }) => item),
  }));
  return copy;
}

/** What a build of undated articles gives: no time fields, and no document dates either. */
export function undatedGraph(): TestGraph {
  const graph = withoutTimeFields(datedGraph());
  graph.updateAttribute('docs', (docs) => (docs ?? []).map((d) => ({ ...d, date: null })));
  return graph;
}
