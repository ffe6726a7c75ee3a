// A copy of a graph kept on another thread, brought up to date by the
// differences since the last update rather than by the whole graph. `watch`
// writes some of its formats on a second thread (./side-writer.ts); posting
// the whole graph there for every update would cost more than writing it.
// What changed is cheap to tell:
// - an edge the incremental graph did not touch keeps its attribute object
//   (src/graph/incremental.ts), so an edge is sent again only when its object
//   is another one; on the other side it keeps the object it got, and the
//   writers there reuse its bytes (src/export/render-cache.ts);
// - node attributes are changed in place (PageRank, degree, position), so a
//   node is sent again when one of its values differs from those sent last.
import { MultiDirectedGraph } from 'graphology';
import type { NewsGraph } from '../graph/index.js';
import type { OrderedEdge } from '../export/order.js';
import { sameValues } from '../export/render-cache.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';

/** What a mirror needs to become the graph again. Plain data: it crosses threads by structured clone. */
export interface GraphDiff {
  /** Every update's own: small (the articles' metadata), and sent whole. */
  graph: GraphAttributes;
  nodesSet: Array<[key: string, attributes: NodeAttributes]>;
  nodesDropped: string[];
  edgesSet: Array<[key: string, source: string, target: string, attributes: EdgeAttributes]>;
  edgesDropped: string[];
  /**
   * The edges in the order the writers want them (sortedEdges), by key, with
   * the id each is written with; left out when the keys are those of the last
   * diff and each id is its key (the mirror keeps its order).
   */
  order?: string[];
  ids?: string[];
}

type Values = Record<string, unknown>;

/** The sending side: remembers what it sent, to send only what differs next time. */
export class GraphDiffer {
  private nodes = new Map<string, { values: Values; stamp: number }>();
  /** The edges last sent, in id order: the incremental graph hands over the same object for an unchanged edge. */
  private edges: readonly OrderedEdge[] = [];
  /** Which diff last saw each node: those not seen by this one went. */
  private stamp = 0;

  /** Forgets what was sent: the next diff is the whole graph (for a new mirror). */
  reset(): void {
    this.nodes = new Map();
    this.edges = [];
  }

  /** What differs from the last diff. `ordered` is in id order (sortedEdges), and its edge objects are not changed later. */
  diff(graph: NewsGraph, ordered: readonly OrderedEdge[]): GraphDiff {
    const stamp = (this.stamp += 1);
    const nodesSet: GraphDiff['nodesSet'] = [];
    graph.forEachNode((key, attributes) => {
      const sent = this.nodes.get(key);
      if (sent !== undefined && sameValues(sent.values, attributes as unknown as Values)) {
        sent.stamp = stamp;
        return;
      }
      nodesSet.push([key, attributes]);
      this.nodes.set(key, { values: copyValues(attributes as unknown as Values), stamp });
    });
    const nodesDropped = this.nodes.size === graph.order ? [] : dropUnseen(this.nodes, stamp);
    const { edgesSet, edgesDropped, reordered } = edgeChanges(this.edges, ordered);
    this.edges = ordered;
    return {
      graph: graph.getAttributes(),
      nodesSet,
      nodesDropped,
      edgesSet,
      edgesDropped,
      // The order changes only with the edges there are: most updates leave it, and it is 25,000 keys to send.
      ...(reordered ? { order: ordered.map((edge) => edge.key), ids: ordered.map((edge) => edge.id) } : {}),
    };
  }
}

/**
 * The edges of `now` that are not in `last` as they were, and the keys of
 * those gone: both lists are in id order, so one walk beside each other
 * finds them, and an unchanged edge (the same object) costs one comparison.
 */
function edgeChanges(
  last: readonly OrderedEdge[],
  now: readonly OrderedEdge[],
): { edgesSet: GraphDiff['edgesSet']; edgesDropped: string[]; reordered: boolean } {
  const edgesSet: GraphDiff['edgesSet'] = [];
  const edgesDropped: string[] = [];
  let reordered = false;
  let j = 0;
  for (const edge of now) {
    if (last[j] === edge) {
      j += 1;
      continue;
    }
    while (j < last.length && last[j]!.id < edge.id) edgesDropped.push(last[j++]!.key);
    const held = last[j];
    if (held !== undefined && held.id === edge.id) {
      j += 1;
      if (held.key === edge.key && held.source === edge.source && held.target === edge.target && held.attributes === edge.attributes) continue;
      if (held.key !== edge.key) {
        edgesDropped.push(held.key);
        reordered = true;
      }
    } else {
      reordered = true;
    }
    edgesSet.push([edge.key, edge.source, edge.target, edge.attributes]);
  }
  while (j < last.length) edgesDropped.push(last[j++]!.key);
  return { edgesSet, edgesDropped, reordered: reordered || edgesDropped.length > 0 };
}

/** The receiving side: a graph, and its edges in the writers' order. */
export class GraphMirror {
  readonly graph: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  private ordered: OrderedEdge[] = [];
  private keys: string[] = [];
  private ids: string[] = [];

  apply(diff: GraphDiff): void {
    const { graph } = this;
    for (const key of diff.edgesDropped) if (graph.hasEdge(key)) graph.dropEdge(key);
    for (const key of diff.nodesDropped) if (graph.hasNode(key)) graph.dropNode(key);
    for (const [key, attributes] of diff.nodesSet) {
      if (graph.hasNode(key)) graph.replaceNodeAttributes(key, attributes);
      else graph.addNode(key, attributes);
    }
    for (const [key, source, target, attributes] of diff.edgesSet) {
      if (graph.hasEdge(key)) {
        if (graph.source(key) === source && graph.target(key) === target) {
          graph.replaceEdgeAttributes(key, attributes);
          continue;
        }
        graph.dropEdge(key);
      }
      graph.addDirectedEdgeWithKey(key, source, target, attributes);
    }
    graph.replaceAttributes(diff.graph);
    if (diff.order !== undefined) {
      this.keys = diff.order;
      this.ids = diff.ids ?? diff.order;
    }
    if (this.keys.length !== graph.size) throw new Error(`graph mirror: ${this.keys.length} edges ordered, ${graph.size} held`);
    this.ordered = this.keys.map((key, n) => ({
      id: this.ids[n]!,
      key,
      source: graph.source(key),
      target: graph.target(key),
      attributes: graph.getEdgeAttributes(key),
    }));
  }

  /** The edges in the order last sent, each with the attribute object it was sent with. */
  orderedEdges(): readonly OrderedEdge[] {
    return this.ordered;
  }
}

/** Keys not seen by the diff `stamp`, taken out of `held`. */
function dropUnseen(held: Map<string, { stamp: number }>, stamp: number): string[] {
  const dropped: string[] = [];
  for (const [key, entry] of held) if (entry.stamp !== stamp) dropped.push(key);
  for (const key of dropped) held.delete(key);
  return dropped;
}

/** A copy that later changes in place cannot reach: lists are copied too. */
function copyValues(values: Values): Values {
  const copy: Values = {};
  for (const name of Object.keys(values)) {
    const value = values[name];
    copy[name] = Array.isArray(value) ? value.slice() : value;
  }
  return copy;
}
