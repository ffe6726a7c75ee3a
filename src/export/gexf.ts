// GEXF 1.3 (https://gexf.net), written by hand rather than with
// graphology-gexf's writer so that the file is always well-formed XML, valid
// against the official 1.3 RelaxNG schema, and byte-identical across runs.
// Readers it is tested with: xmllint (schema), networkx `read_gexf`,
// graphology-gexf `parse`. How each attribute is carried:
// - node label → `label`; x/y → viz:position; size → viz:size (else from
//   degree); color → viz:color as r/g/b(/a) (else the type's colour);
// - edge weight → `weight`; size → viz:thickness; color → viz:color;
// - every other attribute → an <attvalue>; string lists (aliases, docs) as
//   `liststring` (see ./gexf-list.ts), evidence and other structured values as
//   a JSON string;
// - for Gephi's display only: edge `label` (the predicate, or the type for
//   co-occurrence) and `kind` (the relation type, which keeps Gephi from
//   merging parallel edges of different types).
// Every edge is `directed`, symmetric ones too (their `symmetric` attribute
// says so): networkx refuses a file that mixes directed and undirected edges.
// <meta> has a creator, keywords and description (./gexf-meta.ts) but no
// lastmodifieddate, which would make two builds of the same content differ.
import { attributeColumns, formatNumber, formatValue, type AttributeColumn } from './attribute-model.js';
import { EDGE_ATTRIBUTE_ORDER, NODE_ATTRIBUTE_ORDER, canonicalEdgeAttributes, canonicalNodeAttributes } from './canonical.js';
import { parseColor } from './color.js';
import { formatListString } from './gexf-list.js';
import { DOC_NODE_ATTRIBUTES, GEXF_CREATOR, documentNodeAttributes, gexfDescription, gexfKeywords, graphDocs } from './gexf-meta.js';
import type { ExportGraph } from './graph-type.js';
import { sortedEdges, sortedNodeKeys, type OrderedEdge } from './order.js';
import { colorForType, sizeForDegree } from './palette.js';
import { escapeXmlText, xmlAttributes } from './xml.js';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

const NODE_ATTRIBUTES_IN_ELEMENTS = new Set(['label', 'x', 'y', 'size', 'color']);
const EDGE_ATTRIBUTES_IN_ELEMENTS = new Set(['weight', 'size', 'color']);

const GEXF_TYPES: Record<AttributeColumn['kind'], string> = {
  string: 'string',
  integer: 'integer',
  double: 'double',
  boolean: 'boolean',
  stringList: 'liststring',
  json: 'string',
};

