// How a node looks when the graph carries no styling of its own. Exported so
// the viewer draws the same colours as Gephi shows for an exported file.
import type { NodeType } from '../types.js';

export const NODE_TYPE_COLORS: Readonly<Record<NodeType, string>> = {
  person: '#4e79a7',
  organisation: '#f28e2b',
  place: '#59a14f',
  group: '#e15759',
  document: '#9c9c9c',
};

/** For a node whose type is outside the contract (an older or hand-made file). */
export const UNKNOWN_TYPE_COLOR = '#bab0ac';

export function colorForType(type: unknown): string {
  return typeof type === 'string' && Object.hasOwn(NODE_TYPE_COLORS, type)
    ? NODE_TYPE_COLORS[type as NodeType]
    : UNKNOWN_TYPE_COLOR;
}

// Area grows with degree, so the radius grows with its square root; the floor
// keeps isolated nodes visible.
export const MIN_NODE_SIZE = 4;
export const NODE_SIZE_PER_SQRT_DEGREE = 2;

export function sizeForDegree(degree: number): number {
  const size = MIN_NODE_SIZE + NODE_SIZE_PER_SQRT_DEGREE * Math.sqrt(Math.max(0, degree));
  return Math.round(size * 1000) / 1000;
}
