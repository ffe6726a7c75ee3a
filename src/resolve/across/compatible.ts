// Which keys may be one entity at all. Types must agree, except that an
// organisation and a group are the same kind of actor typed two ways (one
// article's "ISIS" group is another's organisation); the surviving key settles it.
import type { EntityType } from '../../types.js';
import { consonantSkeleton } from './forms.js';
import { foldName } from '../normalise.js';

const ACTORS: ReadonlySet<EntityType> = new Set<EntityType>(['organisation', 'group']);

export function typesAgree(a: EntityType, b: EntityType): boolean {
  return a === b || (ACTORS.has(a) && ACTORS.has(b));
}

/** Subtracted from a pair's score when its types differ but agree. */
export const TYPE_MISMATCH_PENALTY = 0.1;

/**
 * Two full names of people that can name one person: the same surname (up
 * to transliteration) and first names that are equal, transliterations, or
 * an initial of the other. "John Smith" and "Anna Smith" cannot.
 */
export function samePersonName(a: string, b: string): boolean {
  const x = foldName(a).split(' ');
  const y = foldName(b).split(' ');
  if (x.length < 2 || y.length < 2) return true; // a single name conflicts with nobody by itself
  const last = (w: string[]) => consonantSkeleton(w[w.length - 1]!);
  if (last(x) !== last(y)) return false;
  const [f, g] = [x[0]!, y[0]!];
  if (f.length === 1 || g.length === 1) return f[0] === g[0];
  return consonantSkeleton(f) === consonantSkeleton(g);
}
