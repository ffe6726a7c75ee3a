import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFormats } from '../../src/export/formats.js';
import { NEO4J_ARRAY_DELIMITER, neo4jCell } from '../../src/export/neo4j-csv.js';
import { cypherString } from '../../src/export/neo4j-cypher.js';
import { nodeLabel, relationshipType } from '../../src/export/neo4j-model.js';
import { toNeo4j } from '../../src/export/neo4j.js';
import { writeExports } from '../../src/export/write.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/types.js';
import { newsGraph } from './graphs.js';

const root = mkdtempSync(join(tmpdir(), 'newsgraph-neo4j-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** RFC 4180 as neo4j-admin reads it with --legacy-style-quoting=false: `null` for an empty unquoted cell. */
function parseCsv(text: string): Array<Array<string | null>> {
  const rows: Array<Array<string | null>> = [];
  let row: Array<string | null> = [];
  let i = 0;
  while (i < text.length) {
    let cell: string | null;
    if (text[i] === '"') {
      cell = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i += 1;
            break;
          }
        } else {
          cell += text[i];
          i += 1;
        }
      }
    } else {
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== '\r') end += 1;
      const raw = text.slice(i, end);
      expect(raw, 'an unquoted cell holds no quote or line break').not.toMatch(/["\n]/);
      cell = raw === '' ? null : raw;
      i = end;
    }
    row.push(cell);
    if (text[i] === ',') {
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) {
      throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
    }
  }
  return rows;
}

function records(text: string): Array<Record<string, string | null>> {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header!.map((name, n) => [name!, row[n] ?? null])));
}

/** Every string literal of a Cypher script, decoded, and the script with each literal replaced by '…'. */
function cypherLiterals(script: string): { literals: string[]; code: string } {
  const literals: string[] = [];
  let code = '';
  let i = 0;
  const escapes: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  while (i < script.length) {
    const char = script[i]!;
    if (char === '/' && script[i + 1] === '/') {
      const end = script.indexOf('\n', i);
      code += '//…';
      i = end < 0 ? script.length : end;
    } else if (char === "'") {
      let literal = '';
      i += 1;
      while (script[i] !== "'") {
        if (i >= script.length) throw new Error('unterminated string literal');
        if (script[i] === '\\') {
          const next = script[i + 1]!;
          if (next === 'u') {
            literal += String.fromCharCode(parseInt(script.slice(i + 2, i + 6), 16));
            i += 6;
          } else {
            const decoded = escapes[next];
            if (decoded === undefined) throw new Error(`unknown escape \\${next}`);
            literal += decoded;
            i += 2;
          }
        } else {
          literal += script[i];
          i += 1;
        }
      }
      i += 1;
      literals.push(literal);
      code += "'…'";
    } else {
      code += char;
      i += 1;
    }
  }
  return { literals, code };
}

const INJECTION = "x'}) DETACH DELETE n; MATCH (m) DETACH DELETE m //";
const HOSTILE_NAMES = [
  INJECTION,
  'quote " and \'single\' and `backtick`',
  'comma, semicolon; pipe | slash \\ end\\',
  'line\nbreak\r\nand tab\t',
  '=HYPERLINK("http://evil")',
  '+1 cmd',
  '-2+3',
  '@SUM(A1)',
  'unit\u001Fseparator',
  'control \u0001\u007f and \u2028 separator',
  'lone \ud800 surrogate, pair 🇸🇾',
  '\\u0027 not an escape',
  '',
];

type Graph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

function hostileGraph(): Graph {
  const graph: Graph = new MultiDirectedGraph();
  graph.replaceAttributes({ schemaVersion: 1, docs: [] });
  HOSTILE_NAMES.forEach((name, n) => {
    graph.addNode(`person:${name}`, {
      label: name, type: 'person', aliases: [name, `alias ${n}`], mentions: n, docs: [`doc;${n}`], degree: 1, pagerank: 0.5, firstSeen: '2017-06-21',
    });
  });
  graph.addEdgeWithKey(`works_for:${INJECTION}`, `person:${INJECTION}`, `person:${HOSTILE_NAMES[1]}`, {
    type: 'works_for', predicate: INJECTION, confidence: 1, weight: 1, method: 'pattern:"x"',
    evidence: [{ doc: 'd', sentence: 0, start: 0, end: 3, text: HOSTILE_NAMES.join(' | ') }],
  });
  return graph;
}

