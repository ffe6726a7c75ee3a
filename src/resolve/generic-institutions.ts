// Institution names every country uses ("Foreign Ministry", "Parliament",
// "Supreme Court"): a bare one names no particular body. Kept apart from
// institutions.ts, which reads the gazetteer, so that resolution across
// articles can ask without loading it.
import { foldName } from './normalise.js';

/** Institution names that every country uses (folded); "X Ministry" and "Ministry of X" too. */
const GENERIC_NAMES: ReadonlySet<string> = new Set([
  'ministry', 'foreign office', 'home office', 'parliament', 'senate', 'national assembly', 'cabinet', 'government',
  'supreme court', 'constitutional court', 'high court', 'central bank', 'national bank', 'police', 'national police',
  'army', 'navy', 'air force', 'military', 'embassy', 'stock exchange', 'customs', 'treasury', 'interior', 'election commission',
]);
const GENERIC_SHAPES = [/^[a-z]+ ministry$/, /^ministry of [a-z ]+$/];

export function isGenericInstitution(label: string): boolean {
  const folded = foldName(label);
  return GENERIC_NAMES.has(folded) || GENERIC_SHAPES.some((shape) => shape.test(folded));
}
