// nodes.csv and edges.csv for spreadsheets. RFC 4180: comma-separated, CRLF
// line ends, a field quoted (with inner quotes doubled) when it holds a comma,
// a quote, CR or LF.
//
// Formula injection: Excel, LibreOffice and Google Sheets run a cell that
// starts with = + - @ (or tab or CR, which some of them skip first) as a
// formula, and article text is attacker-controlled. Every text cell that
// starts so gets a leading ' , which makes the spreadsheet show it as text.
// Numbers we format ourselves are left alone (a negative number is not a
// formula). To undo it in code, strip one leading ' before any of those.
//
// nodes.csv joins aliases and docs with "|" (an alias holding "|" cannot be
// told apart there; graph.json has the exact lists). edges.csv has one row per
// evidence item, so an edge with two supporting sentences fills two rows; an
// edge without evidence still gets one row, its evidence cells empty. Its
// first column, `edge`, is the edge key (the id every export uses, see
// ./order.ts), so the rows of one edge can be grouped; `symmetric` says the
// relation reads both ways although stored once, source to target.
//
// Dates: when any node (edge) is dated, nodes.csv (edges.csv) ends with the
// time columns: `firstSeen`, `lastSeen`, and in edges.csv the row's
// `evidence_date` (its article's date). They are added at the end, so the
// other columns keep their places, and only then, so an undated graph is
// written as it was before dates existed.
//
// Reported speech: when any evidence is part of what someone said, edges.csv
// ends with `evidence_said_by` (the speaker's key) and `evidence_statement`
// (on a report, what was said), after the time columns and on the same terms.
import type { ExportGraph } from './graph-type.js';
import type { RenderCache } from './render-cache.js';
import { SharedItems } from './shared-items.js';
import type { EdgeEvidence } from '../types.js';
import { sortedEdges, sortedNodeKeys, type OrderedEdge } from './order.js';

export const NODE_CSV_COLUMNS = ['key', 'label', 'type', 'aliases', 'mentions', 'docs', 'degree', 'pagerank'] as const;
export const EDGE_CSV_COLUMNS = [
  'edge', 'source', 'target', 'type', 'predicate', 'confidence', 'weight', 'method', 'symmetric', 'negated', 'hedged',
  'doc', 'sentence', 'start', 'end', 'evidence_text',
] as const;

export const NODE_CSV_TIME_COLUMNS = ['firstSeen', 'lastSeen'] as const;
export const EDGE_CSV_TIME_COLUMNS = ['firstSeen', 'lastSeen', 'evidence_date'] as const;
export const EDGE_CSV_SPEECH_COLUMNS = ['evidence_said_by', 'evidence_statement'] as const;

export const LIST_SEPARATOR = '|';

export interface CsvOptions {
  /** Start each file with a UTF-8 byte-order mark, which Excel needs to read non-ASCII text right. Default false. */
  byteOrderMark?: boolean;
  /** Edge rows from an earlier export of this graph, reused where the edge is the same object (./render-cache.ts). */
  cache?: RenderCache;
  /** sortedEdges(graph), when the caller has it already. */
  edges?: readonly OrderedEdge[];
}

