// The human-readable form of each query's answer. The CLI prints these; the
// --json form is the answer itself.
import type { EdgeRecord, NodeRecord } from '../graph-types.js';
import type { Neighbor } from '../neighbors.js';
import type { SearchHit } from '../search.js';
import { confidenceCell, evidenceCell, relationCell } from './evidence-cell.js';
import { printable } from './printable.js';
import { formatTable, type TableOptions } from './text-table.js';

const name = (node: { label: string; key: string }): string => `${node.label} (${node.key})`;

/** One row per edge, grouped by neighbour; arrows say which way the edge points. */
export function formatNeighbors(center: NodeRecord, found: Neighbor[], options: TableOptions = {}): string {
  const title = `${printable(`Neighbours of ${name(center)}: ${found.length}`)}\n`;
  if (found.length === 0) return title;
  const rows = found.flatMap(({ node, edges }) =>
    edges.map((edge, index) => [
      index === 0 ? node.label : '',
      index === 0 ? node.type : '',
      `${arrow(edge, center.key)} ${relationCell(edge)}`,
      edge.predicate,
      confidenceCell(edge),
      evidenceCell(edge),
    ]),
  );
  return title + formatTable(['NEIGHBOUR', 'TYPE', 'RELATION', 'PREDICATE', 'CONF', 'EVIDENCE'], rows, options);
}

/** One row per relation: head, type, tail, and the sentence behind it. */
export function formatRelations(found: EdgeRecord[], options: TableOptions = {}): string {
  const title = `Relations: ${found.length}\n`;
  if (found.length === 0) return title;
  return title + formatTable(['HEAD', 'RELATION', 'TAIL', 'PREDICATE', 'CONF', 'EVIDENCE'], found.map(relationRow), options);
}

/** The steps of a path in order, or a sentence saying there is none. */
export function formatPath(from: NodeRecord, to: NodeRecord, steps: EdgeRecord[] | null, options: TableOptions = {}): string {
  if (steps === null) return `${printable(`No path between ${name(from)} and ${name(to)}`)}\n`;
  const title = `${printable(`Path from ${name(from)} to ${name(to)}: ${steps.length} step${steps.length === 1 ? '' : 's'}`)}\n`;
  if (steps.length === 0) return title;
  const rows = steps.map((edge, index) => [String(index + 1), ...relationRow(edge)]);
  return title + formatTable(['STEP', 'HEAD', 'RELATION', 'TAIL', 'PREDICATE', 'CONF', 'EVIDENCE'], rows, options);
}

/** Search hits, best first, with the name that matched. */
export function formatSearch(query: string, hits: SearchHit[], options: TableOptions = {}): string {
  const title = `${printable(`Matches for ${JSON.stringify(query)}: ${hits.length}`)}\n`;
  if (hits.length === 0) return title;
  const rows = hits.map((hit) => [hit.score.toFixed(3), hit.label, hit.type, hit.key, hit.matched === hit.label ? '' : hit.matched]);
  return title + formatTable(['SCORE', 'LABEL', 'TYPE', 'KEY', 'MATCHED'], rows, options);
}

const ENTITY_FIELDS = ['key', 'label', 'type', 'aliases', 'mentions', 'docs', 'degree', 'pagerank'];

/** Every attribute of a node, the contract's fields first, one per line. */
export function formatEntity(node: NodeRecord, options: TableOptions = {}): string {
  const record = node as unknown as Record<string, unknown>;
  const extra = Object.keys(record)
    .filter((field) => !ENTITY_FIELDS.includes(field))
    .sort();
  const rows = [...ENTITY_FIELDS, ...extra]
    .filter((field) => record[field] !== undefined)
    .map((field) => [field, showValue(record[field])]);
  return formatTable(['FIELD', 'VALUE'], rows, options);
}

function relationRow(edge: EdgeRecord): string[] {
  return [edge.sourceLabel, relationCell(edge), edge.targetLabel, edge.predicate, confidenceCell(edge), evidenceCell(edge)];
}

function arrow(edge: EdgeRecord, center: string): string {
  if (edge.symmetric) return '↔';
  return edge.source === center ? '→' : '←';
}

function showValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join('; ');
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
