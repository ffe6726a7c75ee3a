import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';
import { runForceAtlas2, type ForceAtlas2Input } from '../../src/graph/forceatlas2-run.js';

/** The package's public way: a graphology graph, laid out by forceAtlas2.assign. */
function throughTheGraph(input: ForceAtlas2Input): { x: number[]; y: number[] } {
  const graph = new MultiDirectedGraph();
  input.x.forEach((x, i) => graph.addNode(String(i), { x, y: input.y[i], ...(input.fixed[i] ? { fixed: true } : {}) }));
  input.sources.forEach((source, e) => graph.addDirectedEdgeWithKey(`e${e}`, String(source), String(input.targets[e]), { weight: input.weights[e] }));
  forceAtlas2.assign(graph, { iterations: input.iterations, settings: input.settings, getEdgeWeight: 'weight' });
  return { x: graph.mapNodes((_, a) => a.x as number), y: graph.mapNodes((_, a) => a.y as number) };
}

function randomInput(nodes: number, edgesPerNode: number, seed: number, settings: Record<string, unknown>): ForceAtlas2Input {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: Array<number | undefined> = [];
  for (let e = 0; e < nodes * edgesPerNode; e++) {
    const source = Math.floor(next() * nodes);
    sources.push(source);
    targets.push((source + 1 + Math.floor(next() * (nodes - 1))) % nodes);
    // Whole weights, a missing one and a NaN (both count as 1), and parallel edges from the draw.
    weights.push(e % 17 === 0 ? undefined : e % 23 === 0 ? Number.NaN : 1 + Math.floor(next() * 4));
  }
  return {
    x: Array.from({ length: nodes }, () => 100 * next() - 50),
    y: Array.from({ length: nodes }, () => 100 * next() - 50),
    fixed: Array.from({ length: nodes }, (_, i) => i % 11 === 0),
    sources,
    targets,
    weights,
    iterations: 15,
    settings,
  };
}

describe('runForceAtlas2', () => {
  it.each([
    ['exact repulsion', 60, { gravity: 1, scalingRatio: 10, slowDown: 1 + Math.log(60) }],
    ['Barnes-Hut, as corpus graphs', 400, { barnesHutOptimize: true, barnesHutTheta: 1.2, slowDown: 2, gravity: 1, scalingRatio: 10, strongGravityMode: true }],
  ])('gives the positions of the package laying out a graphology graph (%s)', (_, nodes, settings) => {
    const input = randomInput(nodes, 3, nodes, settings);
    const direct = runForceAtlas2(input);
    const reference = throughTheGraph(input);
    expect(direct.x).toEqual(reference.x);
    expect(direct.y).toEqual(reference.y);
    // Not vacuous: nodes moved, and held ones did not.
    expect(direct.x.filter((x, i) => x !== Math.fround(input.x[i]!)).length).toBeGreaterThan(nodes / 2);
    input.fixed.forEach((held, i) => {
      if (held) expect(direct.x[i]).toBe(Math.fround(input.x[i]!));
    });
  });
});