export interface CsvFiles {
  nodes: string;
  edges: string;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell, made inert for spreadsheets (see above). */
export function textCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function numberCell(value: unknown): string {
  return typeof value === 'number' ? String(value) : textCell(value);
}

function booleanCell(value: unknown): string {
  return value === true ? 'true' : 'false';
}

function listCell(value: unknown): string {
  return Array.isArray(value) ? textCell(value.map(String).join(LIST_SEPARATOR)) : textCell(value);
}

export function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Cells as one stretch of a line, each quoted where it needs to be. */
function joinCells(cells: readonly string[]): string {
  return cells.map(quoteField).join(',');
}

/**
 * A CSV file in pieces: the header line, then each row's line (cells joined
 * by joinCells, without the line end; bytes are whole lines, passed through).
 */
function* csvLines(header: readonly string[], rows: Iterable<string | Uint8Array>, options: CsvOptions): Generator<string | Uint8Array, void, undefined> {
  yield `${options.byteOrderMark ? '\uFEFF' : ''}${joinCells(header)}\r\n`;
  for (const row of rows) yield typeof row === 'string' ? `${row}\r\n` : row;
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export function toCSV(graph: ExportGraph, options: CsvOptions = {}): CsvFiles {
  const chunks = csvChunks(graph, options);
  return { nodes: [...chunks.nodes].join(''), edges: [...chunks.edges].join('') };
}

/**
 * The text of toCSV's two files in pieces (a row each), so that a writer can
 * send a corpus graph's files out as it goes instead of holding them whole.
 */
export function csvChunks(graph: ExportGraph, options: CsvOptions = {}): { nodes: Iterable<string | Uint8Array>; edges: Iterable<string | Uint8Array> } {
  const nodeKeys = sortedNodeKeys(graph);
  const edges = options.edges ?? sortedEdges(graph);
  const datedNodes = nodeKeys.some((key) => {
    const a = graph.getNodeAttributes(key);
    return present(a.firstSeen) || present(a.lastSeen);
  });
  const datedEdges = edges.some(
    ({ attributes: a }) =>
      present(a.firstSeen) || present(a.lastSeen) || (Array.isArray(a.evidence) && a.evidence.some((item) => present(item?.date))),
  );
  const reported = edges.some(
    ({ attributes: a }) => Array.isArray(a.evidence) && a.evidence.some((item) => present(item?.saidBy) || present(item?.statement)),
  );
  function* nodeRows(): Generator<string, void, undefined> {
    const { cache } = options;
    cache?.beginNodes(String(datedNodes));
    for (const key of nodeKeys) {
      const a = graph.getNodeAttributes(key);
      const render = () => joinCells([
        textCell(key), textCell(a.label), textCell(a.type), listCell(a.aliases), numberCell(a.mentions),
        listCell(a.docs), numberCell(a.degree), numberCell(a.pagerank),
        ...(datedNodes ? [textCell(a.firstSeen), textCell(a.lastSeen)] : []),
      ]);
      yield cache === undefined ? render() : cache.nodeText(key, a as unknown as Record<string, unknown>, '', render);
    }
  }
  // A row is the edge's cells, the evidence item's, the edge's dates, then the
  // item's date and speech cells (its tail). An item supports every edge of
  // its sentence (src/graph/build.ts shares the object), so its cells are
  // joined once (./shared-items.ts).
  const tailed = datedEdges || reported;
  const itemColumns = (item: EdgeEvidence): [main: string, tail: string] => [
    joinCells([textCell(item.doc), numberCell(item.sentence), numberCell(item.start), numberCell(item.end), textCell(item.text)]),
    tailed ? `,${joinCells([...(datedEdges ? [textCell(item.date)] : []), ...(reported ? [textCell(item.saidBy), textCell(item.statement)] : [])])}` : '',
  ];
  function* edgeRows(): Generator<string | Uint8Array, void, undefined> {
    const { cache } = options;
    // With a cache, nearly no edge is rendered: counting the shared items would cost more than it saves.
    const shared = new SharedItems<[main: string, tail: string]>(cache === undefined ? edges.map((edge) => edge.attributes.evidence) : []);
    cache?.begin(`${datedEdges}\u0000${reported}`);
    for (const edge of edges) {
      if (cache === undefined) yield* edgeRowsOf(edge, shared);
      // Cached as the lines they make, line ends included (csvLines passes bytes through).
      else yield cache.bytes(edge, () => edgeRowsOf(edge, shared).map((row) => `${row}\r\n`).join(''));
    }
  }
  /** An edge's rows: one per evidence item. */
  function edgeRowsOf({ id, source, target, attributes: a }: (typeof edges)[number], shared: SharedItems<[main: string, tail: string]>): string[] {
    const cells = joinCells([
      textCell(id), textCell(source), textCell(target), textCell(a.type), textCell(a.predicate), numberCell(a.confidence),
      numberCell(a.weight), textCell(a.method), booleanCell(a.symmetric), booleanCell(a.negated), booleanCell(a.hedged),
    ]);
    const seen = datedEdges ? `,${joinCells([textCell(a.firstSeen), textCell(a.lastSeen)])}` : '';
    const evidence = Array.isArray(a.evidence) ? a.evidence : [];
    if (evidence.length === 0) {
      return [`${cells},,,,,${seen}${tailed ? `,${joinCells([...(datedEdges ? [''] : []), ...(reported ? ['', ''] : [])])}` : ''}`];
    }
    return evidence.map((item) => {
      const [main, tail] = shared.text(item, (value) => itemColumns((value ?? {}) as EdgeEvidence));
      return `${cells},${main}${seen}${tail}`;
    });
  }
  const nodeHeader = datedNodes ? [...NODE_CSV_COLUMNS, ...NODE_CSV_TIME_COLUMNS] : NODE_CSV_COLUMNS;
  const edgeHeader = [...EDGE_CSV_COLUMNS, ...(datedEdges ? EDGE_CSV_TIME_COLUMNS : []), ...(reported ? EDGE_CSV_SPEECH_COLUMNS : [])];
  return { nodes: csvLines(nodeHeader, nodeRows(), options), edges: csvLines(edgeHeader, edgeRows(), options) };
}
