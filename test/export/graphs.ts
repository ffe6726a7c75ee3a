// Hand-built graphs for the export tests: one shaped like a real build, one
// full of strings that break careless writers, one tiny for the golden file.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/types.js';

export type TestGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

type NodeSpec = [key: string, attributes: NodeAttributes];
type EdgeSpec = [key: string | null, source: string, target: string, attributes: EdgeAttributes];

// 'reversed' adds nodes and edges in the opposite order and sets each
// object's keys in the opposite order: what a rebuild that read the articles
// in another order could produce.
type Order = 'as-written' | 'reversed';

function reorder<T extends object>(value: T, order: Order): T {
  if (order === 'as-written' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, Array.isArray(v) ? v.map((item) => (typeof item === 'object' && item !== null ? reorder(item, order) : item)) : v]),
  ) as T;
}

function assemble(attributes: GraphAttributes, nodes: NodeSpec[], edges: EdgeSpec[], order: Order): TestGraph {
  const graph: TestGraph = new MultiDirectedGraph();
  graph.replaceAttributes(reorder(attributes, order));
  const nodeList = order === 'reversed' ? [...nodes].reverse() : nodes;
  const edgeList = order === 'reversed' ? [...edges].reverse() : edges;
  for (const [key, attrs] of nodeList) graph.addNode(key, reorder(attrs, order));
  for (const [key, source, target, attrs] of edgeList) {
    if (key === null) graph.addEdge(source, target, reorder(attrs, order));
    else graph.addEdgeWithKey(key, source, target, reorder(attrs, order));
  }
  return graph;
}

const DOC_A = 'syria-tanf';
const SENTENCE_1 = 'Col. Ryan Dillon, a spokesman for the US military, said the Commandos of the Revolution defected to ISIS.';
const SENTENCE_2 = 'Dillon said the Revolutionary Commandos, based at al-Tanf, had crossed over to ISIS.';

