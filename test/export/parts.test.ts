import { describe, expect, it } from 'vitest';
import { gexfChunks, gexfParts } from '../../src/export/gexf.js';
import { graphmlChunks, graphmlParts } from '../../src/export/graphml.js';
import { jsonChunks, jsonParts } from '../../src/export/json.js';
import type { FileParts } from '../../src/export/parts.js';
import { hostileGraph, newsGraph, oddGraph, type TestGraph } from './graphs.js';

const text = (pieces: Iterable<string>) => [...pieces].join('');

const WRITERS: Array<[string, (g: TestGraph) => FileParts, (g: TestGraph) => Iterable<string>]> = [
  ['json', jsonParts, jsonChunks],
  ['gexf 1.3', (g) => gexfParts(g), (g) => gexfChunks(g)],
  ['gexf 1.2draft', (g) => gexfParts(g, { version: '1.2draft' }), (g) => gexfChunks(g, { version: '1.2draft' })],
  ['graphml', graphmlParts, graphmlChunks],
];
const GRAPHS: Array<[string, () => TestGraph]> = [
  ['news', () => newsGraph()],
  ['hostile', () => hostileGraph()],
  ['odd', () => oddGraph()],
];

describe('file parts', () => {
  for (const [writer, parts, chunks] of WRITERS) {
    for (const [name, make] of GRAPHS) {
      it(`${writer}: the node part then the edge part is the whole file (${name} graph)`, () => {
        const graph = make();
        const { nodes, edges } = parts(graph);
        expect(text(nodes()) + text(edges())).toBe(text(chunks(graph)));
      });

      it(`${writer}: the edge part reads no position, so it may be written before the layout (${name} graph)`, () => {
        const graph = make();
        const before = text(parts(graph).edges());
        graph.forEachNode((key) => graph.mergeNodeAttributes(key, { x: 1234.5, y: -3 }));
        const after = parts(graph);
        expect(text(after.edges())).toBe(before);
        // The node part does read them: the test would pass vacuously if no position were written at all.
        expect(text(after.nodes())).toContain('1234.5');
      });
    }
  }

  it('refuses an unknown GEXF version when the parts are asked for', () => {
    expect(() => gexfParts(newsGraph(), { version: '2.0' as never })).toThrowError(/unknown GEXF version "2.0"/);
  });
});
