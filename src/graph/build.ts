// Extractions in, one graphology graph out, following the file contract in
// GUIDELINES.md: entity nodes keyed `<type>:<slug>` (one per key across all
// articles), a node per article, and one edge per head, tail, type and
// predicate carrying every sentence that supports it.
// Time: each evidence item carries its article's date, and nodes and edges
// the first and last day they were seen (./time.ts); an undated article adds
// no date anywhere, so an undated corpus builds exactly as before.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, EdgeEvidence, Extraction, GraphAttributes, GraphDocInfo, NodeAttributes, Relation } from '../types.js';
import { SCHEMA_VERSION, SYMMETRIC_RELATIONS } from '../types.js';
import { slugify } from '../resolve/normalise.js';
import { documentKey } from '../relations/metadata.js';
import { assignLayout } from './layout.js';
import { assignMetrics } from './metrics.js';
import type { Position } from './place.js';
import { articleDates, seenSpan } from './time.js';

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface GraphOptions {
  /** Keep co-occurrence edges (type `cooccurs`). */
  cooccurrence?: boolean;
  /** Keep relations marked negated or hedged. Left out by default: they are not claims. */
  uncertain?: boolean;
  /**
   * Positions from an earlier picture of the same corpus (a store keeps
   * them): nodes found here keep theirs, new ones are placed beside their
   * neighbours. Without, the whole graph is laid out afresh.
   */
  positions?: ReadonlyMap<string, Position>;
  /**
   * Lay the graph out (default true). False leaves x and y unset for a
   * caller that lays it out itself (planLayout and finishLayout in
   * ./layout.ts), e.g. on another thread while it writes what needs none.
   */
  layout?: boolean;
  /**
   * Add degree, size, colour and PageRank (default true). False leaves them
   * to a caller that adds them itself (assignMetrics in ./metrics.ts), e.g.
   * once a layout run, which reads none of them, has started on another
   * thread.
   */
  metrics?: boolean;
}

export const DEFAULT_GRAPH_OPTIONS: Readonly<Required<Omit<GraphOptions, 'positions' | 'layout' | 'metrics'>>> = { cooccurrence: true, uncertain: false };

export function buildGraph(extractions: readonly Extraction[], options: GraphOptions = {}): NewsGraph {
  const settings = { ...DEFAULT_GRAPH_OPTIONS, ...options };
  const ordered = [...extractions].sort((a, b) => a.doc.id.localeCompare(b.doc.id));
  const graph: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ schemaVersion: SCHEMA_VERSION, docs: ordered.map(docInfo) });
  const dates = articleDates(ordered);
  const compareDocs = docComparator(ordered);
  const byDocumentKey = new Map<string, Extraction>();
  for (const extraction of ordered) if (!byDocumentKey.has(documentKey(extraction.doc))) byDocumentKey.set(documentKey(extraction.doc), extraction);
  addEntities(graph, ordered);
  const edges = new Map<string, { source: string; target: string; attributes: EdgeAttributes }>();
  const evidenceItem = evidencePool();
  for (const extraction of ordered) {
    for (const relation of extraction.relations) {
      if (relation.type === 'cooccurs' && !settings.cooccurrence) continue;
      if ((relation.negated || relation.hedged) && !settings.uncertain) continue;
      collectEdge(edges, relation, evidenceItem(relation.evidence, dates.get(extraction.doc.id)));
    }
  }
  for (const key of [...edges.keys()].sort()) {
    const edge = edges.get(key)!;
    for (const end of [edge.source, edge.target]) if (!graph.hasNode(end)) addDocumentNode(graph, end, byDocumentKey);
    settleEdgeAttributes(edge.attributes, compareDocs);
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes);
  }
  // Last, once every node lists all its documents (document nodes their own).
  graph.updateEachNodeAttributes((_, attributes) => ({ ...attributes, ...seenSpan(attributes.docs.map((id) => dates.get(id))) }));
  if (options.metrics !== false) assignMetrics(graph, options.layout === false ? null : options.positions);
  else if (options.layout !== false) assignLayout(graph, options.positions);
  return graph;
}

// One collator for every comparison: the same order as localeCompare(b, 'en'),
// without looking the locale up again on each call.
export const ENGLISH = new Intl.Collator('en');

/**
 * Document ids in the order of `ordered` (sorted by localeCompare): each id's
 * rank, ids that compare equal sharing one, so comparing ranks gives exactly
 * what localeCompare would, without calling it per evidence pair. An id not
 * among the articles (none is expected) falls back to localeCompare.
 */
export function docComparator(ordered: readonly Extraction[]): (a: string, b: string) => number {
  const rank = new Map<string, number>();
  let previous: string | undefined;
  let at = -1;
  for (const { doc } of ordered) {
    if (rank.has(doc.id)) continue;
    if (previous === undefined || previous.localeCompare(doc.id) !== 0) at += 1;
    rank.set(doc.id, at);
    previous = doc.id;
  }
  return (a, b) => {
    if (a === b) return 0;
    const ra = rank.get(a);
    const rb = rank.get(b);
    return ra === undefined || rb === undefined ? a.localeCompare(b) : ra - rb;
  };
}

export function docInfo(extraction: Extraction): GraphDocInfo {
  const { id, meta } = extraction.doc;
  return {
    id,
    title: meta.title ?? null,
    author: meta.author ?? null,
    date: meta.date ?? null,
    source: meta.source ?? null,
    url: meta.url ?? null,
    outlet: meta.outlet ?? null,
    tags: [...meta.tags],
  };
}

