// GraphML (http://graphml.graphdrawing.org). graphology-graphml 0.5 only
// parses, so this writer is our own; it shares the XML escaping, ordering and
// attribute typing of the GEXF writer. Every attribute is a <data> value with
// its own <key>: numbers, booleans and strings typed, string lists and other
// structured values (aliases, docs, evidence, the graph's docs) as JSON
// strings. Read back by networkx `read_graphml` and graphology-graphml `parse`.
import { attributeColumns, canonicalJsonForXml, escapedListJson, formatValue, jsonForXml, type AttributeColumn, type ListValues } from './attribute-model.js';
import {
  EDGE_ATTRIBUTE_ORDER,
  EDGE_LISTS,
  GRAPH_ATTRIBUTE_ORDER,
  GRAPH_LISTS,
  NODE_ATTRIBUTE_ORDER,
} from './canonical.js';
import type { ExportGraph } from './graph-type.js';
import { sortedEdges, sortedNodeKeys, type OrderedEdge } from './order.js';
import { wholeFile, type FileParts } from './parts.js';
import type { RenderCache } from './render-cache.js';
import { SharedItems } from './shared-items.js';
import { escapeXmlText, xmlAttributes } from './xml.js';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

const GRAPHML_TYPES: Record<AttributeColumn['kind'], string> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
  stringList: 'string',
  json: 'string',
};

type Domain = 'graph' | 'node' | 'edge';

interface KeyedColumn extends AttributeColumn {
  id: string;
  /** `<data key="…">`, escaped once per file rather than once per value. */
  open: string;
}

const SIMPLE_NAME = /^[A-Za-z0-9_.-]+$/;

// Readable key ids (`n_label`) where the name allows; a numbered one (`n3`,
// no underscore, so it cannot collide) where it does not.
function keyed(domain: Domain, columns: readonly AttributeColumn[]): KeyedColumn[] {
  const prefix = domain.charAt(0);
  return columns.map((column, index) => {
    const id = SIMPLE_NAME.test(column.name) ? `${prefix}_${column.name}` : `${prefix}${index}`;
    return { ...column, id, open: `<data${xmlAttributes([['key', id]])}>` };
  });
}

const toJsonList = (items: string[]) => jsonForXml(items);

/**
 * One <data> line per column with a value. Values are read as they are, JSON
 * written in canonical order; `lists` orders the objects of list values (an
 * edge's evidence, the graph's docs), an object its file shares escaped once.
 */
function dataLines(
  values: Record<string, unknown>,
  columns: readonly KeyedColumn[],
  indent: string,
  lists?: ListValues,
): string[] {
  const lines: string[] = [];
  for (const column of columns) {
    const value = values[column.name];
    if (value === undefined || value === null) continue;
    const itemOrder = lists?.order[column.name];
    const escaped =
      lists && itemOrder && column.kind === 'json' && Array.isArray(value)
        ? escapedListJson(value, itemOrder, escapeXmlText, lists.shared)
        : escapeXmlText(formatValue(value, column.kind, toJsonList, (json) => canonicalJsonForXml(json, itemOrder)));
    lines.push(`${indent}${column.open}${escaped}</data>`);
  }
  return lines;
}

function keyLines(domain: Domain, columns: readonly KeyedColumn[]): string[] {
  return columns.map(
    (column) =>
      `  <key${xmlAttributes([
        ['id', column.id],
        ['for', domain],
        ['attr.name', column.name],
        ['attr.type', GRAPHML_TYPES[column.kind]],
      ])}/>`,
  );
}

/** An element's lines, each ended by a newline: open, children, close; self-closed when it has no children. */
function elementText(open: string, children: readonly string[], close: string): string {
  if (children.length === 0) return `${open.slice(0, -1)}/>\n`;
  return `${open}\n${children.join('\n')}\n${close}\n`;
}

export function toGraphML(graph: ExportGraph): string {
  return [...graphmlChunks(graph)].join('');
}

/**
 * The text of toGraphML in pieces (a node or an edge each), so that a writer
 * can send a corpus graph's file out as it goes instead of holding it whole.
 * Nodes and edges are put in contract order one at a time, when written; the
 * columns are read from the attributes as they are (the contract order
 * changes no name and no value).
 */
