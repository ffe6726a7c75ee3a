// A seeded ForceAtlas2 layout: the same graph gets the same positions, so an
// export opens in Gephi or the viewer looking the same every time.
//
// Two regimes. A graph of up to LARGE_GRAPH_NODES nodes (one article, a few
// dozen nodes) keeps the exact layout it always had: nodes start on a circle
// in key order and ForceAtlas2 runs up to 200 exact iterations. Exact
// repulsion costs nodes² per iteration: 200 iterations took 0.13 s at 200
// nodes, 2.4 s at 1,000 and 8.9 s at 2,000, so a 220-article corpus (1,951
// nodes) spent 6 s of its 9 s build there. A larger graph changes three
// things, each measured on the 946-article corpus graph (~6,300 nodes and
// ~25,000 edges; bench/corpus/README.md):
// - Barnes-Hut with a coarser theta (1.2, not 0.5): the repulsion of a far
//   group of nodes is taken from its centre of mass. Per iteration this cut
//   the time by three with no visible change.
// - slowDown 2 instead of 1 + ln(nodes) (~9.8 there): nodes settle in tens of
//   iterations rather than hundreds; with a fixed budget of iterations the
//   result is much closer to a long, careful run.
// - Start positions scattered over a disc by a hash of each key instead of
//   on a circle in key order: keys begin with the type, so the circle puts
//   all persons on one arc and all places on another, and a short run keeps
//   that split, which looks like structure and is not.
// Its iterations come from a budget in (nodes + edges) units, at least
// MIN_LARGE_ITERATIONS: the layout's cost grows about linearly with the
// graph, and the viewer can refine positions live.
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { NewsGraph } from './build.js';
import { compareStrings } from '../export/canonical.js';
import { placeAmongKept, type Position, type Positions } from './place.js';
import { runForceAtlas2 } from './forceatlas2-run.js';

// The package is CommonJS typed with `export default`: under NodeNext the
// default import is module.exports at run time but typed as the namespace,
// and bundlers differ again. Unwrapping once covers both; the explicit type
// says what this file uses, so every resolver agrees on it.
interface ForceAtlas2 {
  /** The package's settings for a graph of this many nodes. */
  inferSettings(order: number): Record<string, unknown>;
}
function unwrap<T>(imported: unknown): T {
  return ((imported as { default?: T }).default ?? imported) as T;
}
const forceAtlas2 = unwrap<ForceAtlas2>(forceAtlas2Module);

/**
 * Above this many nodes the large-graph regime applies. ForceAtlas2's own
 * inferSettings turns Barnes-Hut on only above 2,000; the exact runs
 * measured above say much earlier (Barnes-Hut's 60 iterations: 0.03 s at
 * 200 nodes, 0.35 s at 2,000).
 */
export const LARGE_GRAPH_NODES = 200;

// Small graphs: exact repulsion, (nodes + edges) × iterations ≈ 1.2 M.
const MAX_SMALL_ITERATIONS = 200;
const MIN_SMALL_ITERATIONS = 30;
const SMALL_BUDGET = 1_200_000;

// Large graphs: 60 iterations for the 946-article graph (~31,000 nodes +
// edges, about a second), fewer for bigger graphs, never under 20.
const MAX_LARGE_ITERATIONS = 60;
const MIN_LARGE_ITERATIONS = 20;
const LARGE_BUDGET = 1_900_000;
const LARGE_SETTINGS = { barnesHutOptimize: true, barnesHutTheta: 1.2, slowDown: 2 };

/** How many ForceAtlas2 iterations a graph of this size gets. */
export function layoutIterations(order: number, size: number): number {
  const work = Math.max(1, order + size);
  const [min, max, budget] =
    order > LARGE_GRAPH_NODES
      ? [MIN_LARGE_ITERATIONS, MAX_LARGE_ITERATIONS, LARGE_BUDGET]
      : [MIN_SMALL_ITERATIONS, MAX_SMALL_ITERATIONS, SMALL_BUDGET];
  return Math.max(min, Math.min(max, Math.round(budget / work)));
}

/**
 * Share of new nodes above which a graph with kept positions runs
 * ForceAtlas2 over its new nodes (the kept ones held still). Under it the
 * new nodes stay where ./place.ts put them: beside their neighbours, which is
 * where a short run would take them, at no cost.
 */
export const REFINE_NEW_SHARE = 0.05;

/**
 * Sets x and y (rounded to 3 decimals) on every node. With `kept` positions
 * (a store's picture from an earlier export), the nodes found there keep
 * theirs exactly and only the others are placed; without, the whole graph is
 * laid out from its start positions.
 */
export function assignLayout(graph: NewsGraph, kept?: ReadonlyMap<string, Position>): void {
  const plan = planLayout(graph, kept);
  finishLayout(graph, plan, plan.job ? runLayoutJob(plan.job) : undefined);
}

/**
 * A layout in two halves, so that ForceAtlas2 (the long part) can run on
 * another thread: the start positions, and the ForceAtlas2 run still to do
 * on them, if any, as plain data.
 */
