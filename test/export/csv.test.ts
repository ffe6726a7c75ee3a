import { describe, expect, it } from 'vitest';
import { EDGE_CSV_COLUMNS, NODE_CSV_COLUMNS, quoteField, textCell, toCSV } from '../../src/export/csv.js';
import { HOSTILE, LONG_STRING, hostileGraph, newsGraph } from './graphs.js';

/** A small RFC 4180 reader, to check that what we write reads back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  expect(field, 'text after the last CRLF').toBe('');
  return rows;
}

type EdgeColumn = (typeof EDGE_CSV_COLUMNS)[number];

/** The cell of `column` in an edges.csv row. */
function edgeCell(row: string[] | undefined, column: EdgeColumn): string | undefined {
  return row?.[EDGE_CSV_COLUMNS.indexOf(column)];
}

/** An edges.csv row as an object, for comparing whole rows by column name. */
function edgeRecord(row: string[] | undefined): Record<string, string | undefined> {
  return Object.fromEntries(EDGE_CSV_COLUMNS.map((column) => [column, edgeCell(row, column)]));
}

describe('toCSV', () => {
  it('writes the node columns, one row per node, sorted by key', () => {
    const rows = readCsv(toCSV(newsGraph({ order: 'reversed' })).nodes);
    expect(rows[0]).toEqual([...NODE_CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 6);
    const keys = rows.slice(1).map((r) => r[0]);
    expect(keys).toEqual([...(keys as string[])].sort());
    expect(rows.find((r) => r[0] === 'person:ryan-dillon')).toEqual([
      'person:ryan-dillon', 'Ryan Dillon', 'person', 'Dillon|Ryan Dillon', '3', 'syria-tanf', '3', '0.21',
    ]);
  });

  it('writes one edge row per evidence item', () => {
    const graph = newsGraph();
    const rows = readCsv(toCSV(graph).edges);
    expect(rows[0]).toEqual([...EDGE_CSV_COLUMNS]);
    expect(rows[0]).toEqual([
      'edge', 'source', 'target', 'type', 'predicate', 'confidence', 'weight', 'method', 'symmetric', 'negated', 'hedged',
      'doc', 'sentence', 'start', 'end', 'evidence_text',
    ]);
    // 6 edges, of which two have two evidence items.
    expect(rows).toHaveLength(1 + 8);
    const defected = rows.filter((r) => edgeCell(r, 'type') === 'defected_to');
    expect(defected).toHaveLength(2);
    const [firstEvidence] = graph.getEdgeAttribute('defected_to:group:commandos-of-the-revolution->group:isis', 'evidence');
    expect(edgeRecord(defected[0])).toEqual({
      edge: 'defected_to:group:commandos-of-the-revolution->group:isis',
      source: 'group:commandos-of-the-revolution', target: 'group:isis', type: 'defected_to', predicate: 'defected to',
      confidence: '0.85', weight: '2', method: 'pattern:defected-to', symmetric: 'false', negated: 'false', hedged: 'false',
      doc: 'syria-tanf', sentence: '0', start: '0', end: String(firstEvidence?.end), evidence_text: firstEvidence?.text,
    });
    expect(defected.map((r) => edgeCell(r, 'sentence'))).toEqual(['0', '1']);
    expect(edgeCell(defected[1], 'evidence_text')).toBe('Dillon said the Revolutionary Commandos, based at al-Tanf, had crossed over to ISIS.');
    expect(edgeCell(rows.find((r) => edgeCell(r, 'type') === 'opposes'), 'hedged')).toBe('true');
  });

  it('names the edge of every row and says whether it is symmetric, so the rows of one edge can be grouped', () => {
    const graph = newsGraph();
    const rows = readCsv(toCSV(graph).edges).slice(1);
    const rowsByEdge = new Map<string, string[][]>();
    for (const row of rows) rowsByEdge.set(edgeCell(row, 'edge') ?? '', [...(rowsByEdge.get(edgeCell(row, 'edge') ?? '') ?? []), row]);
    expect([...rowsByEdge.keys()].sort()).toEqual(graph.edges().sort());
    graph.forEachEdge((key, attributes, source, target) => {
      const group = rowsByEdge.get(key) ?? [];
      expect(group, key).toHaveLength(attributes.evidence.length);
      for (const row of group) {
        expect([edgeCell(row, 'source'), edgeCell(row, 'target')]).toEqual([source, target]);
        expect(edgeCell(row, 'symmetric'), key).toBe(attributes.symmetric === true ? 'true' : 'false');
      }
    });
    expect(rows.filter((r) => edgeCell(r, 'symmetric') === 'true').map((r) => edgeCell(r, 'type'))).toEqual(['cooccurs', 'cooccurs', 'cooccurs']);
  });

  it('names edges with generated keys by their stable ids', () => {
    const rows = readCsv(toCSV(newsGraph({ generatedKeys: true })).edges).slice(1);
    expect([...new Set(rows.map((r) => edgeCell(r, 'edge')))]).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('keeps an edge without evidence as one row', () => {
    const graph = newsGraph();
    graph.setEdgeAttribute('works_for:person:ryan-dillon->organisation:us-military', 'evidence', []);
    const rows = readCsv(toCSV(graph).edges).filter((r) => edgeCell(r, 'type') === 'works_for');
    expect(rows).toEqual([[
      'works_for:person:ryan-dillon->organisation:us-military', 'person:ryan-dillon', 'organisation:us-military', 'works_for',
      'spokesman for', '0.9', '1', 'pattern:spokesman-for', 'false', 'false', 'false', '', '', '', '', '',
    ]]);
  });

  it('quotes per RFC 4180 and reads back hostile text unchanged', () => {
    const { nodes, edges } = toCSV(hostileGraph());
    const nodeRows = readCsv(nodes);
    const hostile = nodeRows.find((r) => r[0] === 'person:hostile');
    expect(hostile?.[1]).toBe(HOSTILE.script);
    expect(hostile?.[3]?.split('|')).toContain(HOSTILE.quotes);
    expect(nodeRows.find((r) => r[0] === 'place:"quoted"&amp')?.[1]).toBe(HOSTILE.rtl);
    expect(nodeRows.find((r) => r[0] === 'group:long')?.[1]).toBe(LONG_STRING);
    const edgeRows = readCsv(edges);
    expect(edgeCell(edgeRows[2], 'evidence_text')).toBe(HOSTILE.whitespace + HOSTILE.emoji + HOSTILE.rtl + HOSTILE.script);
    // The edge key is text from the graph like any other: quoted where it must be, read back as it was.
    expect(edgeRows.slice(1).map((r) => edgeCell(r, 'edge'))).toEqual(['edge<&>"', 'edge<&>"']);
    expect(edges).toContain('"He said ""it\'s"" & left"');
    expect(nodes.split('\r\n').every((line) => !line.endsWith('\r'))).toBe(true);
  });

  it('guards cells that a spreadsheet would run as a formula', () => {
    const rows = readCsv(toCSV(hostileGraph()).nodes);
    const formula = rows.find((r) => r[0] === 'person:formula');
    expect(formula?.[1]).toBe(`'${HOSTILE.formula}`);
    // The guard applies to the joined cell: it starts with "+".
    expect(formula?.[3]).toBe("'+1|-1|@sum|\tx");
    expect(textCell('-1')).toBe("'-1");
    expect(textCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(textCell('\t=1')).toBe("'\t=1");
    expect(textCell('\r=1')).toBe("'\r=1");
    expect(textCell('a=1')).toBe('a=1');
    // Numbers are ours, not text, and stay numbers.
    const graph = newsGraph();
    graph.setNodeAttribute('person:ryan-dillon', 'pagerank', -0.5);
    expect(readCsv(toCSV(graph).nodes).find((r) => r[0] === 'person:ryan-dillon')?.[7]).toBe('-0.5');
  });

  it('quotes only fields that need it', () => {
    expect(quoteField('plain')).toBe('plain');
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('line\nbreak')).toBe('"line\nbreak"');
    expect(quoteField('cr\r')).toBe('"cr\r"');
  });

  it('adds a byte-order mark only when asked', () => {
    expect(toCSV(newsGraph()).nodes.startsWith('key,')).toBe(true);
    const withMark = toCSV(newsGraph(), { byteOrderMark: true });
    expect(withMark.nodes.startsWith('\uFEFFkey,')).toBe(true);
    expect(withMark.edges.startsWith('\uFEFFedge,source,')).toBe(true);
  });

  it('gives the same bytes for the same content, whatever the insertion order', () => {
    expect(toCSV(newsGraph({ order: 'reversed' }))).toEqual(toCSV(newsGraph()));
    expect(toCSV(newsGraph({ generatedKeys: true, order: 'reversed' }))).toEqual(toCSV(newsGraph({ generatedKeys: true })));
  });
});
