// Fetches the graph file and turns it into a graphology graph. The file is
// untrusted: every attribute the page reads is checked and given a default.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { GraphDocInfo } from '../../src/types.js';

/** An article of the graph, as the page keeps it: the contract's fields it shows. */
export type DocInfo = Pick<GraphDocInfo, 'id' | 'title' | 'author' | 'date' | 'source' | 'url'>;

export interface EvidenceItem {
  doc: string;
  text: string;
  /** The sentence's offsets in its article's text (documents.json), or null when the file lacks them. */
  start: number | null;
  end: number | null;
  /** The article's date (ISO YYYY-MM-DD), or null when it has none. */
  date: string | null;
  /** Reported speech: the key of the entity whose claim the sentence is, or null. */
  saidBy: string | null;
  /** On a report ("X told CNN that ..."): what was said, or null. */
  statement: string | null;
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
  /** First and last day seen (ISO YYYY-MM-DD); null when undated. */
  firstSeen: string | null;
  lastSeen: string | null;
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
  firstSeen: string | null;
  lastSeen: string | null;
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
const isText = (item: unknown): item is string => typeof item === 'string';
/** The array itself when every item is text (the usual case: no copy), else its text items. */
const texts = (value: unknown): string[] => (Array.isArray(value) ? (value.every(isText) ? value : value.filter(isText)) : []);
const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const nullableText = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const offset = (value: unknown): number | null => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : null);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** An ISO day, or null: anything else would compare wrongly against the time filter. */
export const isoDay = (value: unknown): string | null => (typeof value === 'string' && ISO_DAY.test(value) ? value : null);

/**
 * The [first, last] days of an item: either end alone stands for both, and
 * reversed ends are put in order.
 */
function seen(first: unknown, last: unknown): [string | null, string | null] {
  const a = isoDay(first) ?? isoDay(last);
  const b = isoDay(last) ?? a;
  if (a === null || b === null) return [null, null];
  return a <= b ? [a, b] : [b, a];
}

/**
 * Checks a parsed graph file into the page's shape. The parsed objects are
 * fresh and the page's own, so each attribute object is checked and fixed in
 * place and handed to graphology as it is: on a 10,000-node graph, copying
 * every node, edge and evidence item cost more than sigma's first draw.
 */
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

  let missingDegree = false;
  const nodes = raw.nodes as unknown[];
  for (let index = 0; index < nodes.length; index++) {
    const node = record(nodes[index]);
    const key = text(node.key, '');
    if (key === '' || graph.hasNode(key)) continue;
    const a = node.attributes !== null && typeof node.attributes === 'object' && !Array.isArray(node.attributes) ? (node.attributes as Record<string, unknown>) : {};
    const [firstSeen, lastSeen] = seen(a.firstSeen, a.lastSeen);
    const degree = number(a.degree, -1);
    if (degree < 0) missingDegree = true;
    const checked: NodeData = Object.assign(a, {
      label: text(a.label, key),
      type: text(a.type, 'unknown'),
      aliases: texts(a.aliases),
      mentions: number(a.mentions),
      docs: texts(a.docs),
      degree,
      pagerank: number(a.pagerank),
      // Without a stored layout, a circle: the Layout button spreads it out.
      x: number(a.x, Math.cos(index)),
      y: number(a.y, Math.sin(index)),
      size: number(a.size, 1),
      firstSeen,
      lastSeen,
    });
    graph.addNode(key, checked);
  }

  const edges = raw.edges as unknown[];
  for (let index = 0; index < edges.length; index++) {
    const e = record(edges[index]);
    const source = text(e.source);
    const target = text(e.target);
    const key = text(e.key, `edge-${index}`);
    const a = e.attributes !== null && typeof e.attributes === 'object' && !Array.isArray(e.attributes) ? (e.attributes as Record<string, unknown>) : {};
    const evidence: EvidenceItem[] = [];
    if (Array.isArray(a.evidence)) {
      for (const item of a.evidence as unknown[]) {
        const i = record(item);
        evidence.push(
          Object.assign(i, { doc: text(i.doc), text: text(i.text), start: offset(i.start), end: offset(i.end), date: isoDay(i.date), saidBy: nullableText(i.saidBy), statement: nullableText(i.statement) }),
        );
      }
    }
    const [firstSeen, lastSeen] = seen(a.firstSeen, a.lastSeen);
    const checked: EdgeData = Object.assign(a, {
      type: text(a.type, 'related_to'),
      predicate: text(a.predicate),
      evidence,
      confidence: number(a.confidence, 0),
      weight: number(a.weight, 1),
      method: text(a.method),
      symmetric: a.symmetric === true,
      negated: a.negated === true,
      hedged: a.hedged === true,
      firstSeen,
      lastSeen,
    });
    // graphology refuses a missing end or a repeated key itself: asking first
    // would look every edge up twice more, for a case that is rare.
    try {
      graph.addDirectedEdgeWithKey(key, source, target, checked);
    } catch {
      // An edge to a node the file lacks, or a second edge with a used key: left out.
    }
  }

  if (missingDegree) {
    graph.forEachNode((node, attributes) => {
      if (attributes.degree < 0) attributes.degree = graph.degree(node);
    });
  }
  return graph;
}
