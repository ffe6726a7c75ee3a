// graph.json: graphology's own serialisation (`graph.export()`, readable back
// with `graph.import()`), written so that the same content gives the same
// bytes: nodes and edges sorted by key, attributes in contract order, and
// graphology-generated edge keys (which differ per process) replaced by the
// deterministic ids of ./order.ts.
import { canonicalEdgeAttributes, canonicalGraphAttributes, canonicalNodeAttributes } from './canonical.js';
import type { ExportGraph } from './graph-type.js';
import { sortedEdges, sortedNodeKeys } from './order.js';

export function toJSON(graph: ExportGraph): string {
  // What graph.export() would give, read straight from the graph: export()
  // copies every attribute object once more, only for this function to copy
  // it again in canonical order.
  const mixed = graph.type === 'mixed';
  const serialised = {
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: canonicalGraphAttributes(graph.getAttributes()),
    nodes: sortedNodeKeys(graph).map((key) => {
      const attributes = graph.getNodeAttributes(key);
      // graph.export() leaves `attributes` out of a node that has none; so do we.
      return Object.keys(attributes).length === 0 ? { key } : { key, attributes: canonicalNodeAttributes(attributes) };
    }),
    edges: sortedEdges(graph).map((edge) => {
      const serialisedEdge: Record<string, unknown> = { key: edge.id, source: edge.source, target: edge.target };
      if (Object.keys(edge.attributes).length > 0) serialisedEdge.attributes = canonicalEdgeAttributes(edge.attributes);
      if (mixed && graph.isUndirected(edge.key)) serialisedEdge.undirected = true;
      return serialisedEdge;
    }),
  };
  return `${JSON.stringify(serialised, null, 2)}\n`;
}
