// GEXF 1.3 (https://gexf.net), or 1.2draft on request (see ./gexf-version.ts
// for what changes), written by hand rather than with graphology-gexf's
// writer so that the file is always well-formed XML, valid against the
// official RelaxNG schema of its version, and byte-identical across runs.
// Readers it is tested with: xmllint (schema), networkx `read_gexf` (3.x for
// 1.3, Debian's 2.8 for 1.2draft), graphology-gexf `parse`. How each
// attribute is carried in 1.3:
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
// In 1.2draft there are no viz elements and no `kind`: x, y, size and color
// are attvalues like the rest.
// <meta> has a creator, keywords and description (./gexf-meta.ts) but no
// lastmodifieddate, which would make two builds of the same content differ.
// Dates: a graph with dated nodes or edges is dynamic, each dated element
// with its days as <spells> (./gexf-time.ts); firstSeen and lastSeen are also
// plain string attvalues, and evidence dates stay inside the evidence JSON.
import { UsageError } from '../errors.js';
import { attributeColumns, canonicalJsonForXml, escapedListJson, formatNumber, formatValue, type AttributeColumn, type ListValues } from './attribute-model.js';
import { EDGE_ATTRIBUTE_ORDER, EDGE_LISTS, NODE_ATTRIBUTE_ORDER } from './canonical.js';
import { parseColor } from './color.js';
import type { RenderCache } from './render-cache.js';
import { SharedItems } from './shared-items.js';
import { formatListString } from './gexf-list.js';
import { DOC_NODE_ATTRIBUTES, GEXF_CREATOR, documentNodeAttributes, gexfDescription, gexfKeywords, graphDocs } from './gexf-meta.js';
import { DYNAMIC_GRAPH_ATTRIBUTES, edgeSpells, nodeSpells, spellLines, type Spell } from './gexf-time.js';
import { DEFAULT_GEXF_VERSION, GEXF_DIALECTS, GEXF_VERSIONS, isGexfVersion, type GexfDialect, type GexfVersion } from './gexf-version.js';
import type { ExportGraph } from './graph-type.js';
import { sortedEdges, sortedNodeKeys, type OrderedEdge } from './order.js';
import { colorForType, sizeForDegree } from './palette.js';
import { wholeFile, type FileParts } from './parts.js';
import { escapeXmlAttribute, escapeXmlText, xmlAttributes } from './xml.js';

/** The namespaces of the default version, 1.3. */
export const GEXF_NAMESPACE = GEXF_DIALECTS['1.3'].namespace;
export const GEXF_VIZ_NAMESPACE = GEXF_DIALECTS['1.3'].vizNamespace;

export interface GexfOptions {
  /** Default '1.3'; '1.2draft' for readers that know no later version. */
  version?: GexfVersion;
  /** Edge bytes from an earlier export of this graph, reused where the edge is the same object (./render-cache.ts). */
  cache?: RenderCache;
  /** sortedEdges(graph), when the caller has it already. */
  edges?: readonly OrderedEdge[];
}

// Attributes written as part of the <node>/<edge> element rather than as
// attvalues: label and weight always; styling only where viz elements exist.
const IN_ELEMENTS_WITH_VIZ = { node: new Set(['label', 'x', 'y', 'size', 'color']), edge: new Set(['weight', 'size', 'color']) };
const IN_ELEMENTS_WITHOUT_VIZ = { node: new Set(['label']), edge: new Set(['weight']) };

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
  spells: Spell[];
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

/**
 * Adds the <attvalues> block to `out`; nothing when no column has a value.
 * Returns whether it added any. Values are read as they are, JSON written in
 * canonical order; `lists` orders the objects of list values, an object its
 * file shares escaped once (`lists.shared`, see escapedListJson).
 */
function pushAttvalues(
  out: string[],
  values: Record<string, unknown>,
  columns: readonly AttributeColumn[],
  lists?: ListValues,
): boolean {
  let opened = false;
  const openings = attvalueOpenings(columns);
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const value = values[column.name];
    if (value === undefined || value === null) continue;
    if (!opened) out.push('        <attvalues>');
    opened = true;
    const itemOrder = lists?.order[column.name];
    if (lists && itemOrder && column.kind === 'json' && Array.isArray(value)) {
      out.push(`${openings[i]} value="${escapedListJson(value, itemOrder, escapeXmlAttribute, lists.shared)}"/>`);
      continue;
    }
    // JSON values are written in canonical order straight from the value, so the values need no canonical copy.
    const text = formatValue(value, column.kind, formatListString, (json) => canonicalJsonForXml(json, itemOrder));
    out.push(`${openings[i]} value="${escapeXmlAttribute(text)}"/>`);
  }
  if (opened) out.push('        </attvalues>');
  return opened;
}

/**
 * Each column's `<attvalue for="…"`, escaped once per file rather than once
 * per value (a corpus graph writes hundreds of thousands of values).
 */