export interface LayoutPlan {
  positions: Positions;
  job?: LayoutJob;
}

/**
 * What a ForceAtlas2 run reads, as plain data (structured-clone safe): nodes
 * and edges in key order, each node's start and whether it is held still.
 */
export interface LayoutJob {
  keys: string[];
  x: number[];
  y: number[];
  fixed: boolean[];
  sources: number[];
  targets: number[];
  weights: Array<number | undefined>;
  iterations: number;
  settings: Record<string, unknown>;
}

/** Start positions for every node, and the ForceAtlas2 run to make on them (none when placing among kept nodes is enough). */
export function planLayout(graph: NewsGraph, kept?: ReadonlyMap<string, Position>): LayoutPlan {
  const large = graph.order > LARGE_GRAPH_NODES;
  if (kept !== undefined && kept.size > 0) {
    const positions = placeAmongKept(graph, kept, unitHash);
    const fresh = graph.filterNodes((key) => !kept.has(key)).length;
    const refine = fresh > 0 && (!large || fresh > REFINE_NEW_SHARE * graph.order);
    return refine ? { positions, job: layoutJob(graph, positions, large, kept) } : { positions };
  }
  const positions = large ? scatterPositions(graph) : circlePositions(graph);
  return graph.order > 1 ? { positions, job: layoutJob(graph, positions, large) } : { positions };
}

/** Sets the plan's positions on the graph, moved by the job's result (x and y per key, in the job's order) when it had one. */
export function finishLayout(graph: NewsGraph, plan: LayoutPlan, result?: { x: ArrayLike<number>; y: ArrayLike<number> }): void {
  const { positions, job } = plan;
  if (job && !result) throw new Error('finishLayout: the plan has a ForceAtlas2 run and no result was given');
  if (job && result) job.keys.forEach((key, i) => positions.set(key, { x: result.x[i] ?? 0, y: result.y[i] ?? 0 }));
  for (const [key, { x, y }] of positions) graph.mergeNodeAttributes(key, { x: round(x, 3), y: round(y, 3) });
}

/** The ForceAtlas2 run from `positions`; nodes in `held` do not move. */
function layoutJob(graph: NewsGraph, positions: Positions, large: boolean, held?: ReadonlyMap<string, Position>): LayoutJob {
  // ForceAtlas2 sums forces in the graph's own node and edge order, and
  // floating-point sums depend on order: it runs on a copy with nodes and
  // edges in key order, so the same graph gets the same layout however it
  // was put together (a build, the store's export) and wherever it runs.
  const keys = [...positions.keys()].sort(compareStrings);
  const index = new Map(keys.map((key, i) => [key, i]));
  const edges = graph.edges().sort(compareStrings);
  return {
    keys,
    x: keys.map((key) => positions.get(key)!.x),
    y: keys.map((key) => positions.get(key)!.y),
    fixed: keys.map((key) => held?.has(key) ?? false),
    sources: edges.map((edge) => index.get(graph.source(edge))!),
    targets: edges.map((edge) => index.get(graph.target(edge))!),
    weights: edges.map((edge) => graph.getEdgeAttribute(edge, 'weight')),
    iterations: layoutIterations(graph.order, graph.size),
    settings: large ? LARGE_SETTINGS : {},
  };
}

/** Runs a plan's ForceAtlas2 job: the end position of each key, in the job's order. Pure, so a worker thread can run it. */
export function runLayoutJob(job: LayoutJob): { x: number[]; y: number[] } {
  return runForceAtlas2({ ...job, settings: { ...forceAtlas2.inferSettings(job.keys.length), gravity: 1, scalingRatio: 10, ...job.settings } });
}

/** Start positions on a circle in key order: deterministic, and a fair start for a small graph. */
function circlePositions(graph: NewsGraph): Positions {
  const keys = graph.nodes().sort(compareStrings);
  return new Map(
    keys.map((key, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, keys.length);
      return [key, { x: round(100 * Math.cos(angle), 6), y: round(100 * Math.sin(angle), 6) }];
    }),
  );
}

/**
 * Positions spread evenly over a disc, each from a hash of the node key alone:
 * deterministic, independent of insertion order and of the other keys, and
 * with no arc per type. The radius gives each node about the same room
 * whatever the graph's size.
 */
function scatterPositions(graph: NewsGraph): Positions {
  const radius = 10 * Math.sqrt(graph.order);
  return new Map(
    graph
      .nodes()
      .sort(compareStrings)
      .map((key) => {
        const r = radius * Math.sqrt(unitHash(key, 0x811c9dc5));
        const angle = 2 * Math.PI * unitHash(key, 0x9e3779b9);
        return [key, { x: round(r * Math.cos(angle), 6), y: round(r * Math.sin(angle), 6) }];
      }),
  );
}

/**
 * FNV-1a over the UTF-16 code units of `text`, started from `basis`, then
 * MurmurHash3's finaliser (so two bases give unrelated values and every bit
 * counts), as a number in [0, 1).
 */
export function unitHash(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
