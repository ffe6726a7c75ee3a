// A big graph that follows the graph file contract, for timing the page:
// made-up names, typed relations and co-occurrences with evidence, a random
// layout, and degree/PageRank/size/colour as `newsgraph build` assigns them.
// Seeded, so every run times the same bytes.
import { MultiDirectedGraph } from 'graphology';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { colorForType, sizeForDegree } from '../../src/export/palette.js';
import { seededRandom } from '../../src/ner/random.js';
import { SCHEMA_VERSION, type EdgeAttributes, type EntityType, type GraphAttributes, type NodeAttributes, type RelationType } from '../../src/types.js';

type BenchGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
type Pagerank = (graph: BenchGraph, options: { getEdgeWeight: string }) => Record<string, number>;
// CommonJS typed as `export default`: unwrap once, as src/graph/metrics.ts does.
const pagerank = ((pagerankModule as { default?: Pagerank }).default ?? pagerankModule) as unknown as Pagerank;

export interface SyntheticOptions {
  nodes: number;
  edges: number;
  seed: number;
  /** Share of edges that are `cooccurs`, as in built news graphs. */
  cooccursShare?: number;
}

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organisation', 'place', 'group'];
const RELATIONS: readonly RelationType[] = ['works_for', 'leads', 'member_of', 'based_in', 'located_in', 'met_with', 'allied_with', 'supports', 'opposes', 'communicated_with'];
const SYMMETRIC = new Set<RelationType>(['met_with', 'allied_with', 'cooccurs']);
const SYLLABLES = ['ka', 'lo', 'mer', 'din', 'sa', 'vo', 'ren', 'tal', 'bri', 'os', 'ne', 'gar', 'ul', 'phi', 'zan', 'mo'];

export function syntheticGraph(options: SyntheticOptions): BenchGraph {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const docCount = Math.max(1, Math.round(options.nodes / 5));
  const docIds = Array.from({ length: docCount }, (_, i) => `doc-${String(i).padStart(5, '0')}`);

  const graph: BenchGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({
    schemaVersion: SCHEMA_VERSION,
    docs: docIds.map((id, i) => ({ id, title: `Synthetic story ${i}`, author: null, date: '2026-11-25', source: null, url: null, outlet: null, tags: [] })),
  });

  const keys: string[] = [];
  for (let i = 0; i < options.nodes; i++) {
    const type = pick(ENTITY_TYPES);
    const word = (): string => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
    const label = `${capitalise(word())} ${capitalise(word())} ${i}`;
    const key = `${type}:${label.toLowerCase().replace(/\s+/g, '-')}`;
    keys.push(key);
    graph.addNode(key, {
      label,
      type,
      aliases: [label, label.split(' ')[1] as string],
      mentions: 1 + Math.floor(random() * 20),
      docs: [pick(docIds), pick(docIds)].sort().filter((doc, at, all) => all.indexOf(doc) === at),
      x: random() * 1000 - 500,
      y: random() * 1000 - 500,
    });
  }

  // Endpoints drawn with a skew towards early nodes, so a few hubs gather
  // many links as in real news graphs.
  const endpoint = (): string => keys[Math.floor(Math.pow(random(), 2) * keys.length)] as string;
  const cooccursShare = options.cooccursShare ?? 0.7;
  for (let i = 0; i < options.edges; i++) {
    let source = endpoint();
    let target = endpoint();
    while (target === source) target = endpoint();
    const cooccurs = random() < cooccursShare;
    const type: RelationType = cooccurs ? 'cooccurs' : pick(RELATIONS);
    if (SYMMETRIC.has(type) && target < source) [source, target] = [target, source];
    const evidenceCount = 1 + Math.floor(random() * 3);
    const evidence = Array.from({ length: evidenceCount }, () => {
      const start = Math.floor(random() * 4000);
      const text = `${graph.getNodeAttribute(source, 'label')} and ${graph.getNodeAttribute(target, 'label')} appear in this sentence.`;
      return { doc: pick(docIds), sentence: Math.floor(random() * 40), start, end: start + text.length, text };
    });
    graph.addDirectedEdgeWithKey(`e${i}`, source, target, {
      type,
      predicate: cooccurs ? '' : type.replace(/_/g, ' '),
      evidence,
      confidence: cooccurs ? 0.3 : 0.5 + random() * 0.5,
      weight: evidenceCount,
      method: cooccurs ? 'cooccurrence' : `pattern:${type}-synthetic`,
      ...(SYMMETRIC.has(type) ? { symmetric: true } : {}),
    });
  }

  graph.forEachNode((node, attributes) => {
    const degree = graph.degree(node);
    graph.mergeNodeAttributes(node, { degree, size: sizeForDegree(degree), color: colorForType(attributes.type) });
  });
  const ranks = pagerank(graph, { getEdgeWeight: 'weight' });
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'pagerank', ranks[node] ?? 0));
  return graph;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
