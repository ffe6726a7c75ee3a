// The order and the ids every export writes nodes and edges with. Insertion
// order follows the order articles were read in; sorting makes a rebuild of
// the same content byte-identical.
import { canonicalEdgeAttributes, canonicalJson, compareStrings } from './canonical.js';
import type { ExportGraph } from './graph-type.js';
import type { EdgeAttributes } from '../types.js';

export interface OrderedEdge {
  /** The id every export writes: the edge key, or a stand-in for a generated key. */
  id: string;
  /** The key in the graph, for looking the edge up. */
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

// graphology names edges added without a key `geid_<instance>_<counter>`; the
// instance number differs from one process (or graph) to the next.
const GENERATED_EDGE_KEY = /^geid_\d+_\d+$/;

export function isGeneratedEdgeKey(key: string): boolean {
  return GENERATED_EDGE_KEY.test(key);
}

export function sortedNodeKeys(graph: ExportGraph): string[] {
  return graph.nodes().sort(compareStrings);
}

/**
 * Edges sorted by id. An edge with a key the builder chose keeps it; an edge
 * whose key graphology generated gets `e<n>`, numbered in the order of its
 * content (source, target, attributes), so the id depends on nothing else.
 */
export function sortedEdges(graph: ExportGraph): OrderedEdge[] {
  const chosen: OrderedEdge[] = [];
  const generated: Array<OrderedEdge & { content: string }> = [];
  graph.forEachEdge((key, attributes, source, target) => {
    const edge = { id: key, key, source, target, attributes };
    if (isGeneratedEdgeKey(key)) {
      generated.push({ ...edge, content: canonicalJson(canonicalEdgeAttributes(attributes)) });
    } else {
      chosen.push(edge);
    }
  });
  generated.sort(
    (a, b) => compareStrings(a.source, b.source) || compareStrings(a.target, b.target) || compareStrings(a.content, b.content),
  );
  const taken = new Set(chosen.map((edge) => edge.key));
  const width = String(generated.length).length;
  let counter = 0;
  const renamed = generated.map(({ content: _content, ...edge }) => {
    let id: string;
    do id = `e${String(counter++).padStart(width, '0')}`;
    while (taken.has(id));
    return { ...edge, id };
  });
  return [...chosen, ...renamed].sort((a, b) => compareStrings(a.id, b.id));
}
