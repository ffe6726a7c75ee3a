// Fetches the graph file and turns it into a graphology graph. The file is
// untrusted: every attribute the page reads is checked and given a default.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';

export interface DocInfo {
  id: string;
  title: string | null;
  author: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
}

export interface EvidenceItem {
  doc: string;
  text: string;
}

export interface NodeData {
  label: string;
  type: string;
  aliases: string[];
  mentions: number;
  docs: string[];
  degree: number;
  pagerank: number;
  x: number;
  y: number;
  size: number;
}

export interface EdgeData {
  type: string;
  predicate: string;
  evidence: EvidenceItem[];
  confidence: number;
  weight: number;
  method: string;
  symmetric: boolean;
  negated: boolean;
  hedged: boolean;
}

export interface GraphData {
  docs: DocInfo[];
}

export type ViewGraph = Graph<NodeData, EdgeData, GraphData>;

export class GraphLoadError extends Error {}

/** `?graph=<url>` picks another file, but only from this page's own origin. */
export function graphUrl(location: Location): URL {
  const asked = new URLSearchParams(location.search).get('graph');
  const url = new URL(asked ?? 'graph.json', location.href);
  if (url.origin !== location.origin) throw new GraphLoadError(`?graph= must point to this site (${location.origin}), not ${url.origin}`);
  return url;
}

export async function fetchGraph(url: URL): Promise<ViewGraph> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    throw new GraphLoadError(`could not fetch ${url.pathname}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new GraphLoadError(`could not fetch ${url.pathname}: HTTP ${response.status}`);
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    throw new GraphLoadError(`${url.pathname} is not valid JSON: ${(error as Error).message}`);
  }
  return toGraph(data, url.pathname);
}

const text = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const number = (value: unknown, fallback = 0): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {});
const nullableText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function toGraph(data: unknown, name: string): ViewGraph {
  const raw = record(data) as Partial<SerializedGraph>;
  if (!Array.isArray(raw.nodes) || !Array.isArray(raw.edges)) throw new GraphLoadError(`${name} has no "nodes" and "edges" arrays`);
  const graph: ViewGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  const docs = Array.isArray(record(raw.attributes).docs) ? (record(raw.attributes).docs as unknown[]) : [];
  graph.replaceAttributes({
    docs: docs.map((doc) => {
      const d = record(doc);
      return { id: text(d.id), title: nullableText(d.title), author: nullableText(d.author), date: nullableText(d.date), source: nullableText(d.source), url: nullableText(d.url) };
    }),
  });

  raw.nodes.forEach((node, index) => {
    const key = text(record(node).key, '');
    if (key === '' || graph.hasNode(key)) return;
    const a = record(record(node).attributes);
    const label = text(a.label, key);
    graph.addNode(key, {
      label,
      type: text(a.type, 'unknown'),
      aliases: texts(a.aliases),
      mentions: number(a.mentions),
      docs: texts(a.docs),
      degree: number(a.degree, -1),
      pagerank: number(a.pagerank),
      // Without a stored layout, a circle: the Layout button spreads it out.
      x: number(a.x, Math.cos(index)),
      y: number(a.y, Math.sin(index)),
      size: number(a.size, 1),
    });
  });

  raw.edges.forEach((edge, index) => {
    const e = record(edge);
    const source = text(e.source);
    const target = text(e.target);
    if (!graph.hasNode(source) || !graph.hasNode(target)) return;
    const a = record(e.attributes);
    const key = text(e.key, `edge-${index}`);
    if (graph.hasEdge(key)) return;
    graph.addDirectedEdgeWithKey(key, source, target, {
      type: text(a.type, 'related_to'),
      predicate: text(a.predicate),
      evidence: (Array.isArray(a.evidence) ? a.evidence : []).map((item) => ({ doc: text(record(item).doc), text: text(record(item).text) })),
      confidence: number(a.confidence, 0),
      weight: number(a.weight, 1),
      method: text(a.method),
      symmetric: a.symmetric === true,
      negated: a.negated === true,
      hedged: a.hedged === true,
    });
  });

  graph.forEachNode((node, attributes) => {
    if (attributes.degree < 0) graph.setNodeAttribute(node, 'degree', graph.degree(node));
  });
  return graph;
}
