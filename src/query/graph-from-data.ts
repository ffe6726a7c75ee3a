// Turns parsed JSON into a graph, checking the file contract on the way. A
// graph file may come from an older build, a hand edit or a stranger, so
// every field the queries rely on is checked, and a message names the file,
// the array index and the key of the first thing that is wrong.
import { MultiDirectedGraph } from 'graphology';
import { BadInputError } from '../errors.js';
import {
  SCHEMA_VERSION,
  type EdgeAttributes,
  type EdgeEvidence,
  type GraphAttributes,
  type GraphDocInfo,
  type NodeAttributes,
  type NodeType,
} from '../types.js';
import type { NewsGraph } from './graph-types.js';

const NODE_TYPES: ReadonlySet<string> = new Set<NodeType>(['person', 'organisation', 'place', 'group', 'document']);
const OPTIONAL_NODE_NUMBERS = ['degree', 'pagerank', 'x', 'y', 'size'] as const;
const OPTIONAL_EDGE_FLAGS = ['symmetric', 'negated', 'hedged'] as const;

type Json = Record<string, unknown>;

/**
 * Builds a graph from the value `graph.export()` produced (already parsed),
 * checking it against the file contract. `name` is what messages call the
 * input, usually its file path. Throws BadInputError on the first problem.
 */
export function graphFromData(data: unknown, name = 'graph'): NewsGraph {
  const fail = (problem: string): never => {
    throw new BadInputError(`${name}: ${problem}`);
  };
  if (!isObject(data)) fail(`expected a graph object with "nodes" and "edges" arrays, found ${kindOf(data)}`);
  const root = data as Json;

  const graph: NewsGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: true });
  graph.replaceAttributes(checkGraphAttributes(root.attributes, fail));

  if (!Array.isArray(root.nodes)) fail('has no "nodes" array');
  (root.nodes as unknown[]).forEach((raw, index) => {
    const where = `nodes[${index}]`;
    if (!isObject(raw)) fail(`${where} is ${kindOf(raw)}, expected an object with "key" and "attributes"`);
    const node = raw as Json;
    if (typeof node.key !== 'string' || node.key === '') fail(`${where} has no key`);
    const key = node.key as string;
    const named = `${where} (${quote(key)})`;
    if (graph.hasNode(key)) fail(`${named} repeats a key already used by an earlier node`);
    graph.addNode(key, checkNodeAttributes(node.attributes, (problem) => fail(`${named} ${problem}`)));
  });

  if (!Array.isArray(root.edges)) fail('has no "edges" array');
  (root.edges as unknown[]).forEach((raw, index) => {
    const where = `edges[${index}]`;
    if (!isObject(raw)) fail(`${where} is ${kindOf(raw)}, expected an object with "source", "target" and "attributes"`);
    const edge = raw as Json;
    const key = edge.key === undefined ? `edge-${index}` : edge.key;
    if (typeof key !== 'string' || key === '') fail(`${where} has a key that is not a non-empty string`);
    const named = `${where} (${quote(key as string)})`;
    if (graph.hasEdge(key as string)) fail(`${named} repeats a key already used by an earlier edge`);
    if (edge.undirected === true) fail(`${named} is undirected; symmetric relations are stored as directed edges with "symmetric": true`);
    for (const end of ['source', 'target'] as const) {
      const endpoint = edge[end];
      if (typeof endpoint !== 'string' || endpoint === '') fail(`${named} has no ${end}`);
      if (!graph.hasNode(endpoint as string)) fail(`${named} points to a missing node ${quote(endpoint as string)} (its ${end})`);
    }
    const attributes = checkEdgeAttributes(edge.attributes, (problem) => fail(`${named} ${problem}`));
    graph.addDirectedEdgeWithKey(key as string, edge.source as string, edge.target as string, attributes);
  });
  return graph;
}

