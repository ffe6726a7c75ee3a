// GraphML (http://graphml.graphdrawing.org). graphology-graphml 0.5 only
// parses, so this writer is our own; it shares the XML escaping, ordering and
// attribute typing of the GEXF writer. Every attribute is a <data> value with
// its own <key>: numbers, booleans and strings typed, string lists and other
// structured values (aliases, docs, evidence, the graph's docs) as JSON
// strings. Read back by networkx `read_graphml` and graphology-graphml `parse`.
import { attributeColumns, formatValue, jsonForXml, type AttributeColumn } from './attribute-model.js';
import {
  EDGE_ATTRIBUTE_ORDER,
  GRAPH_ATTRIBUTE_ORDER,
  NODE_ATTRIBUTE_ORDER,
  canonicalEdgeAttributes,
  canonicalGraphAttributes,
  canonicalNodeAttributes,
} from './canonical.js';
import type { ExportGraph } from './graph-type.js';
import { sortedEdges, sortedNodeKeys } from './order.js';
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
}

const SIMPLE_NAME = /^[A-Za-z0-9_.-]+$/;

// Readable key ids (`n_label`) where the name allows; a numbered one (`n3`,
// no underscore, so it cannot collide) where it does not.
function keyed(domain: Domain, columns: readonly AttributeColumn[]): KeyedColumn[] {
  const prefix = domain.charAt(0);
  return columns.map((column, index) => ({
    ...column,
    id: SIMPLE_NAME.test(column.name) ? `${prefix}_${column.name}` : `${prefix}${index}`,
  }));
}

const toJsonList = (items: string[]) => jsonForXml(items);

function dataLines(values: Record<string, unknown>, columns: readonly KeyedColumn[], indent: string): string[] {
  return columns
    .filter((column) => values[column.name] !== undefined && values[column.name] !== null)
    .map(
      (column) =>
        `${indent}<data${xmlAttributes([['key', column.id]])}>${escapeXmlText(
          formatValue(values[column.name], column.kind, toJsonList),
        )}</data>`,
    );
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

function element(open: string, children: string[], close: string): string[] {
  return children.length === 0 ? [`${open.slice(0, -1)}/>`] : [open, ...children, close];
}

export function toGraphML(graph: ExportGraph): string {
  const graphValues = canonicalGraphAttributes(graph.getAttributes());
  const nodes = sortedNodeKeys(graph).map((key) => ({ key, values: canonicalNodeAttributes(graph.getNodeAttributes(key)) }));
  const edges = sortedEdges(graph).map((edge) => ({ ...edge, values: canonicalEdgeAttributes(edge.attributes) }));
  const graphColumns = keyed('graph', attributeColumns([graphValues], GRAPH_ATTRIBUTE_ORDER));
  const nodeColumns = keyed('node', attributeColumns(nodes.map((node) => node.values), NODE_ATTRIBUTE_ORDER));
  const edgeColumns = keyed('edge', attributeColumns(edges.map((edge) => edge.values), EDGE_ATTRIBUTE_ORDER));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml${xmlAttributes([['xmlns', GRAPHML_NAMESPACE]])}>`,
    ...keyLines('graph', graphColumns),
    ...keyLines('node', nodeColumns),
    ...keyLines('edge', edgeColumns),
    `  <graph${xmlAttributes([['id', 'newsgraph'], ['edgedefault', 'directed']])}>`,
    ...dataLines(graphValues, graphColumns, '    '),
    ...nodes.flatMap((node) =>
      element(`    <node${xmlAttributes([['id', node.key]])}>`, dataLines(node.values, nodeColumns, '      '), '    </node>'),
    ),
    ...edges.flatMap((edge) =>
      element(
        `    <edge${xmlAttributes([['id', edge.id], ['source', edge.source], ['target', edge.target]])}>`,
        dataLines(edge.values, edgeColumns, '      '),
        '    </edge>',
      ),
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