/** A person, an organisation, a place, a group and a document; two-evidence relation; cooccurs; parallel edges. */
export function newsGraph(options: { order?: Order; generatedKeys?: boolean } = {}): TestGraph {
  const key = (k: string) => (options.generatedKeys ? null : k);
  return assemble(
    {
      schemaVersion: 1,
      docs: [
        {
          id: DOC_A,
          title: 'US-trained rebels defect to ISIS',
          author: 'Marko Marjanović',
          date: '2017-06-21',
          source: 'Russia Insider',
          url: 'https://example.org/syria-tanf',
          outlet: 'Global Research',
          tags: ['Syria', 'ISIS'],
        },
      ],
    },
    [
      ['person:ryan-dillon', { label: 'Ryan Dillon', type: 'person', aliases: ['Dillon', 'Ryan Dillon'], mentions: 3, docs: [DOC_A], degree: 3, pagerank: 0.21, x: 1.5, y: -2.25, size: 9, color: '#112233' }],
      ['organisation:us-military', { label: 'US military', type: 'organisation', aliases: ['US military'], mentions: 1, docs: [DOC_A], degree: 1, pagerank: 0.15 }],
      ['place:al-tanf', { label: 'al-Tanf', type: 'place', aliases: ['At Tanf', 'al-Tanf'], mentions: 2, docs: [DOC_A], degree: 2, pagerank: 0.18, x: 0, y: 0 }],
      ['group:commandos-of-the-revolution', { label: 'Commandos of the Revolution', type: 'group', aliases: ['Commandos of the Revolution', 'Revolutionary Commandos'], mentions: 2, docs: [DOC_A], degree: 4, pagerank: 0.3 }],
      ['group:isis', { label: 'ISIS', type: 'group', aliases: ['ISIS'], mentions: 2, docs: [DOC_A], degree: 2, pagerank: 0.12 }],
      [`document:${DOC_A}`, { label: 'US-trained rebels defect to ISIS', type: 'document', aliases: [], mentions: 0, docs: [DOC_A], degree: 0, pagerank: 0.04 }],
    ],
    [
      [key('works_for:person:ryan-dillon->organisation:us-military'), 'person:ryan-dillon', 'organisation:us-military', {
        type: 'works_for', predicate: 'spokesman for', evidence: [{ doc: DOC_A, sentence: 0, start: 0, end: SENTENCE_1.length, text: SENTENCE_1 }],
        confidence: 0.9, weight: 1, method: 'pattern:spokesman-for',
      }],
      [key('defected_to:group:commandos-of-the-revolution->group:isis'), 'group:commandos-of-the-revolution', 'group:isis', {
        type: 'defected_to', predicate: 'defected to',
        evidence: [
          { doc: DOC_A, sentence: 0, start: 0, end: SENTENCE_1.length, text: SENTENCE_1 },
          { doc: DOC_A, sentence: 1, start: SENTENCE_1.length + 1, end: SENTENCE_1.length + 1 + SENTENCE_2.length, text: SENTENCE_2 },
        ],
        confidence: 0.85, weight: 2, method: 'pattern:defected-to', hedged: false, negated: false, size: 3, color: 'rgba(10,20,30,0.5)',
      }],
      // Parallel to the one above: same pair, another relation.
      [key('opposes:group:commandos-of-the-revolution->group:isis'), 'group:commandos-of-the-revolution', 'group:isis', {
        type: 'opposes', predicate: 'fought', evidence: [{ doc: DOC_A, sentence: 3, start: 400, end: 460, text: 'They had fought ISIS before.' }],
        confidence: 0.6, weight: 1, method: 'pattern:fought', hedged: true,
      }],
      [key('based_in:group:commandos-of-the-revolution->place:al-tanf'), 'group:commandos-of-the-revolution', 'place:al-tanf', {
        type: 'based_in', predicate: 'based at', evidence: [{ doc: DOC_A, sentence: 1, start: SENTENCE_1.length + 1, end: SENTENCE_1.length + 1 + SENTENCE_2.length, text: SENTENCE_2 }],
        confidence: 0.8, weight: 1, method: 'pattern:based-at',
      }],
      [key('cooccurs:group:commandos-of-the-revolution--person:ryan-dillon'), 'group:commandos-of-the-revolution', 'person:ryan-dillon', {
        type: 'cooccurs', predicate: '', evidence: [
          { doc: DOC_A, sentence: 0, start: 0, end: SENTENCE_1.length, text: SENTENCE_1 },
          { doc: DOC_A, sentence: 1, start: SENTENCE_1.length + 1, end: SENTENCE_1.length + 1 + SENTENCE_2.length, text: SENTENCE_2 },
        ],
        confidence: 0.5, weight: 2, method: 'cooccurrence', symmetric: true,
      }],
      [key('cooccurs:place:al-tanf--person:ryan-dillon'), 'place:al-tanf', 'person:ryan-dillon', {
        type: 'cooccurs', predicate: '', evidence: [{ doc: DOC_A, sentence: 1, start: SENTENCE_1.length + 1, end: SENTENCE_1.length + 1 + SENTENCE_2.length, text: SENTENCE_2 }],
        confidence: 0.5, weight: 1, method: 'cooccurrence', symmetric: true,
      }],
    ],
    options.order ?? 'as-written',
  );
}

export const LONG_STRING = 'Deir ez-Zor '.repeat(2000);

/** Strings that break careless XML and CSV writers. */
export const HOSTILE = {
  control: 'bell\u0001tab\tvt\u000bff\u000cend',
  surrogate: 'half \ud800 pair and \udfff tail',
  nonCharacters: 'no\ufffe\uffffpe',
  script: '<script>alert("x")</script>',
  cdata: 'a ]]> b',
  quotes: `He said "it's" & left`,
  emoji: 'flag 🇸🇾 and 👩🏽‍💻',
  rtl: 'الرقة ودير الزور',
  whitespace: '  two  spaces\nnew line\r\ncrlf\ttab ',
  list: 'a, "b" \\ [c] | d',
  formula: '=HYPERLINK("http://evil","x")',
};

