import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { NewsGraph } from '../../src/graph/build.js';
import { LARGE_GRAPH_NODES, assignLayout, finishLayout, layoutIterations, planLayout, runLayoutJob, unitHash } from '../../src/graph/layout.js';

/** A ring of `nodes` entities, each also tied to the node `stride` ahead, added in the given order. */
function ringGraph(nodes: number, stride: number, reversed = false): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph();
  const keys = Array.from({ length: nodes }, (_, n) => `${['person', 'place', 'group'][n % 3]}:n${String(n).padStart(5, '0')}`);
  const order = reversed ? [...keys].reverse() : keys;
  for (const key of order) graph.addNode(key, { label: key, type: 'person', aliases: [key], mentions: 1, docs: ['d'] });
  const edges: Array<[string, string]> = [];
  keys.forEach((key, n) => {
    edges.push([key, keys[(n + 1) % nodes]!], [key, keys[(n + stride) % nodes]!]);
  });
  for (const [source, target] of reversed ? edges.reverse() : edges) {
    graph.addDirectedEdgeWithKey(`cooccurs:${source}->${target}`, source, target, {
      type: 'cooccurs', predicate: '', evidence: [], confidence: 0.5, weight: 1, method: 'cooccurrence',
    });
  }
  return graph;
}

function positions(graph: NewsGraph): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const key of graph.nodes().sort()) {
    const { x, y } = graph.getNodeAttributes(key);
    out[key] = [x!, y!];
  }
  return out;
}

describe('layoutIterations', () => {
  it('keeps small graphs on the full budget, up to 200 iterations', () => {
    expect(layoutIterations(25, 83)).toBe(200);
    expect(layoutIterations(LARGE_GRAPH_NODES, 5_000)).toBe(200);
    expect(layoutIterations(LARGE_GRAPH_NODES, 20_000)).toBe(59);
    expect(layoutIterations(LARGE_GRAPH_NODES, 200_000)).toBe(30);
  });

  it('gives a corpus graph at most 60 iterations, fewer as it grows, never under 20', () => {
    // Exact repulsion costs nodes² per iteration: from a few hundred nodes, Barnes-Hut.
    expect(LARGE_GRAPH_NODES).toBeLessThanOrEqual(300);
    expect(layoutIterations(LARGE_GRAPH_NODES + 1, 5000)).toBe(60);
    expect(layoutIterations(6341, 24_751)).toBe(60);
    expect(layoutIterations(20_000, 80_000)).toBe(20);
    // Iterations × (nodes + edges) stays within the budget until the floor: cost grows linearly.
    expect(layoutIterations(12_000, 40_000) * 52_000).toBeLessThanOrEqual(1_900_000 + 52_000);
  });
});

describe('assignLayout', () => {
  it('is deterministic and independent of insertion order, for small and large graphs', () => {
    for (const nodes of [40, LARGE_GRAPH_NODES + 500]) {
      const first = ringGraph(nodes, 7);
      const second = ringGraph(nodes, 7, true);
      assignLayout(first);
      assignLayout(second);
      expect(positions(second)).toEqual(positions(first));
    }
  });

  it('rounds positions to 3 decimals and spreads a large graph out', () => {
    const graph = ringGraph(LARGE_GRAPH_NODES + 500, 7);
    assignLayout(graph);
    const all = Object.values(positions(graph));
    for (const [x, y] of all) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 1000) / 1000).toBe(x);
    }
    const distinct = new Set(all.map(([x, y]) => `${x},${y}`));
    expect(distinct.size).toBe(all.length);
    // Neighbours along the ring end closer together than two nodes picked across it.
    const p = positions(graph);
    const keys = Object.keys(p);
    const distance = (a: string, b: string) => Math.hypot(p[a]![0] - p[b]![0], p[a]![1] - p[b]![1]);
    let neighbours = 0;
    let across = 0;
    keys.forEach((key, n) => {
      neighbours += distance(key, keys[(n + 1) % keys.length]!);
      across += distance(key, keys[(n + Math.floor(keys.length / 2)) % keys.length]!);
    });
    expect(neighbours).toBeLessThan(across / 2);
  });
});

describe('planLayout and finishLayout', () => {
  it('give what assignLayout gives, the job passing through structured cloning as a worker would receive it', () => {
    for (const nodes of [40, LARGE_GRAPH_NODES + 500]) {
      const whole = ringGraph(nodes, 7);
      assignLayout(whole);
      const split = ringGraph(nodes, 7, true);
      const plan = planLayout(split);
      expect(plan.job?.settings).toEqual(nodes > LARGE_GRAPH_NODES ? expect.objectContaining({ barnesHutOptimize: true }) : {});
      finishLayout(split, plan, runLayoutJob(structuredClone(plan.job!)));
      expect(positions(split)).toEqual(positions(whole));
    }
  });

  it('plan no ForceAtlas2 run when every node has a kept position, and refuse to finish a run without its result', () => {
    const graph = ringGraph(30, 4);
    const kept = new Map(graph.nodes().map((key, n) => [key, { x: n, y: -n }]));
    const placed = planLayout(graph, kept);
    expect(placed.job).toBeUndefined();
    finishLayout(graph, placed);
    expect(positions(graph)['person:n00003']).toEqual([3, -3]);
    const fresh = planLayout(ringGraph(30, 4));
    expect(() => finishLayout(ringGraph(30, 4), fresh)).toThrowError(/no result was given/);
  });
});

describe('unitHash', () => {
  it('maps keys into [0, 1), differently for each basis', () => {
    const values = ['person:a', 'person:b', 'place:a'].flatMap((key) => [unitHash(key, 1), unitHash(key, 2)]);
    for (const value of values) expect(value >= 0 && value < 1).toBe(true);
    expect(new Set(values).size).toBe(values.length);
  });
});
