// graph.json: graphology's own serialisation (`graph.export()`, readable back
// with `graph.import()`), written so that the same content gives the same
// bytes: nodes and edges sorted by key, attributes in contract order, and
// graphology-generated edge keys (which differ per process) replaced by the
// deterministic ids of ./order.ts.
import { EDGE_ATTRIBUTE_ORDER, EDGE_LISTS, NODE_ATTRIBUTE_ORDER, canonicalGraphAttributes } from './canonical.js';
import { canonicalText } from './canonical-text.js';
import type { ExportGraph } from './graph-type.js';
import { sortedEdges, sortedNodeKeys, type OrderedEdge } from './order.js';
import { wholeFile, type FileParts } from './parts.js';
import type { RenderCache } from './render-cache.js';
import { SharedItems } from './shared-items.js';

export function toJSON(graph: ExportGraph): string {
  return [...jsonChunks(graph)].join('');
}

/**
 * The text of toJSON in pieces (a node or an edge each), so that a writer can
 * send a corpus graph's file out as it goes instead of holding it whole. The
 * bytes are those of JSON.stringify(serialisation, null, 2): the head is
 * stringified and shifted to its depth, and each node and edge is written
 * straight from the graph at that indentation (./canonical-text.ts).
 */
export function jsonChunks(graph: ExportGraph, options: JsonOptions = {}): Generator<string | Uint8Array, void, undefined> {
  return wholeFile(jsonParts(graph, options));
}

export interface JsonOptions {
  /** Edge bytes from an earlier export of this graph, reused where the edge is the same object (./render-cache.ts). */
  cache?: RenderCache;
  /** sortedEdges(graph), when the caller has it already. */
  edges?: readonly OrderedEdge[];
}

/** jsonChunks as its node part and its edge part (./parts.ts). */
export function jsonParts(graph: ExportGraph, options: JsonOptions = {}): FileParts {
  return { nodes: () => nodePart(graph, options.cache), edges: () => edgePart(graph, options) };
}

function* nodePart(graph: ExportGraph, cache: RenderCache | undefined): Generator<string, void, undefined> {
  // What graph.export() would give, read straight from the graph: export()
  // copies every attribute object once more, only for this function to copy
  // it again in canonical order.
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const attributes = canonicalGraphAttributes(graph.getAttributes());
  yield `{\n  "options": ${nested(options, 1)},\n  "attributes": ${nested(attributes, 1)},\n  "nodes": `;
  cache?.beginNodes('');
  yield* arrayChunks(sortedNodeKeys(graph), (key) => {
    const nodeAttributes = graph.getNodeAttributes(key);
    const render = () => {
      // graph.export() leaves `attributes` out of a node that has none; so do we.
      const attributes = hasOwnKeys(nodeAttributes) ? canonicalText(nodeAttributes, ITEM_FIELD_INDENT, NODE_ATTRIBUTE_ORDER) : undefined;
      return itemText(KEY_FIELD + JSON.stringify(key), attributes);
    };
    return cache === undefined ? render() : cache.nodeText(key, nodeAttributes as unknown as Record<string, unknown>, '', render);
  });
}

function* edgePart(graph: ExportGraph, { cache, edges = sortedEdges(graph) }: JsonOptions): Generator<string | Uint8Array, void, undefined> {
  const mixed = graph.type === 'mixed';
  cache?.begin(graph.type);
  // Evidence is the only list attribute with an item order (EDGE_LISTS), and it sits at one depth in every edge.
  // With a cache, nearly no edge is rendered: counting the shared items would cost more than it saves.
  const shared = new SharedItems(cache === undefined ? edges.map((edge) => edge.attributes.evidence) : []);
  yield ',\n  "edges": ';
  const render = (edge: (typeof edges)[number]) => {
    const ends = `${KEY_FIELD}${JSON.stringify(edge.id)}${SOURCE_FIELD}${JSON.stringify(edge.source)}${TARGET_FIELD}${JSON.stringify(edge.target)}`;
    const attributes = hasOwnKeys(edge.attributes) ? canonicalText(edge.attributes, ITEM_FIELD_INDENT, EDGE_ATTRIBUTE_ORDER, EDGE_LISTS, shared) : undefined;
    return itemText(ends, attributes, mixed && graph.isUndirected(edge.key));
  };
  yield* arrayChunks<OrderedEdge, string | Uint8Array>(edges, cache === undefined ? render : (edge) => cache.bytes(edge, () => render(edge)));
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

/** Where the fields of a node or an edge start: inside the list of the file's top-level object. */
const ITEM_FIELD_INDENT = '      ';

// The fields of a node or an edge as JSON.stringify indents them inside the file's lists.
const field = (name: string, first = false) => `${first ? '' : ','}\n${ITEM_FIELD_INDENT}${JSON.stringify(name)}: `;
const KEY_FIELD = field('key', true);
const SOURCE_FIELD = field('source');
const TARGET_FIELD = field('target');
const ATTRIBUTES_FIELD = field('attributes');
const UNDIRECTED_FIELD = `${field('undirected')}true`;

/**
 * A node or an edge: `head` (its key, and an edge's source and target, as
 * fields), then its attributes when it has any, then `"undirected": true`
 * for an undirected edge of a mixed graph.
 */
function itemText(head: string, attributes: string | undefined, undirected = false): string {
  return `{${head}${attributes === undefined ? '' : ATTRIBUTES_FIELD + attributes}${undirected ? UNDIRECTED_FIELD : ''}\n    }`;
}

function hasOwnKeys(value: object): boolean {
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) return true;
  return false;
}

/** A list at depth 1 of the file, one piece per item, each given as its text at depth 2. */
function* arrayChunks<T, Text extends string | Uint8Array = string>(items: readonly T[], text: (item: T) => Text): Generator<string | Text, void, undefined> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  let separator = '[\n    ';
  for (const item of items) {
    const itemText = text(item);
    if (typeof itemText === 'string') {
      yield separator + itemText;
    } else {
      yield separator;
      yield itemText;
    }
    separator = ',\n    ';
  }
  yield '\n  ]';
}