const ATTVALUE_OPENINGS = new WeakMap<readonly AttributeColumn[], string[]>();
function attvalueOpenings(columns: readonly AttributeColumn[]): string[] {
  let openings = ATTVALUE_OPENINGS.get(columns);
  if (openings === undefined) {
    openings = columns.map((column) => `          <attvalue${xmlAttributes([['for', column.name]])}`);
    ATTVALUE_OPENINGS.set(columns, openings);
  }
  return openings;
}

/** Colours repeat (a node's is its type's), so each one's line is made once; the cache starts over rather than grow without end. */
const COLOR_LINES = new Map<string, string | null>();
const MAX_COLOR_LINES = 10_000;

function colorLine(text: unknown): string | null {
  if (typeof text !== 'string') return colorLineOf(text);
  let line = COLOR_LINES.get(text);
  if (line === undefined) {
    line = colorLineOf(text);
    if (COLOR_LINES.size >= MAX_COLOR_LINES) COLOR_LINES.clear();
    COLOR_LINES.set(text, line);
  }
  return line;
}

function colorLineOf(text: unknown): string | null {
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

function nodeVizLines(graph: ExportGraph, key: string, attributes: Record<string, unknown>): string[] {
  const degree = finite(attributes.degree) ? attributes.degree : graph.degree(key);
  const size = finite(attributes.size) && attributes.size >= 0 ? attributes.size : sizeForDegree(degree);
  const viz = [
    colorLine(attributes.color) ?? colorLine(colorForType(attributes.type)),
    finite(attributes.x) && finite(attributes.y)
      ? `        <viz:position${xmlAttributes([['x', formatNumber(attributes.x)], ['y', formatNumber(attributes.y)]])}/>`
      : null,
    `        <viz:size${xmlAttributes([['value', formatNumber(size)]])}/>`,
  ].filter((line): line is string => line !== null);
  return viz;
}

/** A node's lines, each ended by a newline. */
function nodeText(graph: ExportGraph, node: NodeEntry, columns: readonly AttributeColumn[], dialect: GexfDialect): string {
  const { key, attributes } = node;
  const label = attributes.label === undefined || attributes.label === null ? undefined : String(attributes.label);
  const lines = [`      <node${xmlAttributes([['id', key], ['label', label]])}>`];
  pushAttvalues(lines, node.values, columns);
  for (const line of spellLines(node.spells)) lines.push(line);
  if (dialect.vizElements) for (const line of nodeVizLines(graph, key, attributes)) lines.push(line);
  lines.push('      </node>');
  return `${lines.join('\n')}\n`;
}

function edgeLabel(attributes: Record<string, unknown>): string | undefined {
  if (typeof attributes.predicate === 'string' && attributes.predicate !== '') return attributes.predicate;
  return typeof attributes.type === 'string' ? attributes.type : undefined;
}

function edgeVizLines(attributes: Record<string, unknown>): string[] {
  return [
    colorLine(attributes.color),
    finite(attributes.size) && attributes.size >= 0
      ? `        <viz:thickness${xmlAttributes([['value', formatNumber(attributes.size)]])}/>`
      : null,
  ].filter((line): line is string => line !== null);
}

/** An edge's lines, each ended by a newline. */
function edgeText(
  edge: OrderedEdge,
  attributes: Record<string, unknown>,
  spells: Spell[],
  columns: readonly AttributeColumn[],
  dialect: GexfDialect,
  lists: ListValues,
): string {
  const open = `      <edge${xmlAttributes([
    ['id', edge.id],
    ['source', edge.source],
    ['target', edge.target],
    ['type', 'directed'],
    ['weight', finite(attributes.weight) ? formatNumber(attributes.weight) : undefined],
    ['label', edgeLabel(attributes)],
    ['kind', dialect.edgeKind && typeof attributes.type === 'string' ? attributes.type : undefined],
  ])}`;
  const children: string[] = [];
  pushAttvalues(children, attributes, columns, lists);
  for (const line of spellLines(spells)) children.push(line);
  if (dialect.vizElements) for (const line of edgeVizLines(attributes)) children.push(line);
  if (children.length === 0) return `${open}/>\n`;
  return `${open}>\n${children.join('\n')}\n      </edge>\n`;
}

export function toGEXF(graph: ExportGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, options)].join('');
}

/**
 * The text of toGEXF in pieces (a node or an edge each), so that a writer can
 * send a corpus graph's file out as it goes instead of holding it whole.
 * Edges are put in contract order one at a time, when written: the columns
 * and whether the graph is dynamic are read from the attributes as they are
 * (the contract order changes no name and no value).
 */
export function* gexfChunks(graph: ExportGraph, options: GexfOptions = {}): Generator<string | Uint8Array, void, undefined> {
  yield* wholeFile(gexfParts(graph, options));
}

