// The exports in pieces (what writeExports writes as it renders) must give
// the very bytes of the whole-string renderers, which the golden files fix.
import { describe, expect, it } from 'vitest';
import { csvChunks, toCSV } from '../../src/export/csv.js';
import { gexfChunks, toGEXF } from '../../src/export/gexf.js';
import { graphmlChunks, toGraphML } from '../../src/export/graphml.js';
import { jsonChunks, toJSON } from '../../src/export/json.js';
import { emptyGraph, hostileGraph, newsGraph, oddGraph, smallGraph } from './graphs.js';

const graphs = { news: newsGraph, generatedKeys: () => newsGraph({ generatedKeys: true }), hostile: hostileGraph, small: smallGraph, odd: oddGraph, empty: emptyGraph };

describe.each(Object.entries(graphs))('pieces of the %s graph', (_, make) => {
  it('graph.json is JSON.stringify with two-space indentation', () => {
    const text = [...jsonChunks(make())].join('');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).toBe(toJSON(make()));
  });

  it('GEXF (both versions), GraphML and CSV join to the whole files', () => {
    const graph = make();
    for (const version of ['1.3', '1.2draft'] as const) {
      const pieces = [...gexfChunks(graph, { version })];
      expect(pieces.join('')).toBe(toGEXF(graph, { version }));
      expect(pieces.every((piece) => piece.endsWith('\n'))).toBe(true);
    }
    expect([...graphmlChunks(graph)].join('')).toBe(toGraphML(graph));
    const csv = csvChunks(graph, { byteOrderMark: true });
    const whole = toCSV(graph, { byteOrderMark: true });
    expect([...csv.nodes].join('')).toBe(whole.nodes);
    expect([...csv.edges].join('')).toBe(whole.edges);
  });
});

describe('pieces', () => {
  it('come one per node and edge, so no file is held whole', () => {
    const graph = newsGraph();
    expect([...gexfChunks(graph)].length).toBe(graph.order + graph.size + 3);
    expect([...graphmlChunks(graph)].length).toBe(graph.order + graph.size + 2);
    expect([...jsonChunks(graph)].length).toBe(graph.order + graph.size + 5);
  });
});