describe('toNeo4j', () => {
  it('writes nodes.csv with neo4j-admin typed headers and a row per node, in key order', () => {
    const files = toNeo4j(newsGraph());
    const [header] = parseCsv(files['nodes.csv']);
    expect(header).toEqual([
      'id:ID', ':LABEL', 'label', 'type', 'aliases:string[]', 'mentions:int', 'docs:string[]', 'degree:int', 'pagerank:double', 'firstSeen', 'lastSeen',
    ]);
    const nodes = records(files['nodes.csv']);
    expect(nodes.map((n) => n['id:ID'])).toEqual([
      'document:syria-tanf', 'group:commandos-of-the-revolution', 'group:isis', 'organisation:us-military', 'person:ryan-dillon', 'place:al-tanf',
    ]);
    const dillon = nodes.find((n) => n['id:ID'] === 'person:ryan-dillon')!;
    expect(dillon).toEqual({
      'id:ID': 'person:ryan-dillon', ':LABEL': `Entity${NEO4J_ARRAY_DELIMITER}Person`, label: 'Ryan Dillon', type: 'person',
      'aliases:string[]': `Dillon${NEO4J_ARRAY_DELIMITER}Ryan Dillon`, 'mentions:int': '3', 'docs:string[]': 'syria-tanf', 'degree:int': '3',
      'pagerank:double': '0.21', firstSeen: null, lastSeen: null,
    });
    expect(nodes[0]![':LABEL']).toBe('Document');
    expect(files['nodes.csv']).toMatch(/\r\n$/);
  });

  it('writes relationships.csv with the relation type upper-cased and the evidence as JSON', () => {
    const files = toNeo4j(newsGraph());
    const [header] = parseCsv(files['relationships.csv']);
    expect(header).toEqual([
      ':START_ID', ':END_ID', ':TYPE', 'id', 'predicate', 'confidence:double', 'weight:int', 'method', 'symmetric:boolean', 'negated:boolean',
      'hedged:boolean', 'firstSeen', 'lastSeen', 'evidence',
    ]);
    const rows = records(files['relationships.csv']);
    expect(rows.map((r) => r[':TYPE'])).toEqual(['BASED_IN', 'COOCCURS', 'COOCCURS', 'DEFECTED_TO', 'OPPOSES', 'WORKS_FOR']);
    const defected = rows.find((r) => r[':TYPE'] === 'DEFECTED_TO')!;
    expect(defected).toMatchObject({
      ':START_ID': 'group:commandos-of-the-revolution', ':END_ID': 'group:isis', predicate: 'defected to', 'confidence:double': '0.85',
      'weight:int': '2', method: 'pattern:defected-to', 'symmetric:boolean': 'false', 'negated:boolean': 'false', 'hedged:boolean': 'false',
    });
    const evidence = JSON.parse(defected.evidence!) as Array<Record<string, unknown>>;
    expect(evidence).toHaveLength(2);
    expect(Object.keys(evidence[0]!)).toEqual(['doc', 'sentence', 'start', 'end', 'text']);
    const cooccurs = rows.find((r) => r[':TYPE'] === 'COOCCURS')!;
    // An empty predicate is a value (""), not a missing property.
    expect(cooccurs.predicate).toBe('');
    expect(cooccurs['symmetric:boolean']).toBe('true');
  });

  it('gives the same bytes for the same graph built in another order', () => {
    const first = toNeo4j(newsGraph());
    const second = toNeo4j(newsGraph({ order: 'reversed' }));
    expect(second).toEqual(first);
    expect(toNeo4j(newsGraph({ generatedKeys: true }))).toEqual(toNeo4j(newsGraph({ generatedKeys: true, order: 'reversed' })));
  });

  it('round-trips hostile names through the CSV files exactly', () => {
    const graph = hostileGraph();
    const files = toNeo4j(graph);
    const nodes = records(files['nodes.csv']);
    expect(nodes.map((n) => n.label).sort()).toEqual([...HOSTILE_NAMES].sort());
    for (const node of nodes) {
      const original = graph.getNodeAttributes(node['id:ID']!);
      expect(node.label).toBe(original.label);
      // The list delimiter is the one character dropped from list items.
      expect(node['aliases:string[]']!.split(NEO4J_ARRAY_DELIMITER)).toEqual(original.aliases.map((a) => a.replaceAll(NEO4J_ARRAY_DELIMITER, '')));
      expect(node['docs:string[]']).toBe(original.docs[0]);
      expect(node.firstSeen).toBe('2017-06-21');
    }
    const [relationship] = records(files['relationships.csv']);
    expect(relationship!.predicate).toBe(INJECTION);
    expect(relationship![':START_ID']).toBe(`person:${INJECTION}`);
    expect(relationship!['confidence:double']).toBe('1');
    expect(JSON.parse(relationship!.evidence!)[0].text).toBe(HOSTILE_NAMES.join(' | '));
  });

  it('keeps an injection attempt inside its Cypher string literal', () => {
    const graph = hostileGraph();
    const script = toNeo4j(graph)['import.cypher'];
    const { literals, code } = cypherLiterals(script);
    // Outside literals, only what the exporter wrote: no DETACH DELETE, no stray statement.
    expect(code).not.toMatch(/DETACH|DELETE/);
    const statements = code.split(';').map((s) => s.replace(/\/\/…/g, '').trim()).filter((s) => s !== '');
    for (const statement of statements) expect(statement).toMatch(/^(CREATE CONSTRAINT|UNWIND \[)/);
    expect(statements).toHaveLength(4);
    // Every name comes back exactly from its literal (lone surrogates included).
    for (const name of HOSTILE_NAMES) {
      expect(literals).toContain(name);
      expect(literals).toContain(`person:${name}`);
    }
    expect(literals).toContain(INJECTION);
    // Literal script text is plain: no raw line break or control character inside a literal.
    expect(script.split('\n').every((line) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(line))).toBe(true);
  });

  it('writes a Cypher script with constraints, MERGEs by label and typed values', () => {
    const script = toNeo4j(newsGraph())['import.cypher'];
    expect(script).toContain('CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;');
    expect(script).toContain('MERGE (n:`Entity` {id: row.id})\nSET n:`Person`, n += row.properties;');
    expect(script).toContain('MERGE (n:`Document` {id: row.id})\nSET n += row.properties;');
    expect(script).toContain('MATCH (a:`Entity` {id: row.start})\nMATCH (b:`Entity` {id: row.end})\nMERGE (a)-[r:`WORKS_FOR` {id: row.id}]->(b)');
    expect(script).toContain("`aliases`: ['Dillon', 'Ryan Dillon'], `mentions`: 3");
    // A whole confidence stays a float; a flag is a boolean.
    expect(toNeo4j(hostileGraph())['import.cypher']).toContain('`confidence`: 1.0, `weight`: 1');
    expect(script).toContain('`symmetric`: true');
  });

  it('says both import commands in README.txt', () => {
    const readme = toNeo4j(newsGraph())['README.txt'];
    expect(readme).toContain('neo4j-admin database import full neo4j');
    expect(readme).toContain('--array-delimiter=U+001F --multiline-fields=true --legacy-style-quoting=false');
    expect(readme).toContain('cypher-shell');
    expect(readme).toContain('-f import.cypher');
  });
});

describe('Neo4j names and cells', () => {
  it('makes labels and relationship types of letters, digits and _ only', () => {
    expect(nodeLabel('organisation')).toBe('Organisation');
    expect(nodeLabel('armed group;DROP')).toBe('ArmedGroupDrop');
    expect(nodeLabel('`')).toBe('Unknown');
    expect(relationshipType('works_for')).toBe('WORKS_FOR');
    expect(relationshipType("x]->(y) DELETE y //")).toBe('X_Y_DELETE_Y');
    expect(relationshipType('9lives')).toBe('T_9LIVES');
  });

  it('leaves an absent value empty and quotes every text value', () => {
    expect(neo4jCell(undefined, 'string')).toBe('');
    expect(neo4jCell('', 'string')).toBe('""');
    expect(neo4jCell('say "hi"', 'string')).toBe('"say ""hi"""');
    expect(neo4jCell(0.5, 'double')).toBe('0.5');
    expect(neo4jCell(['a;b', 'c'], 'string[]')).toBe(`"a;b${NEO4J_ARRAY_DELIMITER}c"`);
  });

  it('escapes a Cypher string so it cannot end early', () => {
    expect(cypherString("it's")).toBe("'it\\'s'");
    expect(cypherString('back\\')).toBe("'back\\\\'");
    expect(cypherString('a\nb')).toBe("'a\\nb'");
    expect(cypherString('\u0000')).toBe("'\\u0000'");
  });
});

describe('--format neo4j', () => {
  it('is asked for by name and writes the neo4j folder', () => {
    expect(parseFormats('json,neo4j')).toEqual(['json', 'neo4j']);
    const out = join(root, 'out');
    const paths = writeExports(newsGraph(), out, ['neo4j']);
    expect(paths).toEqual(['nodes.csv', 'relationships.csv', 'import.cypher', 'README.txt'].map((file) => join(out, 'neo4j', file)));
    expect(readdirSync(join(out, 'neo4j')).sort()).toEqual(['README.txt', 'import.cypher', 'nodes.csv', 'relationships.csv']);
    expect(readFileSync(paths[0]!, 'utf8')).toBe(toNeo4j(newsGraph())['nodes.csv']);
  });
});
