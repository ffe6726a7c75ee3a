// neo4j/import.cypher: the same graph as Cypher statements, for a Neo4j
// reached only through cypher-shell or the browser (no neo4j-admin).
//
// Every value is a literal written here, with no parameters, so the file runs
// as it is. Names come from articles, so a string is only ever written by
// cypherString (single-quoted, every backslash, quote and control character
// escaped): no name can end its literal and start a statement of its own.
// Labels and relationship types are made of letters, digits and `_` only
// (./neo4j-model.ts) and are backtick-quoted besides.
//
// Nodes are MERGEd on a uniqueness constraint (Entity.id, Document.id) and
// relationships on their edge id, so running the script twice leaves the same
// graph. Rows go in batches (UNWIND over a list literal), one statement per
// batch, each its own transaction in cypher-shell.
import type { Neo4jKind, Neo4jModel, Neo4jNode, Neo4jProperty, Neo4jRelationship } from './neo4j-model.js';

/** Rows per UNWIND statement: big enough to be quick, small enough for a default transaction. */
export const CYPHER_BATCH = 500;

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function unicodeEscape(unit: number): string {
  return `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A Cypher string literal for `text`. Besides backslash and quote, control
 * characters, the line and paragraph separators and any lone surrogate are
 * written as \uXXXX, so the script stays one statement per line group in any
 * editor and is valid UTF-8.
 */
export function cypherString(text: string): string {
  let out = "'";
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const unit = text.charCodeAt(i);
    const simple = SIMPLE_ESCAPES[char];
    if (simple !== undefined) {
      out += simple;
    } else if (unit < 0x20 || unit === 0x7f || unit === 0x2028 || unit === 0x2029) {
      out += unicodeEscape(unit);
    } else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += char + text.charAt(i + 1);
        i += 1;
      } else {
        out += unicodeEscape(unit);
      }
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      out += unicodeEscape(unit);
    } else {
      out += char;
    }
  }
  return `${out}'`;
}

/** A label, type or property name in backticks (an inner backtick doubled). */
export function cypherName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function cypherNumber(value: number, kind: Neo4jKind): string {
  if (Number.isNaN(value)) return '(0.0 / 0.0)';
  if (!Number.isFinite(value)) return value > 0 ? '(1.0 / 0.0)' : '(-1.0 / 0.0)';
  const text = String(value).replace('e+', 'e');
  // A double that happens to be whole (confidence 1) stays a float in Neo4j.
  return kind === 'double' && /^-?\d+$/.test(text) ? `${text}.0` : text;
}

function cypherValue(value: unknown, kind: Neo4jKind): string {
  switch (kind) {
    case 'int':
    case 'double':
      return typeof value === 'number' ? cypherNumber(value, kind) : cypherString(String(value));
    case 'boolean':
      return value === true ? 'true' : 'false';
    case 'string[]':
      return `[${(Array.isArray(value) ? value : [value]).map((item) => cypherString(String(item))).join(', ')}]`;
    case 'string':
      return cypherString(typeof value === 'string' ? value : JSON.stringify(value));
  }
}

function cypherMap(values: Record<string, unknown>, properties: readonly Neo4jProperty[]): string {
  const entries = properties
    .filter((property) => values[property.name] !== undefined && values[property.name] !== null)
    .map((property) => `${cypherName(property.name)}: ${cypherValue(values[property.name], property.kind)}`);
  return `{${entries.join(', ')}}`;
}

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CYPHER_BATCH) out.push(items.slice(i, i + CYPHER_BATCH));
  return out;
}

/** Groups in first-seen order of their key; the items keep their order inside each group. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function nodeStatements(model: Neo4jModel): string[] {
  return groupBy(model.nodes, (node) => node.labels.join(':')).flatMap(([, group]) => {
    const first = group[0] as Neo4jNode;
    const extra = first.labels.slice(1).map(cypherName).join(':');
    return batches(group).map((batch) =>
      [
        'UNWIND [',
        batch.map((node) => `  {id: ${cypherString(node.id)}, properties: ${cypherMap(node.values, model.nodeProperties)}}`).join(',\n'),
        '] AS row',
        `MERGE (n:${cypherName(first.primaryLabel)} {id: row.id})`,
        `SET ${extra === '' ? '' : `n:${extra}, `}n += row.properties;`,
      ].join('\n'),
    );
  });
}

function relationshipStatements(model: Neo4jModel): string[] {
  const primary = new Map(model.nodes.map((node) => [node.id, node.primaryLabel]));
  const endsAndType = (r: Neo4jRelationship) => [primary.get(r.start) ?? 'Entity', primary.get(r.end) ?? 'Entity', r.type] as const;
  return groupBy(model.relationships, (r) => endsAndType(r).join(' ')).flatMap(([, group]) => {
    const [startLabel, endLabel, type] = endsAndType(group[0] as Neo4jRelationship);
    return batches(group).map((batch) =>
      [
        'UNWIND [',
        batch
          .map(
            (r) =>
              `  {start: ${cypherString(r.start)}, end: ${cypherString(r.end)}, id: ${cypherString(String(r.values.id))}, ` +
              `properties: ${cypherMap(r.values, model.relationshipProperties)}}`,
          )
          .join(',\n'),
        '] AS row',
        `MATCH (a:${cypherName(startLabel)} {id: row.start})`,
        `MATCH (b:${cypherName(endLabel)} {id: row.end})`,
        `MERGE (a)-[r:${cypherName(type)} {id: row.id}]->(b)`,
        'SET r += row.properties;',
      ].join('\n'),
    );
  });
}

export function toNeo4jCypher(model: Neo4jModel): string {
  const statements = [
    'CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
    'CREATE CONSTRAINT newsgraph_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;',
    ...nodeStatements(model),
    ...relationshipStatements(model),
  ];
  const preamble = [
    '// newsgraph: the graph as Cypher, for a Neo4j without neo4j-admin (see README.txt).',
    '//   cypher-shell -u neo4j -p <password> -f import.cypher',
    `// ${model.nodes.length} nodes, ${model.relationships.length} relationships. Running it again changes nothing.`,
  ];
  return `${[preamble.join('\n'), ...statements].join('\n\n')}\n`;
}