export function hostileGraph(): TestGraph {
  return assemble(
    {
      schemaVersion: 1,
      docs: [{ id: 'doc<&>', title: HOSTILE.script, author: HOSTILE.quotes, date: null, source: HOSTILE.cdata, url: null, outlet: HOSTILE.rtl, tags: [HOSTILE.emoji, HOSTILE.control] }],
    },
    [
      ['person:hostile', { label: HOSTILE.script, type: 'person', aliases: [HOSTILE.control, HOSTILE.surrogate, HOSTILE.nonCharacters, HOSTILE.quotes, HOSTILE.list, HOSTILE.whitespace, ''], mentions: 1, docs: ['doc<&>'], degree: 1, pagerank: 0.5 }],
      ['place:"quoted"&amp', { label: HOSTILE.rtl, type: 'place', aliases: [HOSTILE.emoji, HOSTILE.rtl, HOSTILE.cdata], mentions: 2, docs: ['doc<&>'], degree: 1, pagerank: 0.5, color: 'not a colour' }],
      ['group:long', { label: LONG_STRING, type: 'group', aliases: [LONG_STRING], mentions: 1, docs: [], degree: 0, pagerank: 0 }],
      ['person:formula', { label: HOSTILE.formula, type: 'person', aliases: ['+1', '-1', '@sum', '\tx'], mentions: 1, docs: [], degree: 0, pagerank: 0 }],
    ],
    [
      ['edge<&>"', 'person:hostile', 'place:"quoted"&amp', {
        type: 'lives_in', predicate: HOSTILE.cdata,
        evidence: [
          { doc: 'doc<&>', sentence: 0, start: 0, end: 10, text: HOSTILE.control + HOSTILE.surrogate + HOSTILE.nonCharacters },
          { doc: 'doc<&>', sentence: 1, start: 11, end: 20, text: HOSTILE.whitespace + HOSTILE.emoji + HOSTILE.rtl + HOSTILE.script },
        ],
        confidence: 0.25, weight: 2, method: HOSTILE.quotes, negated: true,
      }],
    ],
    'as-written',
  );
}

/** Small enough to read in the golden file. */
export function smallGraph(): TestGraph {
  return assemble(
    { schemaVersion: 1, docs: [{ id: 'doc-1', title: 'A short story', author: 'A. Writer', date: '2020-01-02', source: null, url: 'https://example.org/1', outlet: 'Example News', tags: ['example'] }] },
    [
      ['person:ada', { label: 'Ada', type: 'person', aliases: ['Ada', 'Ada L.'], mentions: 2, docs: ['doc-1'], degree: 1, pagerank: 0.5 }],
      ['place:paris', { label: 'Paris', type: 'place', aliases: ['Paris'], mentions: 1, docs: ['doc-1'], degree: 1, pagerank: 0.5, x: 1, y: 2, size: 5, color: '#abcdef' }],
      ['document:doc-1', { label: 'A short story', type: 'document', aliases: [], mentions: 0, docs: ['doc-1'], degree: 0, pagerank: 0 }],
    ],
    [
      ['lives_in:person:ada->place:paris', 'person:ada', 'place:paris', {
        type: 'lives_in', predicate: 'lives in', evidence: [{ doc: 'doc-1', sentence: 0, start: 0, end: 18, text: 'Ada lives in Paris.' }],
        confidence: 0.9, weight: 1, method: 'pattern:lives-in',
      }],
    ],
    'as-written',
  );
}

/**
 * Outside the contract but possible: a node without attributes, attributes a
 * later stage may add (a community, flags, nested values), non-finite numbers,
 * a negative size, an edge with a generated key beside chosen ones.
 */
export function oddGraph(): TestGraph {
  const graph: TestGraph = new MultiDirectedGraph();
  graph.addNode('bare');
  graph.addNode('person:odd', {
    label: 'Odd', type: 'person', aliases: ['Odd'], mentions: 1, docs: [], pagerank: NaN, size: -3,
    ...({ community: 2, hidden: false, note: 'kept', scores: [0.5, 1], extra: { b: 1, a: [true] } } as object),
  } as never);
  graph.addEdgeWithKey('chosen', 'bare', 'person:odd', {
    type: 'related_to', predicate: 'met', evidence: [], confidence: Infinity, weight: 0, method: 'model:test',
    ...({ layer: 'x' } as object),
  } as never);
  graph.addEdge('person:odd', 'bare', { type: 'cooccurs', predicate: '', evidence: [], confidence: 0.5, weight: 1, method: 'cooccurrence', symmetric: true });
  return graph;
}

export function emptyGraph(): TestGraph {
  return new MultiDirectedGraph();
}
