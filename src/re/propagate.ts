// "Bethany , Conn." names one place twice over: a person who lives in Bethany
// lives in Connecticut too, and a company based in Bethany is based in
// Connecticut. CoNLL04 annotates both (in train, 10 of 12 Live_In and 20 of 21
// OrgBased_In relations to the first place of such a pair also hold for the
// second, and every one to the second holds for the first), while the
// classifier, reading each pair on its own, often finds only one. So a
// relation to either place of an "A , B" pair is copied to the other.
import type { SpertEntity } from './spert.js';

export interface PropagatedRelation {
  type: string;
  head: number;
  tail: number;
  confidence: number;
}

/** Relation types that follow a place into the place it lies in. */
export const FOLLOWS_PLACE: ReadonlySet<string> = new Set(['Live_In', 'OrgBased_In']);

/** Pairs [a, b] of place entities written "a , b" (b right after a comma after a). */
export function commaPlacePairs(tokens: readonly string[], entities: readonly SpertEntity[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  entities.forEach((a, i) => {
    if (a.type !== 'Loc' || tokens[a.end] !== ',') return;
    const j = entities.findIndex((b) => b.type === 'Loc' && b.start === a.end + 1);
    if (j >= 0) out.push([i, j]);
  });
  return out;
}

/** The relations plus their copies across comma-joined places, each once. */
export function propagateAcrossPlaces<R extends PropagatedRelation>(
  tokens: readonly string[],
  entities: readonly SpertEntity[],
  relations: readonly R[],
  copy: (from: R, tail: number) => R,
): R[] {
  const out = [...relations];
  const has = (type: string, head: number, tail: number) => out.some((r) => r.type === type && r.head === head && r.tail === tail);
  for (const [a, b] of commaPlacePairs(tokens, entities)) {
    for (const r of relations) {
      if (!FOLLOWS_PLACE.has(r.type)) continue;
      const other = r.tail === a ? b : r.tail === b ? a : -1;
      if (other >= 0 && other !== r.head && !has(r.type, r.head, other)) out.push(copy(r, other));
    }
  }
  return out;
}