interface NodeEntry {
  key: string;
  attributes: Record<string, unknown>;
  /** What goes into <attvalues>: the node's attributes plus its document's metadata. */
  values: Record<string, unknown>;
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function metaLines(graph: ExportGraph): string[] {
  const keywords = gexfKeywords(graph);
  return [
    '  <meta>',
    `    <creator>${escapeXmlText(GEXF_CREATOR)}</creator>`,
    ...(keywords === null ? [] : [`    <keywords>${escapeXmlText(keywords)}</keywords>`]),
    `    <description>${escapeXmlText(gexfDescription(graph))}</description>`,
    '  </meta>',
  ];
}

function declarationLines(elementClass: 'node' | 'edge', columns: readonly AttributeColumn[]): string[] {
  if (columns.length === 0) return [];
  return [
    `    <attributes${xmlAttributes([['class', elementClass]])}>`,
    ...columns.map(
      (column) => `      <attribute${xmlAttributes([['id', column.name], ['title', column.name], ['type', GEXF_TYPES[column.kind]]])}/>`,
    ),
    '    </attributes>',
  ];
}

function attvalueLines(values: Record<string, unknown>, columns: readonly AttributeColumn[]): string[] {
  const lines = columns
    .filter((column) => values[column.name] !== undefined && values[column.name] !== null)
    .map(
      (column) =>
        `          <attvalue${xmlAttributes([
          ['for', column.name],
          ['value', formatValue(values[column.name], column.kind, formatListString)],
        ])}/>`,
    );
  return lines.length === 0 ? [] : ['        <attvalues>', ...lines, '        </attvalues>'];
}

function colorLine(text: unknown): string | null {
  const color = parseColor(text);
  if (!color) return null;
  const channels: Array<[string, string | undefined]> = [
    ['r', String(color.r)],
    ['g', String(color.g)],
    ['b', String(color.b)],
    ['a', color.a === undefined ? undefined : formatNumber(color.a)],
  ];
  return `        <viz:color${xmlAttributes(channels)}/>`;
}

function nodeLines(graph: ExportGraph, node: NodeEntry, columns: readonly AttributeColumn[]): string[] {
  const { key, attributes } = node;
  const label = attributes.label === undefined || attributes.label === null ? undefined : String(attributes.label);
  const degree = finite(attributes.degree) ? attributes.degree : graph.degree(key);
  const size = finite(attributes.size) && attributes.size >= 0 ? attributes.size : sizeForDegree(degree);
  const viz = [
    colorLine(attributes.color) ?? colorLine(colorForType(attributes.type)),
    finite(attributes.x) && finite(attributes.y)
      ? `        <viz:position${xmlAttributes([['x', formatNumber(attributes.x)], ['y', formatNumber(attributes.y)]])}/>`
      : null,
    `        <viz:size${xmlAttributes([['value', formatNumber(size)]])}/>`,
  ].filter((line): line is string => line !== null);
  return [
    `      <node${xmlAttributes([['id', key], ['label', label]])}>`,
    ...attvalueLines(node.values, columns),
    ...viz,
    '      </node>',
  ];
}

function edgeLabel(attributes: Record<string, unknown>): string | undefined {
  if (typeof attributes.predicate === 'string' && attributes.predicate !== '') return attributes.predicate;
  return typeof attributes.type === 'string' ? attributes.type : undefined;
}

function edgeLines(edge: OrderedEdge & { values: Record<string, unknown> }, columns: readonly AttributeColumn[]): string[] {
  const attributes = edge.values;
  const open = `      <edge${xmlAttributes([
    ['id', edge.id],
    ['source', edge.source],
    ['target', edge.target],
    ['type', 'directed'],
    ['weight', finite(attributes.weight) ? formatNumber(attributes.weight) : undefined],
    ['label', edgeLabel(attributes)],
    ['kind', typeof attributes.type === 'string' ? attributes.type : undefined],
  ])}`;
  const children = [
    ...attvalueLines(attributes, columns),
    ...[
      colorLine(attributes.color),
      finite(attributes.size) && attributes.size >= 0
        ? `        <viz:thickness${xmlAttributes([['value', formatNumber(attributes.size)]])}/>`
        : null,
    ].filter((line): line is string => line !== null),
  ];
  return children.length === 0 ? [`${open}/>`] : [`${open}>`, ...children, '      </edge>'];
}

export function toGEXF(graph: ExportGraph): string {
  const docsById = new Map(graphDocs(graph).map((doc) => [String(doc.id), doc]));
  const nodes: NodeEntry[] = sortedNodeKeys(graph).map((key) => {
    const attributes = canonicalNodeAttributes(graph.getNodeAttributes(key));
    // The node's own attributes win over the document metadata added to it.
    return { key, attributes, values: { ...documentNodeAttributes(key, attributes, docsById), ...attributes } };
  });
  const edges = sortedEdges(graph).map((edge) => ({ ...edge, values: canonicalEdgeAttributes(edge.attributes) }));
  const nodeColumns = attributeColumns(
    nodes.map((node) => node.values),
    [...NODE_ATTRIBUTE_ORDER, ...DOC_NODE_ATTRIBUTES],
    NODE_ATTRIBUTES_IN_ELEMENTS,
  );
  const edgeColumns = attributeColumns(
    edges.map((edge) => edge.values),
    EDGE_ATTRIBUTE_ORDER,
    EDGE_ATTRIBUTES_IN_ELEMENTS,
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf${xmlAttributes([['xmlns', GEXF_NAMESPACE], ['xmlns:viz', GEXF_VIZ_NAMESPACE], ['version', '1.3']])}>`,
    ...metaLines(graph),
    `  <graph${xmlAttributes([['defaultedgetype', 'directed'], ['idtype', 'string']])}>`,
    ...declarationLines('node', nodeColumns),
    ...declarationLines('edge', edgeColumns),
    `    <nodes count="${nodes.length}">`,
    ...nodes.flatMap((node) => nodeLines(graph, node, nodeColumns)),
    '    </nodes>',
    `    <edges count="${edges.length}">`,
    ...edges.flatMap((edge) => edgeLines(edge, edgeColumns)),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}
