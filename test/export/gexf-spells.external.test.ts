// Dynamic GEXF (a graph with dates: spells, mode="dynamic", timeformat="date")
// checked by outside readers: the official GEXF 1.3 and 1.2draft RelaxNG
// schemas (xmllint), networkx 3 for 1.3 and Debian's networkx 2.8 for
// 1.2draft, which both turn <spells> into a list of (start, end) pairs.
// Without libxml2-utils or either networkx the tests fail and say so.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../scripts/shared-data.js';
import { toGEXF } from '../../src/export/gexf.js';
import { GEXF_VERSIONS, type GexfVersion } from '../../src/export/gexf-version.js';
import { buildGraph } from '../../src/graph/index.js';
import type { Extraction } from '../../src/types.js';
import { extractText } from '../helpers.js';
import { DEBIAN_PYTHON, PYTHON, python, xmllint } from './external-tools.js';
import { DAY_1, DAY_2, datedGraph } from './gexf-spells-graph.js';
import type { TestGraph } from './graphs.js';

const SCHEMAS: Record<GexfVersion, string> = {
  '1.3': sharedPath('eval/gexf-schema/1.3/gexf.rng'),
  '1.2draft': sharedPath('eval/gexf-schema/1.2draft/gexf.rng'),
};
// Debian's networkx 2.8 knows no GEXF 1.3; networkx 3 reads both.
const READERS: Record<GexfVersion, string> = { '1.3': PYTHON, '1.2draft': DEBIAN_PYTHON };

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-spells-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeTemp(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

// Prints the graph's mode and each node's and edge's spells and time attributes, as JSON.
const READ_SPELLS = `
import json, sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
def time(d):
  return {k: d[k] for k in ("spells", "firstSeen", "lastSeen") if k in d}
print(json.dumps({
  "mode": g.graph.get("mode"),
  "nodes": {n: time(d) for n, d in g.nodes(data=True)},
  "edges": {d["id"]: time(d) for s, t, d in g.edges(data=True)},
}))
`;

interface ReadSpells {
  mode: string | null;
  nodes: Record<string, { spells?: Array<[string, string]>; firstSeen?: string; lastSeen?: string }>;
  edges: Record<string, { spells?: Array<[string, string]>; firstSeen?: string; lastSeen?: string }>;
}

/** A graph from the real pipeline: two dated articles and an undated one. */
function builtGraph(): TestGraph {
  const withDate = (e: Extraction, date: string): Extraction => ({ ...e, doc: { ...e.doc, meta: { ...e.doc.meta, date } } });
  return buildGraph([
    withDate(extractText('Talks\n\nBy Jane Smith\n\nRyan Dillon, a coalition spokesman, told CNN that the talks failed.', 'a'), DAY_1),
    withDate(extractText('More talks\n\nRyan Dillon told CNN that ISIS attacked al-Tanf.', 'b'), DAY_2),
    extractText('Ryan Dillon told CNN that the Kurds stayed.', 'u'),
  ]) as unknown as TestGraph;
}

const GRAPHS: Array<[string, () => TestGraph]> = [
  ['hand-built dated graph', () => datedGraph()],
  ['pipeline build of dated and undated articles', builtGraph],
];

for (const version of GEXF_VERSIONS) {
  describe(`dynamic GEXF ${version} against the official ${version} RelaxNG schema (xmllint)`, () => {
    for (const [name, make] of GRAPHS) {
      it(`validates: ${name}`, () => {
        const gexf = toGEXF(make(), { version });
        expect(gexf).toContain('mode="dynamic" timeformat="date"');
        expect(gexf).toContain('<spells>');
        const { status, output } = xmllint(writeTemp(`${version}-${name.replace(/\W+/g, '-')}.gexf`, gexf), SCHEMAS[version]);
        expect(output).toContain('validates');
        expect(status, output).toBe(0);
      });
    }

    it('can fail: a spell that is not a calendar day is refused', () => {
      const broken = toGEXF(datedGraph(), { version }).replace(`<spell start="${DAY_2}" end="${DAY_2}"/>`, '<spell start="2017-02-30" end="2017-02-30"/>');
      expect(broken).toContain('2017-02-30');
      const { status, output } = xmllint(writeTemp(`${version}-bad-day.gexf`, broken), SCHEMAS[version]);
      expect(status, output).not.toBe(0);
    });
  });

  describe(`dynamic GEXF ${version} read by networkx (${READERS[version]})`, () => {
    it('reads the graph as dynamic, with each dated element\'s spells and none on the undated ones', () => {
      const read = python(READ_SPELLS, [writeTemp(`${version}-read.gexf`, toGEXF(datedGraph(), { version }))], READERS[version]) as ReadSpells;
      expect(read.mode).toBe('dynamic');
      expect(read.nodes['person:ryan-dillon']).toEqual({ spells: [[DAY_1, DAY_1], [DAY_2, DAY_2]], firstSeen: DAY_1, lastSeen: DAY_2 });
      expect(read.nodes['document:a']?.spells).toEqual([[DAY_1, DAY_1]]);
      expect(read.nodes['place:elsewhere']?.spells).toEqual([['2017-07-01', '2017-07-31']]);
      expect(read.nodes['group:undated']).toEqual({});
      expect(read.edges['communicated_with:person:ryan-dillon->organisation:cnn:told']).toEqual({
        spells: [[DAY_1, DAY_1], [DAY_2, DAY_2]], firstSeen: DAY_1, lastSeen: DAY_2,
      });
      expect(read.edges['cooccurs:group:undated->person:ryan-dillon']).toEqual({});
    });

    it('reads a pipeline build: every dated node and edge has spells within its firstSeen..lastSeen', () => {
      const graph = builtGraph();
      const read = python(READ_SPELLS, [writeTemp(`${version}-built.gexf`, toGEXF(graph, { version }))], READERS[version]) as ReadSpells;
      expect(Object.keys(read.nodes).sort()).toEqual(graph.nodes().sort());
      expect(Object.keys(read.edges)).toHaveLength(graph.size);
      let dated = 0;
      for (const entry of [...Object.values(read.nodes), ...Object.values(read.edges)]) {
        if (entry.firstSeen === undefined) {
          expect(entry).toEqual({});
          continue;
        }
        dated++;
        expect(entry.spells?.length).toBeGreaterThan(0);
        for (const [start, end] of entry.spells ?? []) {
          expect(start >= entry.firstSeen && end <= entry.lastSeen!, JSON.stringify(entry)).toBe(true);
        }
      }
      expect(dated).toBeGreaterThan(0);
      // The Kurds are only in the undated article.
      const kurds = graph.findNode((_, a) => a.label === 'Kurds');
      expect(read.nodes[kurds!]).toEqual({});
    });
  });
}
