// Positions for a graph that already has a picture: the nodes that had a
// position keep it, and each new node is put beside the nodes it is linked
// to. A corpus that grows by an article a day then keeps its picture, so a
// reader finds the actors where they were yesterday, and the layout costs
// nothing when a few nodes are new (a full ForceAtlas2 run on a 1,000-article
// graph takes over a second).
//
// Deterministic: new nodes are placed in key order, each from the positions
// known at that point, with an offset taken from a hash of its key.
import type { NewsGraph } from './build.js';
import { compareStrings } from '../export/canonical.js';

export interface Position {
  x: number;
  y: number;
}

export type Positions = Map<string, Position>;

/** Positions for every node: `kept` where it has one, a placement beside the node's neighbours otherwise. */
export function placeAmongKept(graph: NewsGraph, kept: ReadonlyMap<string, Position>, hash: (key: string, basis: number) => number): Positions {
  const positions: Positions = new Map();
  const waiting: string[] = [];
  for (const key of graph.nodes().sort(compareStrings)) {
    const position = kept.get(key);
    if (position) positions.set(key, { x: position.x, y: position.y });
    else waiting.push(key);
  }
  const { centre, spread } = extent(positions);
  // About a tenth of the picture's spread: near enough to read as belonging
  // to its neighbours, far enough not to sit on one of them.
  const offset = Math.max(1, spread / 10);
  let left = waiting;
  // A node linked only to other new nodes is placed once one of them is;
  // each pass places at least one node or stops.
  while (left.length > 0) {
    const next: string[] = [];
    for (const key of left) {
      const anchor = neighbourCentre(graph, key, positions);
      if (anchor) positions.set(key, jitter(anchor, key, offset, hash));
      else next.push(key);
    }
    if (next.length === left.length) break;
    left = next;
  }
  // What is linked to nothing placed (a new article about new people) goes
  // round the edge of the picture, each node at its own hashed angle.
  for (const key of left) {
    const angle = 2 * Math.PI * hash(key, 0x9e3779b9);
    const radius = spread * (1.1 + 0.2 * hash(key, 0x811c9dc5)) + offset;
    positions.set(key, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  }
  return positions;
}

/** The weighted mean position of a node's placed neighbours, or undefined when none is placed. */
function neighbourCentre(graph: NewsGraph, key: string, positions: ReadonlyMap<string, Position>): Position | undefined {
  let x = 0;
  let y = 0;
  let total = 0;
  // In edge-key order: a sum's last digit depends on order, and a graph changed in place has its own.
  for (const edge of graph.edges(key).sort(compareStrings)) {
    const other = positions.get(graph.opposite(key, edge));
    if (!other) continue;
    const attributes = graph.getEdgeAttributes(edge);
    const weight = attributes.weight > 0 ? attributes.weight : 1;
    x += weight * other.x;
    y += weight * other.y;
    total += weight;
  }
  return total === 0 ? undefined : { x: x / total, y: y / total };
}

function jitter(anchor: Position, key: string, offset: number, hash: (key: string, basis: number) => number): Position {
  const angle = 2 * Math.PI * hash(key, 0x9e3779b9);
  const distance = offset * (0.5 + hash(key, 0x811c9dc5));
  return { x: anchor.x + distance * Math.cos(angle), y: anchor.y + distance * Math.sin(angle) };
}

/** The centre of the placed nodes and their root-mean-square distance from it (0 when none). */
function extent(positions: ReadonlyMap<string, Position>): { centre: Position; spread: number } {
  if (positions.size === 0) return { centre: { x: 0, y: 0 }, spread: 0 };
  let x = 0;
  let y = 0;
  for (const p of positions.values()) {
    x += p.x;
    y += p.y;
  }
  const centre = { x: x / positions.size, y: y / positions.size };
  let squares = 0;
  for (const p of positions.values()) squares += (p.x - centre.x) ** 2 + (p.y - centre.y) ** 2;
  return { centre, spread: Math.sqrt(squares / positions.size) };
}

