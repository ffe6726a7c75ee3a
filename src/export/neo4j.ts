// The Neo4j export (`--format neo4j`): a folder neo4j/ holding nodes.csv and
// relationships.csv for `neo4j-admin database import full`, import.cypher for
// a Neo4j reached only through Cypher, and README.txt with both commands.
// For corpora that outgrow one machine's viewer: Neo4j queries the graph with
// its evidence where the page cannot.
//
// Nodes: `Entity` plus their type (`Entity;Person`) or `Document`; key as
// `id`, and label, type, aliases, mentions, docs, degree, pagerank, firstSeen,
// lastSeen. Relationships: the relation type upper-cased (`WORKS_FOR`,
// `COOCCURS`), with the edge id, predicate, confidence, weight, method, the
// symmetric/negated/hedged flags, firstSeen, lastSeen and the evidence
// sentences as a JSON string. Attributes outside the contract (layout, colour)
// are left out: Neo4j has its own.
import { NEO4J_ARRAY_DELIMITER_OPTION, toNeo4jCsv } from './neo4j-csv.js';
import { toNeo4jCypher } from './neo4j-cypher.js';
import { neo4jModel } from './neo4j-model.js';
import type { ExportGraph } from './graph-type.js';

export const NEO4J_FOLDER = 'neo4j';
export const NEO4J_FILES = ['nodes.csv', 'relationships.csv', 'import.cypher', 'README.txt'] as const;

export interface Neo4jFiles {
  'nodes.csv': string;
  'relationships.csv': string;
  'import.cypher': string;
  'README.txt': string;
}

export function neo4jReadme(nodes: number, relationships: number): string {
  return [
    'newsgraph: the graph for Neo4j',
    '',
    `nodes.csv          ${nodes} nodes (labels Entity;Person, Entity;Organisation, Entity;Place, Entity;Group, Document)`,
    `relationships.csv  ${relationships} relationships (types WORKS_FOR, LEADS, ..., COOCCURS)`,
    'import.cypher      the same graph as Cypher statements',
    '',
    '1. With neo4j-admin (Neo4j 5; fastest; into a new, empty database). Copy this',
    '   folder to the import/ folder of the Neo4j installation, then from its home:',
    '',
    '   bin/neo4j-admin database import full neo4j \\',
    '     --nodes=import/neo4j/nodes.csv --relationships=import/neo4j/relationships.csv \\',
    `     --array-delimiter=${NEO4J_ARRAY_DELIMITER_OPTION} --multiline-fields=true --legacy-style-quoting=false`,
    '',
    '   The options matter: lists (aliases, docs, labels) are joined with the',
    '   control character U+001F, which no name contains; a sentence or a name can',
    '   hold a line break; and a backslash is an ordinary character. The files are',
    '   RFC 4180 CSV (quotes doubled inside quoted fields, CRLF line ends).',
    '',
    '2. Without neo4j-admin (any running Neo4j 5, AuraDB included):',
    '',
    '   cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -f import.cypher',
    '',
    '   It creates uniqueness constraints on Entity.id and Document.id first and',
    '   MERGEs every node and relationship, so running it twice changes nothing.',
    '',
    'Every relationship keeps its supporting sentences in `evidence`, a JSON list',
    'of {doc, sentence, start, end, text, date}: in Cypher, read it with',
    'apoc.convert.fromJsonList(r.evidence), or return it as text.',
    '',
    'These CSV files are data for Neo4j, written exactly as the names were read;',
    'to open the graph in a spreadsheet use ../nodes.csv and ../edges.csv',
    '(--format csv), which are made safe for spreadsheets.',
    '',
  ].join('\n');
}

export function toNeo4j(graph: ExportGraph): Neo4jFiles {
  const model = neo4jModel(graph);
  const csv = toNeo4jCsv(model);
  return {
    'nodes.csv': csv.nodes,
    'relationships.csv': csv.relationships,
    'import.cypher': toNeo4jCypher(model),
    'README.txt': neo4jReadme(model.nodes.length, model.relationships.length),
  };
}
