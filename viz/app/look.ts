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
  /** What every size is multiplied by so the nodes fit the view (fitToView); 1 for all but large graphs. */
  fit: number;
}

/**
 * The share of the view the nodes' discs may cover at first sight. Sizes are
 * screen pixels, so a corpus drawn at its degree sizes covered the view over
 * and over (the 946 CoNLL-2003 articles: 6,290 discs, about twice the area of
 * the view, in one ball). Scaled down to this share, hubs and clusters show,
 * and zooming in spreads them apart.
 */
const COVER = 0.15;
/** No node is drawn smaller than this many pixels, however large the graph. */
const MIN_FITTED_SIZE = 1.5;

/**
 * The factor that brings the discs of `sizes` (radii in pixels) down to
 * COVER of a view of `viewArea` square pixels; 1 when they fit already. An
 * unknown view (no area yet) changes nothing.
 */
export function fitToView(sizes: Iterable<number>, viewArea: number): number {
  if (!(viewArea > 0)) return 1;
  let discs = 0;
  for (const size of sizes) discs += Math.PI * size * size;
  return discs <= COVER * viewArea ? 1 : Math.sqrt((COVER * viewArea) / discs);
}

export function nodeColor(attributes: NodeData, colorBy: ColorBy, community: number | undefined): string {
  if (colorBy === 'community' && community !== undefined) return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length] as string;
  return colorForType(attributes.type);
}

/** PageRank sizes span the same range as degree sizes, so switching keeps the picture's scale. */
export function nodeSize(attributes: NodeData, sizeBy: SizeBy, scale: SizeScale): number {
  const size =
    sizeBy === 'pagerank' && scale.maxPagerank > 0
      ? MIN_NODE_SIZE + (scale.maxDegreeSize - MIN_NODE_SIZE) * Math.sqrt(attributes.pagerank / scale.maxPagerank)
      : sizeForDegree(attributes.degree);
  return scale.fit === 1 ? size : Math.max(MIN_FITTED_SIZE, size * scale.fit);
}
