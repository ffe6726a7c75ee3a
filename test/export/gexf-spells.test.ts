import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGEXF } from '../../src/export/gexf.js';
import { edgeSpells, nodeSpells } from '../../src/export/gexf-time.js';
import { GEXF_VERSIONS } from '../../src/export/gexf-version.js';
import { DAY_1, DAY_2, datedGraph, undatedGraph, withoutTimeFields } from './gexf-spells-graph.js';
import { newsGraph, smallGraph } from './graphs.js';

/** The text of one <node> or <edge> element, found by its id. */
function element(gexf: string, tag: 'node' | 'edge', id: string): string {
  const lines = gexf.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`      <${tag} id="${id.replace(/>/g, '&gt;')}"`));
  expect(start, `${tag} ${id}`).toBeGreaterThanOrEqual(0);
  if (lines[start]!.endsWith('/>')) return lines[start]!;
  const end = lines.indexOf(`      </${tag}>`, start);
  return lines.slice(start, end + 1).join('\n');
}

/** The [start, end] pairs of an element's spells, in file order. */
function spellsOf(text: string): Array<[string, string]> {
  return [...text.matchAll(/<spell start="([^"]*)" end="([^"]*)"\/>/g)].map((m) => [m[1]!, m[2]!]);
}

describe('GEXF spells', () => {
  for (const version of GEXF_VERSIONS) {
    describe(version, () => {
      const gexf = toGEXF(datedGraph(), { version });

      it('writes a graph with dates as dynamic, with dates as its time format', () => {
        expect(gexf).toContain('<graph defaultedgetype="directed" idtype="string" mode="dynamic" timeformat="date">');
      });

      it('gives an edge one spell per distinct evidence day, in order', () => {
        const told = element(gexf, 'edge', 'communicated_with:person:ryan-dillon->organisation:cnn:told');
        expect(spellsOf(told)).toEqual([[DAY_1, DAY_1], [DAY_2, DAY_2]]);
        expect(spellsOf(element(gexf, 'edge', 'author_of:person:ryan-dillon->document:a:by'))).toEqual([[DAY_1, DAY_1]]);
      });

      it('gives a node one spell per day of its dated documents, a document node its own day', () => {
        // Articles b and c share DAY_2; the undated article adds nothing.
        expect(spellsOf(element(gexf, 'node', 'person:ryan-dillon'))).toEqual([[DAY_1, DAY_1], [DAY_2, DAY_2]]);
        expect(spellsOf(element(gexf, 'node', 'document:a'))).toEqual([[DAY_1, DAY_1]]);
      });

      it('falls back to one firstSeen..lastSeen spell when the documents give no day', () => {
        expect(spellsOf(element(gexf, 'node', 'place:elsewhere'))).toEqual([['2017-07-01', '2017-07-31']]);
      });

      it('leaves undated nodes and edges without spells, present all along', () => {
        expect(element(gexf, 'node', 'group:undated')).not.toContain('<spells>');
        expect(element(gexf, 'edge', 'cooccurs:group:undated->person:ryan-dillon')).not.toContain('<spells>');
      });

      it('keeps firstSeen and lastSeen as attributes, and the evidence dates in the evidence', () => {
        expect(gexf).toContain('<attribute id="firstSeen" title="firstSeen" type="string"/>');
        expect(element(gexf, 'node', 'person:ryan-dillon')).toContain(`<attvalue for="lastSeen" value="${DAY_2}"/>`);
        expect(element(gexf, 'edge', 'author_of:person:ryan-dillon->document:a:by')).toContain(`&quot;date&quot;:&quot;${DAY_1}&quot;`);
      });

      it('writes the same bytes whatever order the graph was built in', () => {
        expect(toGEXF(datedGraph('reversed'), { version })).toBe(gexf);
      });

      it('writes an undated graph static, with no time anywhere', () => {
        const undated = toGEXF(undatedGraph(), { version });
        expect(undated).toContain('<graph defaultedgetype="directed" idtype="string">');
        for (const absent of ['mode=', 'timeformat', '<spells>', 'firstSeen', 'lastSeen', '&quot;date&quot;']) expect(undated).not.toContain(absent);
      });

      it('differs from the same graph without time fields only by the time it adds', () => {
        const stripped = gexf
          .replace(' mode="dynamic" timeformat="date"', '')
          .replace(/ *<spells>\n(?: *<spell [^\n]*\n)* *<\/spells>\n/g, '')
          .replace(/ *<attribute id="(?:firstSeen|lastSeen)"[^\n]*\n/g, '')
          .replace(/ *<attvalue for="(?:firstSeen|lastSeen)"[^\n]*\n/g, '')
          .replace(/,&quot;date&quot;:&quot;\d{4}-\d{2}-\d{2}&quot;/g, '');
        expect(stripped).not.toBe(gexf);
        expect(stripped).toBe(toGEXF(withoutTimeFields(datedGraph()), { version }));
      });
    });
  }

  it('keeps a graph static when only the documents are dated (a graph from before the time fields)', () => {
    for (const graph of [smallGraph(), newsGraph()]) {
      const gexf = toGEXF(graph);
      expect(gexf).not.toContain('mode="dynamic"');
      expect(gexf).not.toContain('<spells>');
    }
  });

  it('uses only real YYYY-MM-DD days, so the file stays valid', () => {
    expect(nodeSpells({ firstSeen: 'yesterday', lastSeen: 'today', docs: [] }, new Map())).toEqual([]);
    expect(nodeSpells({ firstSeen: '2017-02-30', lastSeen: '2017-03-01', docs: [] }, new Map())).toEqual([]);
    expect(nodeSpells({ firstSeen: '2017-03-02', lastSeen: '2017-03-01', docs: [] }, new Map())).toEqual([]);
    expect(edgeSpells({ evidence: [{ date: 'soon' }, { date: '2017-08-12' }, null] })).toEqual([{ start: '2017-08-12', end: '2017-08-12' }]);
    const graph = undatedGraph();
    graph.setNodeAttribute('group:undated', 'firstSeen', 'last week');
    graph.setNodeAttribute('group:undated', 'lastSeen', 'today');
    expect(toGEXF(graph)).not.toContain('mode="dynamic"');
  });

  it('keeps a node to the days within its firstSeen..lastSeen', () => {
    const docs = new Map([
      ['a', { id: 'a', title: null, author: null, date: DAY_1, source: null, url: null, outlet: null, tags: [] }],
      ['b', { id: 'b', title: null, author: null, date: DAY_2, source: null, url: null, outlet: null, tags: [] }],
    ]);
    expect(nodeSpells({ firstSeen: DAY_2, lastSeen: DAY_2, docs: ['a', 'b'] }, docs)).toEqual([{ start: DAY_2, end: DAY_2 }]);
  });

  it('is still read by graphology-gexf, time attributes included', () => {
    for (const version of GEXF_VERSIONS) {
      const parsed = parse(MultiGraph, toGEXF(datedGraph(), { version }));
      const original = datedGraph();
      expect(parsed.order).toBe(original.order);
      expect(parsed.size).toBe(original.size);
      expect(parsed.getNodeAttributes('person:ryan-dillon')).toMatchObject({ firstSeen: DAY_1, lastSeen: DAY_2 });
      expect(parsed.getNodeAttributes('group:undated')).not.toHaveProperty('firstSeen');
      const told = parsed.getEdgeAttributes('communicated_with:person:ryan-dillon->organisation:cnn:told');
      expect(told).toMatchObject({ firstSeen: DAY_1, lastSeen: DAY_2 });
      expect(JSON.parse(told.evidence as string)).toEqual(original.getEdgeAttribute('communicated_with:person:ryan-dillon->organisation:cnn:told', 'evidence'));
    }
  });
});
