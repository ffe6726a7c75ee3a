// ForceAtlas2 straight on its matrices. The package's synchronous layout takes
// a graphology graph and turns it into two flat Float32Arrays (ten numbers per
// node, three per edge) before iterating; a layout job is already flat data
// (./layout.ts), and building a 6,000-node graph only for that conversion
// took a tenth of the run. This fills the matrices as the package's own
// graphToByteArrays (helpers.js, version 0.10) does and calls its iterate
// step, so the positions are the very same numbers (a test runs both ways).
import iterateModule from 'graphology-layout-forceatlas2/iterate.js';
import defaultsModule from 'graphology-layout-forceatlas2/defaults.js';

type Settings = Record<string, unknown>;
type Iterate = (settings: Settings, nodes: Float32Array, edges: Float32Array) => void;

// CommonJS files: the default import is module.exports in Node, wrapped by some bundlers.
function unwrap<T>(imported: unknown): T {
  return ((imported as { default?: T }).default ?? imported) as T;
}
const iterate = unwrap<Iterate>(iterateModule);
const DEFAULT_SETTINGS = unwrap<Settings>(defaultsModule);

// The package's matrix layout: per node x, y, dx, dy, old dx, old dy, mass,
// convergence, size, fixed; per edge the source's and target's offsets into
// the node matrix, and the weight.
const NODE_FIELDS = 10;
const EDGE_FIELDS = 3;

export interface ForceAtlas2Input {
  x: readonly number[];
  y: readonly number[];
  fixed: readonly boolean[];
  /** Per edge, the source's and target's index among the nodes. */
  sources: readonly number[];
  targets: readonly number[];
  weights: ReadonlyArray<number | undefined>;
  iterations: number;
  /** Over the package's defaults, as its `settings` parameter. */
  settings: Settings;
}

/** The end positions, in node order. */
export function runForceAtlas2(input: ForceAtlas2Input): { x: number[]; y: number[] } {
  const order = input.x.length;
  const nodes = new Float32Array(order * NODE_FIELDS);
  for (let i = 0; i < order; i++) {
    const at = i * NODE_FIELDS;
    nodes[at] = input.x[i]!;
    nodes[at + 1] = input.y[i]!;
    nodes[at + 6] = 1; // mass, to which each edge adds its weight below
    nodes[at + 7] = 1; // convergence
    nodes[at + 8] = 1; // size: the job's nodes have none
    nodes[at + 9] = input.fixed[i] ? 1 : 0;
  }
  const edges = new Float32Array(input.sources.length * EDGE_FIELDS);
  for (let e = 0; e < input.sources.length; e++) {
    const source = input.sources[e]! * NODE_FIELDS;
    const target = input.targets[e]! * NODE_FIELDS;
    const weight = edgeWeight(input.weights[e]);
    nodes[source + 6] = nodes[source + 6]! + weight;
    nodes[target + 6] = nodes[target + 6]! + weight;
    edges[e * EDGE_FIELDS] = source;
    edges[e * EDGE_FIELDS + 1] = target;
    edges[e * EDGE_FIELDS + 2] = weight;
  }
  const settings = { ...DEFAULT_SETTINGS, ...input.settings };
  for (let i = 0; i < input.iterations; i++) iterate(settings, nodes, edges);
  const x = new Array<number>(order);
  const y = new Array<number>(order);
  for (let i = 0; i < order; i++) {
    x[i] = nodes[i * NODE_FIELDS]!;
    y[i] = nodes[i * NODE_FIELDS + 1]!;
  }
  return { x, y };
}

/** As graphology's weight getter reads an edge's weight: a number, else 1. */
function edgeWeight(value: number | undefined): number {
  return typeof value !== 'number' || Number.isNaN(value) ? 1 : value;
}
