// neo4j/nodes.csv and neo4j/relationships.csv in the header format of
// `neo4j-admin database import full`: `id:ID`, `:LABEL`, `name:type` for a
// typed property, `:START_ID`, `:END_ID`, `:TYPE`.
//
// Quoting is RFC 4180 (comma-separated, CRLF line ends, inner quotes
// doubled), which neo4j-admin reads with --legacy-style-quoting=false (a
// backslash is then an ordinary character); a field may hold a line break,
// which needs --multiline-fields=true. Every text value is quoted, so an empty
// string ("") stays a value while an absent one (an empty cell) sets no
// property. Unlike ../nodes.csv these files are data for a database, not for
// a spreadsheet: a name starting with = + - @ is written as it is, so it
// reaches Neo4j unchanged.
//
// Lists (aliases, docs, and the labels) are joined with U+001F, the ASCII unit
// separator, given to neo4j-admin as --array-delimiter=U+001F: `;` or `|` can
// occur in a name, a control character cannot in a name worth keeping, so
// U+001F is removed from list items rather than splitting them.
import type { Neo4jKind, Neo4jModel, Neo4jProperty } from './neo4j-model.js';

export const NEO4J_ARRAY_DELIMITER = '\u001F';
/** The same, as neo4j-admin's --array-delimiter option spells it. */
export const NEO4J_ARRAY_DELIMITER_OPTION = 'U+001F';

export interface Neo4jCsvFiles {
  nodes: string;
  relationships: string;
}

export function quoteCsv(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function listItem(value: unknown): string {
  return String(value).split(NEO4J_ARRAY_DELIMITER).join('');
}

/** One cell: empty when absent; numbers and booleans bare, text and lists quoted. */
export function neo4jCell(value: unknown, kind: Neo4jKind): string {
  if (value === undefined || value === null) return '';
  switch (kind) {
    case 'int':
    case 'double':
      // Java's parser reads NaN, Infinity and -Infinity as JavaScript writes them.
      return typeof value === 'number' ? String(value) : quoteCsv(String(value));
    case 'boolean':
      return value === true ? 'true' : 'false';
    case 'string[]':
      return quoteCsv((Array.isArray(value) ? value : [value]).map(listItem).join(NEO4J_ARRAY_DELIMITER));
    case 'string':
      return quoteCsv(typeof value === 'string' ? value : JSON.stringify(value));
  }
}

function header(property: Neo4jProperty): string {
  return property.kind === 'string' ? property.name : `${property.name}:${property.kind}`;
}

function lines(rows: string[][]): string {
  return rows.map((row) => `${row.join(',')}\r\n`).join('');
}

export function toNeo4jCsv(model: Neo4jModel): Neo4jCsvFiles {
  const nodeHeader = ['id:ID', ':LABEL', ...model.nodeProperties.map(header)];
  const nodeRows = model.nodes.map((node) => [
    quoteCsv(node.id),
    neo4jCell(node.labels, 'string[]'),
    ...model.nodeProperties.map((property) => neo4jCell(node.values[property.name], property.kind)),
  ]);
  const relationshipHeader = [':START_ID', ':END_ID', ':TYPE', ...model.relationshipProperties.map(header)];
  const relationshipRows = model.relationships.map((relationship) => [
    quoteCsv(relationship.start),
    quoteCsv(relationship.end),
    quoteCsv(relationship.type),
    ...model.relationshipProperties.map((property) => neo4jCell(relationship.values[property.name], property.kind)),
  ]);
  return { nodes: lines([nodeHeader, ...nodeRows]), relationships: lines([relationshipHeader, ...relationshipRows]) };
}
