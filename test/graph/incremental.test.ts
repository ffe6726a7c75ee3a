import { MultiDirectedGraph } from 'graphology';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { describe, expect, it } from 'vitest';
import { toCSV, toGEXF, toGraphML, toJSON } from '../../src/export/index.js';
import { sortedEdges } from '../../src/export/order.js';
import { buildGraph, type NewsGraph } from '../../src/graph/index.js';
import { IncrementalGraph } from '../../src/graph/incremental.js';
import { assignMetrics } from '../../src/graph/metrics.js';
import { pagerank } from '../../src/graph/pagerank.js';
import type { Position } from '../../src/graph/place.js';
import { applyKeyMap, RepeatedKeyMap, RepeatedResolution, resolveAcross } from '../../src/resolve/across/index.js';
import type { Extraction } from '../../src/types.js';
import { extractText } from '../helpers.js';
import { article } from '../resolve/across/corpus.js';

// Articles that share people, bodies and places under full and short names
// and acronyms (so merges across articles come and go), some dated.
const TEXTS = [
  'Title: Talks fail\nDate: 2024-03-01\n\nRyan Dillon, a coalition spokesman, told CNN in Paris that the talks had failed.',
  'The Syrian Democratic Forces (SDF) said on Monday that Dillon met Maria Santos in Raqqa.',
  'Date: 2024-03-04\n\nThe SDF accused Turkey of shelling Raqqa, Maria Santos told Reuters.',
  'Angela Merkel met Emmanuel Macron in Berlin. Merkel said the European Union would act.',
  'Title: Summit\n\nMacron told the European Union (EU) summit in Brussels that Merkel agreed.',
  'Date: 2024-03-09\n\nAhmed Karimi, who works for the World Bank, visited Nairobi with Helen Park.',
  'Helen Park said the World Bank would fund the project in Nairobi, Karimi told Reuters.',
  'Viktor Orlov was arrested in Moscow. Orlov denied the charges, his lawyer told the BBC.',
];

const ARTICLES: Extraction[] = [
  ...TEXTS.map((text, n) => extractText(text, `doc-${String.fromCharCode(97 + n)}`)),
  // Hand-made, for merges the extractor's lexicons would settle within one article: an acronym defined in one and used alone in others.
  article('doc-i', [{ key: 'organisation:quorvan-liberation-front', label: 'Quorvan Liberation Front', aliases: ['QLF'], mentions: 3 }, { key: 'place:raqqa', label: 'Raqqa' }]),
  article('doc-j', [{ key: 'organisation:qlf', label: 'QLF' }, { key: 'place:raqqa', label: 'Raqqa' }, { key: 'person:maria-santos', label: 'Maria Santos' }]),
  article('doc-k', [{ key: 'organisation:qlf', label: 'QLF' }, { key: 'person:ryan-dillon', label: 'Ryan Dillon' }]),
];

/** Every format's text: what "the same graph" means to a user. */
function files(graph: NewsGraph): string {
  const csv = toCSV(graph);
  return [toJSON(graph), toGEXF(graph), toGraphML(graph), csv.nodes, csv.edges].join('\n\u0000\n');
}

function fullGraph(extractions: readonly Extraction[], kept: ReadonlyMap<string, Position> | undefined, options = {}): NewsGraph {
  return buildGraph(applyKeyMap(extractions, resolveAcross(extractions)), { ...options, positions: kept });
}

/** A seeded sequence of corpus states: articles added, removed and replaced by another text under the same id. */
function states(): Extraction[][] {
  let seed = 11;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const out: Extraction[][] = [];
  let current = [...ARTICLES.slice(0, 3), ARTICLES[8]!];
  for (let step = 0; step < 14; step++) {
    out.push(current);
    const absent = ARTICLES.filter((a) => !current.some((c) => c.doc.id === a.doc.id));
    const next = current.filter(() => random() > 0.2);
    for (const a of absent) if (random() > 0.5) next.push(a);
    if (step === 5 && next.length > 0) next[0] = extractText(`${TEXTS[3]} Ryan Dillon was there too.`, next[0]!.doc.id);
    current = next.length > 0 ? next : ARTICLES.slice(0, 2);
  }
  return out;
}

