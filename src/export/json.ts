// graph.json: graphology's own serialisation (`graph.export()`, readable back
// with `graph.import()`), written so that the same content gives the same
// bytes: nodes and edges sorted by key, attributes in contract order, and
// graphology-generated edge keys (which differ per process) replaced by the
// deterministic ids of ./order.ts.
import { canonicalEdgeAttributes, canonicalGraphAttributes, canonicalNodeAttributes } from './canonical.js';
import type { ExportGraph } from './graph-type.js';
import { sortedEdges, sortedNodeKeys } from './order.js';

export function toJSON(graph: ExportGraph): string {
  return [...jsonChunks(graph)].join('');
}

/**
 * The text of toJSON in pieces (a node or an edge each), so that a writer can
 * send a corpus graph's file out as it goes instead of holding it whole. The
 * bytes are those of JSON.stringify(serialisation, null, 2): each piece is
 * stringified with the same indentation and shifted to its depth.
 */
export function* jsonChunks(graph: ExportGraph): Generator<string, void, undefined> {
  // What graph.export() would give, read straight from the graph: export()
  // copies every attribute object once more, only for this function to copy
  // it again in canonical order.
  const mixed = graph.type === 'mixed';
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const attributes = canonicalGraphAttributes(graph.getAttributes());
  yield `{\n  "options": ${nested(options, 1)},\n  "attributes": ${nested(attributes, 1)},\n  "nodes": `;
  yield* arrayChunks(sortedNodeKeys(graph), (key) => {
    const nodeAttributes = graph.getNodeAttributes(key);
    // graph.export() leaves `attributes` out of a node that has none; so do we.
    return Object.keys(nodeAttributes).length === 0 ? { key } : { key, attributes: canonicalNodeAttributes(nodeAttributes) };
  });
  yield ',\n  "edges": ';
  yield* arrayChunks(sortedEdges(graph), (edge) => {
    const serialisedEdge: Record<string, unknown> = { key: edge.id, source: edge.source, target: edge.target };
    if (Object.keys(edge.attributes).length > 0) serialisedEdge.attributes = canonicalEdgeAttributes(edge.attributes);
    if (mixed && graph.isUndirected(edge.key)) serialisedEdge.undirected = true;
    return serialisedEdge;
  });
  yield '\n}\n';
}

/**
 * JSON.stringify(value, null, 2) as it reads `depth` (1 or 2) levels down:
 * the value stringified inside as many arrays, which indent it just so, and
 * cut out of them (quicker than re-indenting each line).
 */
function nested(value: unknown, depth: 1 | 2): string {
  if (depth === 1) return JSON.stringify([value], null, 2).slice('[\n  '.length, -'\n]'.length);
  return JSON.stringify([[value]], null, 2).slice('[\n  [\n    '.length, -'\n  ]\n]'.length);
}

/** A list at depth 1 of the file, one piece per item. */
function* arrayChunks<T>(items: readonly T[], serialise: (item: T) => unknown): Generator<string, void, undefined> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  let separator = '[\n    ';
  for (const item of items) {
    yield separator + nested(serialise(item), 2);
    separator = ',\n    ';
  }
  yield '\n  ]';
}