/**
 * A node per entity key: label and type from the first article (in id order)
 * that has the key, aliases, mention counts and documents from all of them.
 * The lists are gathered first and sorted once per node: an actor named in
 * hundreds of articles would otherwise have them copied and sorted again for
 * each one.
 */
function addEntities(graph: NewsGraph, ordered: readonly Extraction[]): void {
  const gathered = new Map<string, { aliases: Set<string>; mentions: number; docs: Set<string>; again: boolean }>();
  for (const extraction of ordered) {
    for (const entity of extraction.entities) {
      const count = entity.mentions.length;
      const known = gathered.get(entity.key);
      if (known === undefined) {
        graph.addNode(entity.key, { label: entity.label, type: entity.type, aliases: [...entity.aliases], mentions: count, docs: [extraction.doc.id] });
        gathered.set(entity.key, { aliases: new Set(entity.aliases), mentions: count, docs: new Set([extraction.doc.id]), again: false });
        continue;
      }
      for (const alias of entity.aliases) known.aliases.add(alias);
      known.mentions += count;
      known.docs.add(extraction.doc.id);
      known.again = true;
    }
  }
  // A key met once keeps its aliases as its article listed them; one met again gets the union, sorted.
  for (const [key, { aliases, mentions, docs, again }] of gathered) {
    if (again) graph.mergeNodeAttributes(key, { aliases: [...aliases].sort(ENGLISH.compare), mentions, docs: [...docs].sort() });
  }
}

function addDocumentNode(graph: NewsGraph, key: string, byDocumentKey: ReadonlyMap<string, Extraction>): void {
  const extraction = byDocumentKey.get(key);
  const id = extraction?.doc.id ?? key.slice('document:'.length);
  graph.addNode(key, { label: extraction?.doc.meta.title ?? id, type: 'document', aliases: [], mentions: 0, docs: [id] });
}

/**
 * The edges' evidence items, one object per distinct item. A sentence naming
 * n entities supports n(n-1)/2 co-occurrence edges (in CoNLL-2003 train,
 * 33,068 items hold 4,723 distinct sentences), and the writers render an
 * object they have met once (src/export): one object each lets them.
 * Items are compared whole, so two that differ in anything stay apart.
 */
function evidencePool(): (evidence: Relation['evidence'], date: string | undefined) => EdgeEvidence {
  const pool = new Map<string, EdgeEvidence[]>();
  return (evidence, date) => {
    const item: EdgeEvidence = date === undefined ? { ...evidence } : { ...evidence, date };
    const where = `${item.doc}\u0000${item.sentence}\u0000${item.start}\u0000${item.end}`;
    const held = pool.get(where);
    if (held === undefined) {
      pool.set(where, [item]);
      return item;
    }
    const same = held.find((other) => sameFields(other, item));
    if (same !== undefined) return same;
    held.push(item);
    return item;
  };
}

function sameFields(a: object, b: object): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

/** Adds `relation` to its edge with `evidence` (the relation's own, from evidencePool). */
function collectEdge(
  edges: Map<string, { source: string; target: string; attributes: EdgeAttributes }>,
  relation: Relation,
  evidence: EdgeEvidence,
): void {
  const [source, target] = edgeEnds(relation);
  const key = edgeKey(relation.type, source, target, relation.predicate, relation);
  const existing = edges.get(key);
  if (existing) addToEdge(existing.attributes, relation, evidence);
  else edges.set(key, { source, target, attributes: firstEdgeAttributes(relation, evidence) });
}

/** An edge's source and target: a symmetric relation is stored once, from the smaller key to the larger. */
export function edgeEnds(relation: Relation): [source: string, target: string] {
  return SYMMETRIC_RELATIONS.has(relation.type) && relation.tail < relation.head ? [relation.tail, relation.head] : [relation.head, relation.tail];
}

/** An edge as its first relation makes it. The steps here and below are those of every builder (./incremental.ts too). */
export function firstEdgeAttributes(relation: Relation, evidence: EdgeEvidence): EdgeAttributes {
  return {
    type: relation.type,
    predicate: relation.predicate,
    evidence: [evidence],
    confidence: round(relation.confidence),
    weight: 1,
    method: relation.method,
    ...(SYMMETRIC_RELATIONS.has(relation.type) ? { symmetric: true } : {}),
    ...(relation.negated ? { negated: true } : {}),
    ...(relation.hedged ? { hedged: true } : {}),
  };
}

/** One more relation for an edge, in document order: its sentence (once), its confidence, its method. */
export function addToEdge(a: EdgeAttributes, relation: Relation, evidence: EdgeEvidence): void {
  if (!a.evidence.some((e) => e.doc === evidence.doc && e.sentence === evidence.sentence)) a.evidence.push(evidence);
  // Independent sentences make a claim surer: 1 - Π(1 - c).
  a.confidence = round(1 - (1 - a.confidence) * (1 - relation.confidence));
  if (relation.method < a.method) a.method = relation.method;
}

/** An edge with all its relations in: evidence in document and sentence order, its weight and the days it was seen. */
export function settleEdgeAttributes(a: EdgeAttributes, compareDocs: (x: string, y: string) => number): void {
  a.evidence.sort((x, y) => compareDocs(x.doc, y.doc) || x.sentence - y.sentence);
  a.weight = a.evidence.length;
  Object.assign(a, seenSpan(a.evidence.map((e) => e.date)));
}

/** Readable and stable: the same relation gets the same key in every build. */
export function edgeKey(type: string, source: string, target: string, predicate: string, relation: Relation): string {
  const flags = `${relation.negated ? ':negated' : ''}${relation.hedged ? ':hedged' : ''}`;
  const said = predicate ? `:${slugify(predicate)}` : '';
  return `${type}:${source}->${target}${said}${flags}`;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
