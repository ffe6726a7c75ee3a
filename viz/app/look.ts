// How entities and relations look: colour by type (the exports' palette) or
// by community, size by degree or PageRank.
import { colorForType, MIN_NODE_SIZE, sizeForDegree } from '../../src/export/palette.js';
import type { NodeData } from './load.js';
import type { ColorBy, SizeBy } from './state.js';

export { colorForType };

/** Ten colours far enough apart to tell communities apart; more wrap around. */
const COMMUNITY_COLORS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4', '#b15928', '#6a3d9a'];

export const FADED_NODE = '#e4e4e7';
export const FADED_EDGE = '#f1f1f3';
export const EDGE_COLOR = '#a1a1aa';
export const COOCCURS_COLOR = '#d4d4d8';
export const NEGATED_COLOR = '#ef4444';
export const HIGHLIGHT_EDGE = '#3f3f46';

export interface SizeScale {
  maxPagerank: number;
  maxDegreeSize: number;
}

export function nodeColor(attributes: NodeData, colorBy: ColorBy, community: number | undefined): string {
  if (colorBy === 'community' && community !== undefined) return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length] as string;
  return colorForType(attributes.type);
}

/** PageRank sizes span the same range as degree sizes, so switching keeps the picture's scale. */
export function nodeSize(attributes: NodeData, sizeBy: SizeBy, scale: SizeScale): number {
  if (sizeBy === 'pagerank' && scale.maxPagerank > 0) {
    return MIN_NODE_SIZE + (scale.maxDegreeSize - MIN_NODE_SIZE) * Math.sqrt(attributes.pagerank / scale.maxPagerank);
  }
  return sizeForDegree(attributes.degree);
}
