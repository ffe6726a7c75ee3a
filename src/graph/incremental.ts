// buildGraph for a corpus that changes a few articles at a time (`newsgraph
// watch`): the graph of the same extractions, with the same attributes and
// the same insertion order, so every export of it has buildGraph's bytes.
//
// buildGraph folds every article into every node and edge, about half a
// second for a thousand articles. Here each node and edge remembers which
// articles feed it, and an update recomputes only those fed by an article
// that came, went or changed (an extraction is "changed" when it is another
// object: the caller hands over the same object for an unchanged article).
// The one graphology graph is changed in place, so its insertion order is not
// buildGraph's: nothing read from it depends on that order (the writers sort,
// and PageRank, placement and ForceAtlas2 go through nodes and edges in key
// order). An edge that no article touched keeps its attribute object, which
// lets the writers reuse its text (src/export/render-cache.ts).
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, EdgeEvidence, Entity, Extraction, NodeAttributes, Relation } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';
import { documentKey } from '../relations/metadata.js';
import { DEFAULT_GRAPH_OPTIONS, ENGLISH, addToEdge, buildGraph, docComparator, docInfo, edgeEnds, edgeKey, firstEdgeAttributes, settleEdgeAttributes, type NewsGraph } from './build.js';
import { articleDates, seenSpan } from './time.js';
import { compareStrings } from '../export/canonical.js';
import type { OrderedEdge } from '../export/order.js';

export interface IncrementalGraphOptions {
  cooccurrence?: boolean;
  uncertain?: boolean;
}

interface Contribution {
  source: string;
  target: string;
  relation: Relation;
}

interface ArticleState {
  extraction: Extraction;
  date: string | undefined;
  /** Its entities by key, in the article's order. */
  entities: Map<string, Entity[]>;
  /** Its relations that the options keep, by edge key, in the article's order. */
  edges: Map<string, Contribution[]>;
}