/** gexfChunks as its node part and its edge part (./parts.ts). */
export function gexfParts(graph: ExportGraph, options: GexfOptions = {}): FileParts {
  const version: string = options.version ?? DEFAULT_GEXF_VERSION;
  // Callers in plain JavaScript (or with a cast string) get a clear error, not 1.3 by accident.
  if (!isGexfVersion(version)) throw new UsageError(`toGEXF: unknown GEXF version "${version}"; choose from ${GEXF_VERSIONS.join(', ')}`);
  const dialect = GEXF_DIALECTS[version];
  const inElements = dialect.vizElements ? IN_ELEMENTS_WITH_VIZ : IN_ELEMENTS_WITHOUT_VIZ;
  // The edges and their columns serve both parts; read once, on first use.
  let edgeData: { edges: readonly OrderedEdge[]; values: Array<Record<string, unknown>>; spells: Spell[][]; columns: AttributeColumn[] } | undefined;
  const edgeSide = () => {
    if (edgeData) return edgeData;
    const edges = options.edges ?? sortedEdges(graph);
    // Read as they are: the columns fix the order, and JSON values are written in canonical order.
    const values = edges.map((edge) => edge.attributes as unknown as Record<string, unknown>);
    const { cache } = options;
    const spellsOf = (record: Record<string, unknown>): Spell[] => {
      if (cache === undefined) return edgeSpells(record);
      let spells = cache.spells.get(record);
      if (spells === undefined) {
        spells = edgeSpells(record);
        cache.spells.set(record, spells);
      }
      return spells;
    };
    edgeData = { edges, values, spells: values.map(spellsOf), columns: attributeColumns(values, EDGE_ATTRIBUTE_ORDER, inElements.edge, cache?.columns) };
    return edgeData;
  };
  function* nodePart(): Generator<string, void, undefined> {
    const docsById = new Map(graphDocs(graph).map((doc) => [String(doc.id), doc]));
    const nodes: NodeEntry[] = sortedNodeKeys(graph).map((key) => {
      // Read as they are: the columns fix the order, and JSON values are written in canonical order.
      const attributes = graph.getNodeAttributes(key) as unknown as Record<string, unknown>;
      // A document node also gets its article's metadata; its own attributes win. Other nodes are read as they are.
      const values = attributes.type === 'document' ? { ...documentNodeAttributes(key, attributes, docsById), ...attributes } : attributes;
      return { key, attributes, values, spells: nodeSpells(attributes, docsById) };
    });
    const { spells: edgeSpellLists, columns: edgeColumns } = edgeSide();
    const dynamic = nodes.some((node) => node.spells.length > 0) || edgeSpellLists.some((spells) => spells.length > 0);
    const nodeColumns = attributeColumns(
      nodes.map((node) => node.values),
      [...NODE_ATTRIBUTE_ORDER, ...DOC_NODE_ATTRIBUTES],
      inElements.node,
    );
    yield lines([
      '<?xml version="1.0" encoding="UTF-8"?>',
      // Declared in 1.2draft too, where no element uses it: harmless, and the root keeps one shape.
      `<gexf${xmlAttributes([['xmlns', dialect.namespace], ['xmlns:viz', dialect.vizNamespace], ['version', dialect.versionAttribute]])}>`,
      ...metaLines(graph),
      `  <graph${xmlAttributes([['defaultedgetype', 'directed'], ['idtype', 'string'], ...(dynamic ? DYNAMIC_GRAPH_ATTRIBUTES : [])])}>`,
      ...declarationLines('node', nodeColumns),
      ...declarationLines('edge', edgeColumns),
      `    <nodes count="${nodes.length}">`,
    ]);
    const { cache } = options;
    cache?.beginNodes(`${version}\u0000${JSON.stringify(nodeColumns)}`);
    for (const node of nodes) {
      const render = () => nodeText(graph, node, nodeColumns, dialect);
      yield cache === undefined ? render() : cache.nodeText(node.key, node.values, JSON.stringify(node.spells), render);
    }
  }
  function* edgePart(): Generator<string | Uint8Array, void, undefined> {
    const { edges, values: edgeValues, spells: edgeSpellLists, columns: edgeColumns } = edgeSide();
    // With a cache, nearly no edge is rendered: counting the shared items would cost more than it saves.
    const shared = new SharedItems(options.cache === undefined ? edgeValues.map((values) => values.evidence) : []);
    yield lines(['    </nodes>', `    <edges count="${edges.length}">`]);
    const lists: ListValues = { order: EDGE_LISTS, shared };
    const { cache } = options;
    cache?.begin(`${version}\u0000${JSON.stringify(edgeColumns)}`);
    for (let i = 0; i < edges.length; i++) {
      const render = () => edgeText(edges[i]!, edgeValues[i]!, edgeSpellLists[i]!, edgeColumns, dialect, lists);
      const edge = edges[i]!;
      yield cache === undefined ? render() : cache.bytes(edge, render);
    }
    yield lines(['    </edges>', '  </graph>', '</gexf>']);
  }
  return { nodes: nodePart, edges: edgePart };
}

/** Lines of the file, each ended by a newline. */
function lines(text: readonly string[]): string {
  return `${text.join('\n')}\n`;
}