describe('IncrementalGraph', () => {
  it('gives every export the bytes of buildGraph, step after step, with kept positions', () => {
    const incremental = new IncrementalGraph();
    const resolution = new RepeatedResolution();
    const keyMaps = new RepeatedKeyMap();
    let kept: Map<string, Position> | undefined;
    for (const state of states()) {
      const full = fullGraph(state, kept);
      const graph = incremental.update(keyMaps.apply(state, resolution.resolve(state)));
      assignMetrics(graph, kept, incremental.orderedEdges());
      expect(files(graph)).toBe(files(full));
      expect(incremental.orderedEdges()!.map((e) => e.id)).toEqual(sortedEdges(full).map((e) => e.id));
      kept ??= new Map(full.mapNodes((key, a) => [key, { x: a.x!, y: a.y! }] as const));
    }
  });

  it('looks again only at the articles that changed, and keeps the attribute objects of untouched edges', () => {
    const incremental = new IncrementalGraph();
    const keyMaps = new RepeatedKeyMap();
    const resolution = new RepeatedResolution();
    const first = ARTICLES.slice(0, 6);
    incremental.update(keyMaps.apply(first, resolution.resolve(first)));
    expect(incremental.revisited).toBe(6);
    const before = new Map(incremental.orderedEdges()!.map((e) => [e.key, e.attributes]));
    const more = [...first, ARTICLES[7]!];
    incremental.update(keyMaps.apply(more, resolution.resolve(more)));
    expect(incremental.revisited).toBe(1);
    const after = incremental.orderedEdges()!;
    const untouched = after.filter((e) => !e.attributes.evidence.some((item) => item.doc === ARTICLES[7]!.doc.id));
    expect(untouched.length).toBeGreaterThan(10);
    for (const edge of untouched) expect(edge.attributes).toBe(before.get(edge.key));
  });

  it('combines one relation from several articles as buildGraph does: confidence, method, evidence order', () => {
    // The same claim, made by different rules with different confidence, in articles that arrive out of id order.
    const claim = (id: string, method: string, confidence: number, sentence: number): Extraction => {
      const base = article(id, [{ key: 'person:ryan-dillon', label: 'Ryan Dillon' }, { key: 'organisation:cnn', label: 'CNN' }]);
      const evidence = { ...base.relations[0]!.evidence, sentence };
      return { ...base, relations: [...base.relations, { head: 'person:ryan-dillon', tail: 'organisation:cnn', type: 'communicated_with', predicate: 'told', evidence, confidence, method }] };
    };
    const all = [claim('m3', 'pattern:b', 0.61, 2), claim('m1', 'pattern:c', 0.7, 0), claim('m2', 'pattern:a', 0.55, 1), claim('m0', 'pattern:d', 0.9, 3)];
    const incremental = new IncrementalGraph();
    for (const state of [all.slice(0, 1), all.slice(0, 3), all, all.slice(1), all.slice(2)]) {
      const graph = incremental.update(state);
      assignMetrics(graph, undefined);
      expect(files(graph)).toBe(files(buildGraph(state)));
    }
  });

  it('follows the graph options: no co-occurrence, uncertain relations kept', () => {
    const state = ARTICLES.slice(0, 5);
    for (const options of [{ cooccurrence: false }, { uncertain: true }]) {
      const incremental = new IncrementalGraph(options);
      incremental.update(ARTICLES.slice(2, 4));
      const graph = incremental.update(state);
      assignMetrics(graph, undefined);
      expect(files(graph)).toBe(files(buildGraph(state, options)));
    }
  });

  it('falls back to buildGraph for two articles under one id, and recovers after', () => {
    const incremental = new IncrementalGraph();
    const twice = [ARTICLES[0]!, { ...ARTICLES[1]!, doc: { ...ARTICLES[1]!.doc, id: ARTICLES[0]!.doc.id } }];
    const graph = incremental.update(twice);
    assignMetrics(graph, undefined);
    expect(files(graph)).toBe(files(buildGraph(twice)));
    expect(incremental.orderedEdges()).toBeUndefined();
    const again = incremental.update(ARTICLES.slice(0, 3));
    assignMetrics(again, undefined);
    expect(files(again)).toBe(files(buildGraph(ARTICLES.slice(0, 3))));
  });
});

describe('RepeatedResolution', () => {
  it('resolves as resolveAcross does, with and without an alias table', () => {
    const resolution = new RepeatedResolution();
    const table = { version: 1 as const, decisions: [{ action: 'reject' as const, keys: ['organisation:sdf', 'organisation:syrian-democratic-forces'] }] };
    for (const state of states()) {
      expect(resolution.resolve(state)).toEqual(resolveAcross(state));
      expect(resolution.resolve(state, { table })).toEqual(resolveAcross(state, { table }));
    }
  });

  it('finds the merges the corpus supports, so the steps above exercise them', () => {
    const result = new RepeatedResolution().resolve(ARTICLES);
    expect(result.keyMap.get('organisation:qlf')).toBe('organisation:quorvan-liberation-front');
    const steps = states().map((state) => resolveAcross(state).keyMap.size);
    expect(steps.some((n) => n > 0)).toBe(true);
    expect(steps.some((n) => n === 0)).toBe(true);
  });
});

describe('RepeatedKeyMap', () => {
  it('maps as applyKeyMap does, and hands back the same object for an article whose keys map as before', () => {
    const keyMaps = new RepeatedKeyMap();
    const first = keyMaps.apply(ARTICLES, resolveAcross(ARTICLES));
    expect(first).toEqual(applyKeyMap(ARTICLES, resolveAcross(ARTICLES)));
    const second = keyMaps.apply(ARTICLES, resolveAcross(ARTICLES));
    second.forEach((mapped, n) => expect(mapped).toBe(first[n]));
  });
});

describe('pagerank', () => {
  const unwrap = <T,>(m: unknown) => ((m as { default?: T }).default ?? m) as T;
  const reference = unwrap<(g: NewsGraph, o: { getEdgeWeight: string }) => Record<string, number>>(pagerankModule);

  it('gives the ranks graphology-metrics gives, to the last digit or so', () => {
    const graph = buildGraph(ARTICLES, { layout: false, metrics: false });
    const ours = pagerank(graph);
    const theirs = reference(graph, { getEdgeWeight: 'weight' });
    expect(ours.size).toBe(graph.order);
    for (const [key, rank] of ours) expect(Math.abs(rank - theirs[key]!)).toBeLessThan(1e-12);
  });

  it('gives the same ranks, bit for bit, whatever order the graph was put together in', () => {
    const graph = buildGraph(ARTICLES, { layout: false, metrics: false });
    const reversed: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: false });
    for (const key of [...graph.nodes()].reverse()) reversed.addNode(key, graph.getNodeAttributes(key));
    for (const key of [...graph.edges()].reverse()) reversed.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key));
    expect([...pagerank(reversed)].sort()).toEqual([...pagerank(graph)].sort());
    expect(pagerank(new MultiDirectedGraph() as NewsGraph).size).toBe(0);
  });
});
