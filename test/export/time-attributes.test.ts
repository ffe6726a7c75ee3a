// The time fields in the other exports: graph.json and GraphML carry them as
// they carry any attribute; the CSV files get time columns at the end, and
// only when something is dated.
import { describe, expect, it } from 'vitest';
import { EDGE_CSV_COLUMNS, EDGE_CSV_TIME_COLUMNS, NODE_CSV_COLUMNS, NODE_CSV_TIME_COLUMNS, toCSV } from '../../src/export/csv.js';
import { toGraphML } from '../../src/export/graphml.js';
import { toJSON } from '../../src/export/json.js';
import { DAY_1, DAY_2, datedGraph, undatedGraph } from './gexf-spells-graph.js';

/** Rows of a CSV text whose fields hold no comma, quote or line break (true of the rows checked here). */
function simpleRows(text: string): string[][] {
  return text.split('\r\n').filter((line) => line !== '').map((line) => line.split(','));
}

describe('time fields in graph.json', () => {
  it('keeps firstSeen, lastSeen and evidence dates, after the contract attributes', () => {
    const json = JSON.parse(toJSON(datedGraph()));
    const dillon = json.nodes.find((n: { key: string }) => n.key === 'person:ryan-dillon');
    expect(dillon.attributes).toMatchObject({ firstSeen: DAY_1, lastSeen: DAY_2 });
    expect(Object.keys(dillon.attributes).slice(-2)).toEqual(['firstSeen', 'lastSeen']);
    const told = json.edges.find((e: { key: string }) => e.key.startsWith('communicated_with:'));
    expect(told.attributes).toMatchObject({ firstSeen: DAY_1, lastSeen: DAY_2 });
    expect(Object.keys(told.attributes.evidence[0])).toEqual(['doc', 'sentence', 'start', 'end', 'text', 'date']);
    expect(toJSON(datedGraph('reversed'))).toBe(toJSON(datedGraph()));
  });
});

describe('time fields in GraphML', () => {
  it('declares firstSeen and lastSeen as strings and writes them where set', () => {
    const graphml = toGraphML(datedGraph());
    expect(graphml).toContain('<key id="n_firstSeen" for="node" attr.name="firstSeen" attr.type="string"/>');
    expect(graphml).toContain('<key id="e_lastSeen" for="edge" attr.name="lastSeen" attr.type="string"/>');
    expect(graphml).toContain(`<data key="n_firstSeen">${DAY_1}</data>`);
    expect(graphml).toContain(`&quot;date&quot;:&quot;${DAY_2}&quot;`);
    expect(toGraphML(undatedGraph())).not.toMatch(/firstSeen|lastSeen|&quot;date&quot;:&quot;/);
  });
});

describe('time fields in the CSV files', () => {
  it('adds firstSeen and lastSeen to nodes.csv, empty for an undated node', () => {
    const [header, ...rows] = simpleRows(toCSV(datedGraph()).nodes);
    expect(header).toEqual([...NODE_CSV_COLUMNS, ...NODE_CSV_TIME_COLUMNS]);
    expect(header?.slice(-2)).toEqual(['firstSeen', 'lastSeen']);
    expect(rows.find((r) => r[0] === 'person:ryan-dillon')?.slice(-2)).toEqual([DAY_1, DAY_2]);
    expect(rows.find((r) => r[0] === 'group:undated')?.slice(-2)).toEqual(['', '']);
  });

  it("adds the edge's span and each row's evidence date to edges.csv", () => {
    const [header, ...rows] = simpleRows(toCSV(datedGraph()).edges);
    expect(header).toEqual([...EDGE_CSV_COLUMNS, ...EDGE_CSV_TIME_COLUMNS]);
    expect(header?.slice(-3)).toEqual(['firstSeen', 'lastSeen', 'evidence_date']);
    const told = rows.filter((r) => r[0]?.startsWith('communicated_with:'));
    expect(told.map((r) => r.slice(-3))).toEqual([
      [DAY_1, DAY_2, DAY_1],
      [DAY_1, DAY_2, DAY_1],
      [DAY_1, DAY_2, DAY_2],
    ]);
    expect(rows.find((r) => r[0]?.startsWith('cooccurs:'))?.slice(-3)).toEqual(['', '', '']);
    for (const row of rows) expect(row).toHaveLength(header!.length);
  });

  it('writes an undated graph with the columns it always had', () => {
    const { nodes, edges } = toCSV(undatedGraph());
    expect(simpleRows(nodes)[0]).toEqual([...NODE_CSV_COLUMNS]);
    expect(simpleRows(edges)[0]).toEqual([...EDGE_CSV_COLUMNS]);
    expect(`${nodes}${edges}`).not.toMatch(/2017-/);
  });
});