export function graphmlChunks(graph: ExportGraph, options: GraphmlOptions = {}): Generator<string | Uint8Array, void, undefined> {
  return wholeFile(graphmlParts(graph, options));
}

export interface GraphmlOptions {
  /** Edge bytes from an earlier export of this graph, reused where the edge is the same object (./render-cache.ts). */
  cache?: RenderCache;
  /** sortedEdges(graph), when the caller has it already. */
  edges?: readonly OrderedEdge[];
}

/** graphmlChunks as its node part and its edge part (./parts.ts). */
export function graphmlParts(graph: ExportGraph, options: GraphmlOptions = {}): FileParts {
  // The edges and their keys serve both parts; read once, on first use.
  let edgeData: { edges: readonly OrderedEdge[]; columns: KeyedColumn[] } | undefined;
  const edgeSide = () => {
    if (edgeData) return edgeData;
    const edges = options.edges ?? sortedEdges(graph);
    const records = edges.map((edge) => edge.attributes as unknown as Record<string, unknown>);
    edgeData = { edges, columns: keyed('edge', attributeColumns(records, EDGE_ATTRIBUTE_ORDER, undefined, options.cache?.columns)) };
    return edgeData;
  };
  function* nodePart(): Generator<string, void, undefined> {
    // Read as they are, like the nodes' and edges'.
    const graphValues = graph.getAttributes() as unknown as Record<string, unknown>;
    const nodeKeys = sortedNodeKeys(graph);
    const graphColumns = keyed('graph', attributeColumns([graphValues], GRAPH_ATTRIBUTE_ORDER));
    const nodeColumns = keyed('node', attributeColumns(nodeKeys.map((key) => graph.getNodeAttributes(key) as unknown as Record<string, unknown>), NODE_ATTRIBUTE_ORDER));
    yield lines([
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<graphml${xmlAttributes([['xmlns', GRAPHML_NAMESPACE]])}>`,
      ...keyLines('graph', graphColumns),
      ...keyLines('node', nodeColumns),
      ...keyLines('edge', edgeSide().columns),
      `  <graph${xmlAttributes([['id', 'newsgraph'], ['edgedefault', 'directed']])}>`,
      ...dataLines(graphValues, graphColumns, '    ', { order: GRAPH_LISTS, shared: new SharedItems([]) }),
    ]);
    const { cache } = options;
    cache?.beginNodes(JSON.stringify(nodeColumns));
    for (const key of nodeKeys) {
      // Read as they are: the columns fix the order, and JSON values are written in canonical order.
      const values = graph.getNodeAttributes(key) as unknown as Record<string, unknown>;
      const render = () => elementText(`    <node${xmlAttributes([['id', key]])}>`, dataLines(values, nodeColumns, '      '), '    </node>');
      yield cache === undefined ? render() : cache.nodeText(key, values, '', render);
    }
  }
  function* edgePart(): Generator<string | Uint8Array, void, undefined> {
    const { edges, columns: edgeColumns } = edgeSide();
    // With a cache, nearly no edge is rendered: counting the shared items would cost more than it saves.
    const lists: ListValues = { order: EDGE_LISTS, shared: new SharedItems(options.cache === undefined ? edges.map((edge) => edge.attributes.evidence) : []) };
    const { cache } = options;
    cache?.begin(JSON.stringify(edgeColumns));
    for (const edge of edges) {
      // Read as they are: the columns fix the order, and JSON values are written in canonical order.
      const values = edge.attributes as unknown as Record<string, unknown>;
      const render = () =>
        elementText(
          `    <edge${xmlAttributes([['id', edge.id], ['source', edge.source], ['target', edge.target]])}>`,
          dataLines(values, edgeColumns, '      ', lists),
          '    </edge>',
        );
      yield cache === undefined ? render() : cache.bytes(edge, render);
    }
    yield lines(['  </graph>', '</graphml>']);
  }
  return { nodes: nodePart, edges: edgePart };
}

/** Lines of the file, each ended by a newline. */
function lines(text: readonly string[]): string {
  return `${text.join('\n')}\n`;
}
