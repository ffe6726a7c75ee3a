// What the Neo4j export writes for each node and relationship, shared by the
// CSV files (neo4j-admin) and the Cypher script: labels, relationship types
// and typed properties, in one fixed order, for nodes and edges in the order
// every export uses (./order.ts).
import { canonicalEdgeAttributes } from './canonical.js';
import type { ExportGraph } from './graph-type.js';
import { sortedEdges, sortedNodeKeys } from './order.js';

/** The property types used, as neo4j-admin's header spells them. */
export type Neo4jKind = 'string' | 'int' | 'double' | 'boolean' | 'string[]';

export interface Neo4jProperty {
  name: string;
  kind: Neo4jKind;
}

export interface Neo4jNode {
  id: string;
  /** The label every node of its kind has (`Entity` or `Document`), which the Cypher script matches on. */
  primaryLabel: string;
  /** All labels, primary first: `Entity`, `Person`. */
  labels: string[];
  /** Values by property name; absent values are left out. */
  values: Record<string, unknown>;
}

export interface Neo4jRelationship {
  start: string;
  end: string;
  type: string;
  values: Record<string, unknown>;
}

export interface Neo4jModel {
  nodeProperties: Neo4jProperty[];
  relationshipProperties: Neo4jProperty[];
  nodes: Neo4jNode[];
  relationships: Neo4jRelationship[];
}

const NODE_PROPERTIES: readonly Neo4jProperty[] = [
  { name: 'label', kind: 'string' },
  { name: 'type', kind: 'string' },
  { name: 'aliases', kind: 'string[]' },
  { name: 'mentions', kind: 'int' },
  { name: 'docs', kind: 'string[]' },
  { name: 'degree', kind: 'int' },
  { name: 'pagerank', kind: 'double' },
  { name: 'firstSeen', kind: 'string' },
  { name: 'lastSeen', kind: 'string' },
];

const RELATIONSHIP_PROPERTIES: readonly Neo4jProperty[] = [
  // The edge id every export uses (./order.ts), so a relationship can be traced back.
  { name: 'id', kind: 'string' },
  { name: 'predicate', kind: 'string' },
  { name: 'confidence', kind: 'double' },
  { name: 'weight', kind: 'int' },
  { name: 'method', kind: 'string' },
  { name: 'symmetric', kind: 'boolean' },
  { name: 'negated', kind: 'boolean' },
  { name: 'hedged', kind: 'boolean' },
  { name: 'firstSeen', kind: 'string' },
  { name: 'lastSeen', kind: 'string' },
  // The supporting sentences as a JSON list ({doc, sentence, start, end, text, date?}):
  // Neo4j properties cannot hold maps.
  { name: 'evidence', kind: 'string' },
];

/**
 * A label or relationship type made of letters, digits and `_` only, so it
 * needs no quoting anywhere and cannot split on neo4j-admin's array delimiter.
 */
function identifierWords(text: string): string[] {
  return text.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
}

/** `person` → `Person`, `organisation` → `Organisation`; nothing usable → `Unknown`. */
export function nodeLabel(type: unknown): string {
  const words = identifierWords(String(type ?? ''));
  const label = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()).join('');
  if (label === '') return 'Unknown';
  return /^[A-Za-z]/.test(label) ? label : `T${label}`;
}

/** `works_for` → `WORKS_FOR`, as Neo4j names relationship types; nothing usable → `RELATED`. */
export function relationshipType(type: unknown): string {
  const name = identifierWords(String(type ?? '')).join('_').toUpperCase();
  return /^[A-Z]/.test(name) ? name : name === '' ? 'RELATED' : `T_${name}`;
}

function labelsFor(type: unknown): { primaryLabel: string; labels: string[] } {
  if (type === 'document') return { primaryLabel: 'Document', labels: ['Document'] };
  // A type outside the contract still makes an entity, labelled after it.
  const own = nodeLabel(type);
  return { primaryLabel: 'Entity', labels: own === 'Entity' ? ['Entity'] : ['Entity', own] };
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function pick(record: Record<string, unknown>, properties: readonly Neo4jProperty[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const { name } of properties) if (present(record[name])) values[name] = record[name];
  return values;
}

/** An `int` column whose values are not all whole 32-bit numbers is written as `double` instead, so the import never fails on it. */
function settleKinds(properties: readonly Neo4jProperty[], rows: ReadonlyArray<{ values: Record<string, unknown> }>): Neo4jProperty[] {
  return properties.map((property) => {
    if (property.kind !== 'int') return { ...property };
    const whole = rows.every(({ values }) => {
      const value = values[property.name];
      return !present(value) || (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1);
    });
    return { ...property, kind: whole ? 'int' : 'double' };
  });
}

export function neo4jModel(graph: ExportGraph): Neo4jModel {
  const nodes: Neo4jNode[] = sortedNodeKeys(graph).map((key) => {
    const attributes = graph.getNodeAttributes(key) as unknown as Record<string, unknown>;
    return { id: key, ...labelsFor(attributes.type), values: pick(attributes, NODE_PROPERTIES) };
  });
  const relationships: Neo4jRelationship[] = sortedEdges(graph).map((edge) => {
    const attributes = edge.attributes as unknown as Record<string, unknown>;
    const values = pick({ ...attributes, id: edge.id }, RELATIONSHIP_PROPERTIES);
    for (const flag of ['symmetric', 'negated', 'hedged']) values[flag] = attributes[flag] === true;
    if (Array.isArray(attributes.evidence)) values.evidence = JSON.stringify(canonicalEdgeAttributes({ evidence: attributes.evidence }).evidence);
    else delete values.evidence;
    return { start: edge.source, end: edge.target, type: relationshipType(attributes.type), values };
  });
  return {
    nodeProperties: settleKinds(NODE_PROPERTIES, nodes),
    relationshipProperties: settleKinds(RELATIONSHIP_PROPERTIES, relationships),
    nodes,
    relationships,
  };
}