function checkGraphAttributes(raw: unknown, fail: (problem: string) => never): GraphAttributes {
  if (!isObject(raw)) fail(`has no graph "attributes" (expected at least {"schemaVersion": ${SCHEMA_VERSION}})`);
  const attributes = raw as Json;
  if (attributes.schemaVersion !== SCHEMA_VERSION) {
    fail(
      attributes.schemaVersion === undefined
        ? `has no attributes.schemaVersion (this newsgraph reads version ${SCHEMA_VERSION})`
        : `has schemaVersion ${quote(String(attributes.schemaVersion))}, which this newsgraph cannot read (it reads version ${SCHEMA_VERSION})`,
    );
  }
  const docs = attributes.docs ?? [];
  if (!Array.isArray(docs)) fail('has attributes.docs that is not an array');
  (docs as unknown[]).forEach((doc, index) => {
    if (!isObject(doc) || typeof (doc as Json).id !== 'string') fail(`has attributes.docs[${index}] without a string "id"`);
  });
  return { ...attributes, schemaVersion: SCHEMA_VERSION, docs: docs as GraphDocInfo[] };
}

function checkNodeAttributes(raw: unknown, fail: (problem: string) => never): NodeAttributes {
  if (!isObject(raw)) fail('has no attributes');
  const attributes = raw as Json;
  const { label, type } = attributes;
  if (typeof label !== 'string' || label.trim() === '') fail('has no label');
  if (typeof type !== 'string') fail('has no type');
  if (!NODE_TYPES.has(type as string)) fail(`has type ${quote(type as string)}, expected one of ${[...NODE_TYPES].join(', ')}`);
  const aliases = attributes.aliases ?? [label];
  if (!isStringArray(aliases)) fail('has "aliases" that is not an array of strings');
  const docs = attributes.docs ?? [];
  if (!isStringArray(docs)) fail('has "docs" that is not an array of strings');
  const mentions = attributes.mentions ?? 0;
  if (!isFiniteNumber(mentions)) fail('has "mentions" that is not a number');
  for (const field of OPTIONAL_NODE_NUMBERS) {
    if (attributes[field] !== undefined && !isFiniteNumber(attributes[field])) fail(`has "${field}" that is not a number`);
  }
  if (attributes.color !== undefined && typeof attributes.color !== 'string') fail('has "color" that is not a string');
  return { ...attributes, label, type, aliases, mentions, docs } as NodeAttributes;
}

function checkEdgeAttributes(raw: unknown, fail: (problem: string) => never): EdgeAttributes {
  if (!isObject(raw)) fail('has no attributes');
  const attributes = raw as Json;
  if (typeof attributes.type !== 'string' || attributes.type === '') fail('has no type');
  const predicate = attributes.predicate ?? '';
  if (typeof predicate !== 'string') fail('has "predicate" that is not a string');
  const evidence = attributes.evidence ?? [];
  if (!Array.isArray(evidence)) fail('has "evidence" that is not an array');
  (evidence as unknown[]).forEach((item, index) => {
    const problem = evidenceProblem(item);
    if (problem) fail(`has evidence[${index}] ${problem}`);
  });
  const confidence = attributes.confidence ?? 1;
  if (!isFiniteNumber(confidence) || confidence < 0 || confidence > 1) fail('has "confidence" that is not a number between 0 and 1');
  const weight = attributes.weight ?? (evidence as unknown[]).length;
  if (!isFiniteNumber(weight)) fail('has "weight" that is not a number');
  const method = attributes.method ?? '';
  if (typeof method !== 'string') fail('has "method" that is not a string');
  for (const flag of OPTIONAL_EDGE_FLAGS) {
    if (attributes[flag] !== undefined && typeof attributes[flag] !== 'boolean') fail(`has "${flag}" that is not true or false`);
  }
  // Older files may lack the sentence text; an empty string keeps the type honest.
  const filled = (evidence as Json[]).map((item) => ({ ...item, text: item.text ?? '' }));
  return { ...attributes, predicate, evidence: filled, confidence, weight, method } as EdgeAttributes;
}

function evidenceProblem(item: unknown): string | null {
  if (!isObject(item)) return 'that is not an object';
  const evidence = item as Partial<Record<keyof EdgeEvidence, unknown>>;
  if (typeof evidence.doc !== 'string') return 'without a string "doc"';
  for (const field of ['sentence', 'start', 'end'] as const) {
    if (!isFiniteNumber(evidence[field])) return `whose "${field}" is not a number`;
  }
  if (evidence.text !== undefined && typeof evidence.text !== 'string') return 'whose "text" is not a string';
  return null;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Quotes an untrusted string for a message, short enough to read. */
function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}