interface EdgeEntry {
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export class IncrementalGraph {
  private readonly settings: Required<IncrementalGraphOptions>;
  private readonly articles = new Map<string, ArticleState>();
  /** Which articles feed each entity node and each edge. */
  private readonly nodeArticles = new Map<string, Set<string>>();
  private readonly edgeArticles = new Map<string, Set<string>>();
  private readonly nodes = new Map<string, NodeAttributes>();
  private readonly edges = new Map<string, EdgeEntry>();
  private graph: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  /** The edges in key order, as sortedEdges (src/export/order.ts) lists them; undefined after a fallback to buildGraph. */
  private ordered: OrderedEdge[] | undefined = [];

  constructor(options: IncrementalGraphOptions = {}) {
    this.settings = { ...DEFAULT_GRAPH_OPTIONS, ...options };
  }

  /** How many articles the last update looked at again (added, changed or removed). */
  revisited = 0;

  /**
   * The graph of `extractions`, as buildGraph(extractions, { layout: false,
   * metrics: false }) with these options would make it, but for insertion
   * order. The same graph object each time (a new one after a fallback to
   * buildGraph), changed in place.
   */
  update(extractions: readonly Extraction[]): NewsGraph {
    const ids = new Set(extractions.map((e) => e.doc.id));
    if (ids.size !== extractions.length) {
      // Two articles under one id: buildGraph's order between them is the caller's; not worth mirroring.
      this.reset();
      this.ordered = undefined;
      this.revisited = extractions.length;
      return buildGraph(extractions, { ...this.settings, layout: false, metrics: false });
    }
    const touchedNodes = new Set<string>();
    const touchedEdges = new Set<string>();
    let revisited = 0;
    for (const [id, state] of this.articles) {
      if (ids.has(id)) continue;
      this.forget(id, state, touchedNodes, touchedEdges);
      revisited += 1;
    }
    const dates = articleDates(extractions);
    for (const extraction of extractions) {
      const id = extraction.doc.id;
      const held = this.articles.get(id);
      if (held?.extraction === extraction) continue;
      if (held) this.forget(id, held, touchedNodes, touchedEdges);
      this.learn(id, this.articleState(extraction, dates.get(id)), touchedNodes, touchedEdges);
      revisited += 1;
    }
    this.revisited = revisited;
    const ordered = [...extractions].sort((a, b) => a.doc.id.localeCompare(b.doc.id));
    const position = new Map(ordered.map((e, n) => [e.doc.id, n]));
    const inOrder = (set: ReadonlySet<string>) => [...set].sort((a, b) => position.get(a)! - position.get(b)!);
    for (const key of touchedNodes) this.settleNode(key, inOrder);
    const compareDocs = docComparator(ordered);
    for (const key of touchedEdges) this.settleEdge(key, inOrder, compareDocs);
    this.orderEdges(touchedEdges);
    return this.reconcile(touchedEdges, ordered, dates);
  }

  /**
   * The last graph's edges in key order, each as sortedEdges gives it (the
   * same object while the edge is unchanged), or undefined when the last
   * update fell back to buildGraph.
   */
  orderedEdges(): readonly OrderedEdge[] | undefined {
    return this.ordered;
  }

  /** Keeps `ordered` in step: touched edges replaced, dropped or slotted in. */
  private orderEdges(touched: ReadonlySet<string>): void {
    const held = this.ordered ?? [];
    const entry = (key: string): OrderedEdge => {
      const { source, target, attributes } = this.edges.get(key)!;
      return { id: key, key, source, target, attributes };
    };
    const heldKeys = new Set(held.map((edge) => edge.key));
    const fresh = [...touched].filter((key) => this.edges.has(key) && !heldKeys.has(key)).sort(compareStrings);
    const kept = held.filter((edge) => this.edges.has(edge.key)).map((edge) => (touched.has(edge.key) ? entry(edge.key) : edge));
    if (fresh.length === 0) {
      this.ordered = kept;
      return;
    }
    // Merge two lists in key order.
    const merged: OrderedEdge[] = [];
    let i = 0;
    for (const key of fresh) {
      while (i < kept.length && compareStrings(kept[i]!.key, key) < 0) merged.push(kept[i++]!);
      merged.push(entry(key));
    }
    while (i < kept.length) merged.push(kept[i++]!);
    this.ordered = merged;
  }

  private reset(): void {
    this.articles.clear();
    this.nodeArticles.clear();
    this.edgeArticles.clear();
    this.nodes.clear();
    this.edges.clear();
    this.graph = new MultiDirectedGraph({ allowSelfLoops: false });
    this.ordered = [];
  }

  private articleState(extraction: Extraction, date: string | undefined): ArticleState {
    const entities = new Map<string, Entity[]>();
    for (const entity of extraction.entities) {
      const list = entities.get(entity.key);
      if (list) list.push(entity);
      else entities.set(entity.key, [entity]);
    }
    const edges = new Map<string, Contribution[]>();
    for (const relation of extraction.relations) {
      if (relation.type === 'cooccurs' && !this.settings.cooccurrence) continue;
      if ((relation.negated || relation.hedged) && !this.settings.uncertain) continue;
      const [source, target] = edgeEnds(relation);
      const key = edgeKey(relation.type, source, target, relation.predicate, relation);
      const contribution = { source, target, relation };
      const list = edges.get(key);
      if (list) list.push(contribution);
      else edges.set(key, [contribution]);
    }
    return { extraction, date, entities, edges };
  }

  private learn(id: string, state: ArticleState, touchedNodes: Set<string>, touchedEdges: Set<string>): void {
    this.articles.set(id, state);
    for (const key of state.entities.keys()) {
      touchedNodes.add(key);
      addTo(this.nodeArticles, key, id);
    }
    for (const key of state.edges.keys()) {
      touchedEdges.add(key);
      addTo(this.edgeArticles, key, id);
    }
  }

  private forget(id: string, state: ArticleState, touchedNodes: Set<string>, touchedEdges: Set<string>): void {
    this.articles.delete(id);
    for (const key of state.entities.keys()) {
      touchedNodes.add(key);
      this.nodeArticles.get(key)?.delete(id);
    }
    for (const key of state.edges.keys()) {
      touchedEdges.add(key);
      this.edgeArticles.get(key)?.delete(id);
    }
  }

  /** An entity node from every article that names it, as buildGraph's addEntities and its time span. */
  private settleNode(key: string, inOrder: (ids: ReadonlySet<string>) => string[]): void {
    const ids = this.nodeArticles.get(key);
    if (ids === undefined || ids.size === 0) {
      this.nodeArticles.delete(key);
      this.nodes.delete(key);
      return;
    }
    let node: NodeAttributes | undefined;
    const aliases = new Set<string>();
    const docs = new Set<string>();
    let mentions = 0;
    let again = false;
    for (const id of inOrder(ids)) {
      for (const entity of this.articles.get(id)!.entities.get(key)!) {
        if (node === undefined) {
          node = { label: entity.label, type: entity.type, aliases: [...entity.aliases], mentions: 0, docs: [id] };
        } else {
          again = true;
        }
        for (const alias of entity.aliases) aliases.add(alias);
        mentions += entity.mentions.length;
        docs.add(id);
      }
    }
    const settled = node!;
    settled.mentions = mentions;
    if (again) {
      settled.aliases = [...aliases].sort(ENGLISH.compare);
      settled.docs = [...docs].sort();
    }
    this.nodes.set(key, { ...settled, ...seenSpan(settled.docs.map((id) => this.articles.get(id)!.date)) });
  }

  /** An edge from every article that supports it, as buildGraph's collectEdge. */
  private settleEdge(key: string, inOrder: (ids: ReadonlySet<string>) => string[], compareDocs: (a: string, b: string) => number): void {
    const ids = this.edgeArticles.get(key);
    if (ids === undefined || ids.size === 0) {
      this.edgeArticles.delete(key);
      this.edges.delete(key);
      return;
    }
    let entry: EdgeEntry | undefined;
    for (const id of inOrder(ids)) {
      const { edges, date } = this.articles.get(id)!;
      for (const { source, target, relation } of edges.get(key)!) {
        const evidence: EdgeEvidence = date === undefined ? { ...relation.evidence } : { ...relation.evidence, date };
        if (entry === undefined) entry = { source, target, attributes: firstEdgeAttributes(relation, evidence) };
        else addToEdge(entry.attributes, relation, evidence);
      }
    }
    settleEdgeAttributes(entry!.attributes, compareDocs);
    this.edges.set(key, entry!);
  }

  /** Brings the graph in line: touched edges replaced or dropped, nodes for every entity and every edge end, fresh node objects. */
  private reconcile(touchedEdges: ReadonlySet<string>, ordered: readonly Extraction[], dates: ReadonlyMap<string, string>): NewsGraph {
    const graph = this.graph;
    graph.replaceAttributes({ schemaVersion: SCHEMA_VERSION, docs: ordered.map(docInfo) });
    for (const key of touchedEdges) if (graph.hasEdge(key)) graph.dropEdge(key);
    const wanted = new Map<string, NodeAttributes>();
    // Fresh node objects each time: the metrics and the layout write into them.
    for (const [key, attributes] of this.nodes) wanted.set(key, { ...attributes });
    let byDocumentKey: Map<string, Extraction> | undefined;
    for (const { source, target } of this.edges.values()) {
      for (const end of [source, target]) {
        if (wanted.has(end)) continue;
        byDocumentKey ??= documentsByKey(ordered);
        wanted.set(end, documentNode(end, byDocumentKey, dates));
      }
    }
    for (const key of graph.nodes()) if (!wanted.has(key)) graph.dropNode(key);
    for (const [key, attributes] of wanted) {
      if (graph.hasNode(key)) graph.replaceNodeAttributes(key, attributes);
      else graph.addNode(key, attributes);
    }
    for (const key of touchedEdges) {
      const entry = this.edges.get(key);
      if (entry) graph.addDirectedEdgeWithKey(key, entry.source, entry.target, entry.attributes);
    }
    return graph;
  }
}

function documentsByKey(ordered: readonly Extraction[]): Map<string, Extraction> {
  const byKey = new Map<string, Extraction>();
  for (const extraction of ordered) if (!byKey.has(documentKey(extraction.doc))) byKey.set(documentKey(extraction.doc), extraction);
  return byKey;
}

/** A node for an edge's end that no article names as an entity: its article's node, as buildGraph's addDocumentNode. */
function documentNode(key: string, byDocumentKey: ReadonlyMap<string, Extraction>, dates: ReadonlyMap<string, string>): NodeAttributes {
  const extraction = byDocumentKey.get(key);
  const id = extraction?.doc.id ?? key.slice('document:'.length);
  return { label: extraction?.doc.meta.title ?? id, type: 'document', aliases: [], mentions: 0, docs: [id], ...seenSpan([dates.get(id)]) };
}

function addTo(index: Map<string, Set<string>>, key: string, id: string): void {
  const set = index.get(key);
  if (set) set.add(id);
  else index.set(key, new Set([id]));
}
