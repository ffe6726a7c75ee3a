import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { NewsGraph } from '../../src/graph/build.js';
import { LARGE_GRAPH_NODES, assignLayout, unitHash } from '../../src/graph/layout.js';
import { placeAmongKept, type Position } from '../../src/graph/place.js';

/** A graph of `count` people in a chain, each tied to the next, plus any extra edges given. */
function chain(count: number, extra: Array<[string, string]> = []): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph();
  const key = (n: number) => `person:p${String(n).padStart(5, '0')}`;
  for (let n = 0; n < count; n++) graph.addNode(key(n), { label: key(n), type: 'person', aliases: [], mentions: 1, docs: ['d'] });
  const edges: Array<[string, string]> = [];
  for (let n = 0; n + 1 < count; n++) edges.push([key(n), key(n + 1)]);
  for (const [source, target] of [...edges, ...extra]) {
    for (const end of [source, target]) {
      if (!graph.hasNode(end)) graph.addNode(end, { label: end, type: 'person', aliases: [], mentions: 1, docs: ['d'] });
    }
    graph.addDirectedEdgeWithKey(`cooccurs:${source}->${target}`, source, target, {
      type: 'cooccurs', predicate: '', evidence: [], confidence: 0.5, weight: 1, method: 'cooccurrence',
    });
  }
  return graph;
}

function positionsOf(graph: NewsGraph): Map<string, Position> {
  const out = new Map<string, Position>();
  graph.forEachNode((key, a) => out.set(key, { x: a.x!, y: a.y! }));
  return out;
}

const distance = (a: Position, b: Position) => Math.hypot(a.x - b.x, a.y - b.y);

describe('placeAmongKept', () => {
  const kept = new Map<string, Position>([
    ['person:p00000', { x: 0, y: 0 }],
    ['person:p00001', { x: 100, y: 0 }],
    ['person:p00002', { x: 100, y: 100 }],
  ]);

  it('leaves kept nodes exactly where they were', () => {
    const placed = placeAmongKept(chain(3, [['person:p00002', 'person:new']]), kept, unitHash);
    for (const [key, position] of kept) expect(placed.get(key)).toEqual(position);
  });

  it('puts a new node beside the nodes it is linked to, not on top of them', () => {
    const placed = placeAmongKept(chain(3, [['person:p00001', 'person:new'], ['person:new', 'person:p00002']]), kept, unitHash);
    const at = placed.get('person:new')!;
    const between = { x: 100, y: 50 };
    expect(distance(at, between)).toBeLessThan(60);
    for (const key of ['person:p00001', 'person:p00002']) expect(distance(at, placed.get(key)!)).toBeGreaterThan(1);
  });

  it('places a node linked only to new nodes once they are placed, and unlinked ones round the edge', () => {
    const graph = chain(3, [['person:p00002', 'person:a-new'], ['person:a-new', 'person:b-new']]);
    graph.addNode('person:alone', { label: 'alone', type: 'person', aliases: [], mentions: 1, docs: ['d'] });
    const placed = placeAmongKept(graph, kept, unitHash);
    expect(distance(placed.get('person:b-new')!, placed.get('person:a-new')!)).toBeLessThan(60);
    const centre = { x: 200 / 3, y: 100 / 3 };
    const farthestKept = Math.max(...[...kept.values()].map((p) => distance(p, centre)));
    expect(distance(placed.get('person:alone')!, centre)).toBeGreaterThan(farthestKept);
  });

  it('gives the same positions whatever order the graph was built in', () => {
    const forward = chain(3, [['person:p00002', 'person:x'], ['person:x', 'person:y']]);
    const backward: NewsGraph = new MultiDirectedGraph();
    for (const node of [...forward.nodes()].reverse()) backward.addNode(node, forward.getNodeAttributes(node));
    for (const edge of [...forward.edges()].reverse()) {
      backward.addDirectedEdgeWithKey(edge, forward.source(edge), forward.target(edge), forward.getEdgeAttributes(edge));
    }
    expect(placeAmongKept(backward, kept, unitHash)).toEqual(placeAmongKept(forward, kept, unitHash));
  });
});

describe('assignLayout with kept positions', () => {
  it('lays out afresh when nothing is kept', () => {
    const [a, b] = [chain(30), chain(30)];
    assignLayout(a);
    assignLayout(b, new Map());
    expect(positionsOf(b)).toEqual(positionsOf(a));
  });

  it('moves no kept node, even where a small graph runs ForceAtlas2 over the new ones', () => {
    const before = chain(30);
    assignLayout(before);
    const kept = positionsOf(before);
    const grown = chain(30, [['person:p00029', 'person:q1'], ['person:q1', 'person:q2'], ['person:q2', 'person:p00000']]);
    assignLayout(grown, kept);
    const after = positionsOf(grown);
    for (const [key, position] of kept) expect(after.get(key), key).toEqual(position);
    expect(after.get('person:q1')).not.toEqual(after.get('person:q2'));
  });

  it('places few new nodes in a large graph without running the layout again', () => {
    const count = LARGE_GRAPH_NODES + 10;
    const kept = new Map<string, Position>();
    for (let n = 0; n < count; n++) kept.set(`person:p${String(n).padStart(5, '0')}`, { x: n, y: 2 * n });
    const grown = chain(count, [['person:p00005', 'person:new']]);
    assignLayout(grown, kept);
    const after = positionsOf(grown);
    for (const [key, position] of kept) expect(after.get(key)).toEqual(position);
    const placed = placeAmongKept(grown, kept, unitHash).get('person:new')!;
    expect(after.get('person:new')).toEqual({ x: Math.round(placed.x * 1000) / 1000, y: Math.round(placed.y * 1000) / 1000 });
  });
});
