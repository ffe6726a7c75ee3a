// The messages between the page and its layout worker, and the matrix
// layout ForceAtlas2's iteration reads: per node 10 numbers (x, y, dx, dy,
// old dx, old dy, mass, convergence, size, fixed), per edge 3 (source
// offset, target offset, weight).
import type { ViewGraph } from './load.js';

export const PER_NODE = 10;
export const PER_EDGE = 3;

export interface LayoutSettings {
  linLogMode: boolean;
  outboundAttractionDistribution: boolean;
  adjustSizes: boolean;
  edgeWeightInfluence: number;
  scalingRatio: number;
  strongGravityMode: boolean;
  gravity: number;
  slowDown: number;
  barnesHutOptimize: boolean;
  barnesHutTheta: number;
}

export type ToWorker =
  | { kind: 'start'; nodes: ArrayBuffer; edges: ArrayBuffer; settings: LayoutSettings }
  /** The page has drawn the last positions and can take the next. */
  | { kind: 'send' }
  /** Stop iterating and send the last positions. */
  | { kind: 'stop' };

export interface FromWorker {
  kind: 'positions';
  /** x, y per node, in the graph's node order. */
  xy: Float32Array;
  iterations: number;
  final: boolean;
}

/** The graph as ForceAtlas2's matrices; a node's mass is 1 plus its weighted degree. */
export function toMatrices(graph: ViewGraph): { nodes: Float32Array<ArrayBuffer>; edges: Float32Array<ArrayBuffer> } {
  const nodes = new Float32Array(graph.order * PER_NODE);
  const edges = new Float32Array(graph.size * PER_EDGE);
  const offset = new Map<string, number>();
  let at = 0;
  graph.forEachNode((node, a) => {
    offset.set(node, at);
    nodes[at] = a.x;
    nodes[at + 1] = a.y;
    nodes[at + 6] = 1;
    nodes[at + 7] = 1;
    nodes[at + 8] = a.size || 1;
    at += PER_NODE;
  });
  at = 0;
  graph.forEachEdge((_edge, a, source, target) => {
    const s = offset.get(source) as number;
    const t = offset.get(target) as number;
    nodes[s + 6] = (nodes[s + 6] as number) + a.weight;
    nodes[t + 6] = (nodes[t + 6] as number) + a.weight;
    edges[at] = s;
    edges[at + 1] = t;
    edges[at + 2] = a.weight;
    at += PER_EDGE;
  });
  return { nodes, edges };
}
