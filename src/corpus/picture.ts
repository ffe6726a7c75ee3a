// What an export keeps of its picture for the next one (the store's
// layout_positions, src/store/positions.ts): every node's position, which
// are new, and whether anything needs writing. Shared by `export` and
// `watch`, which save it through their own connection to the store.
import type { NewsGraph, Position } from '../graph/index.js';
import { documentKey } from '../relations/metadata.js';
import type { Extraction } from '../types.js';

export interface PictureUpdate {
  positions: Map<string, Position>;
  /** Keys whose kept positions stay though they are not nodes now (savePositions' alsoLive). */
  alsoLive: Set<string>;
  /** Replace every kept position: a fresh layout. */
  replace: boolean;
  /** Whether the store needs writing at all (a node is new, or a kept one is gone for good). */
  needed: boolean;
  /** For the command's report: "picture: ...". */
  summary: string;
}

export function pictureUpdate(
  graph: NewsGraph,
  extractions: readonly Extraction[],
  kept: ReadonlyMap<string, Position>,
  relayout: boolean,
  alsoLive: Set<string> = liveKeys(extractions),
): PictureUpdate {
  const positions = new Map<string, Position>();
  graph.forEachNode((key, attributes) => positions.set(key, { x: attributes.x ?? 0, y: attributes.y ?? 0 }));
  const placed = graph.filterNodes((key) => !kept.has(key)).length;
  const stale = [...kept.keys()].some((key) => !positions.has(key) && !alsoLive.has(key));
  const fresh = relayout || kept.size === 0;
  const laidOut = fresh ? 'laid out afresh' : `${placed === 0 ? 'no' : placed} new node${placed === 1 ? '' : 's'} placed, the rest kept where they were`;
  return { positions, alsoLive, replace: fresh, needed: relayout || placed > 0 || stale, summary: `picture: ${laidOut}` };
}

/** The stored articles' own entity and document keys (savePositions' alsoLive). */
export function liveKeys(extractions: readonly Extraction[]): Set<string> {
  const keys = new Set<string>();
  for (const { doc, entities } of extractions) {
    keys.add(documentKey(doc));
    for (const entity of entities) keys.add(entity.key);
  }
  return keys;
}
