// The alias table read in order into what holds now: which merges the user
// forces, which pairs may never meet, which keys stay out of automatic merges.
import type { AliasTable } from './alias-table.js';

export interface TableState {
  /** [from, into] in the order they were decided. */
  accepts: [string, string][];
  /** Unordered pairs, as `pairKey(a, b)`. */
  rejected: Set<string>;
  /** Keys that take part in no automatic merge. */
  isolated: Set<string>;
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export function readTable(table: AliasTable | null): TableState {
  // Last decision per pair wins; an accept remembers its direction.
  const pairs = new Map<string, { action: 'accept' | 'reject'; from: string; into: string }>();
  const isolated = new Set<string>();
  for (const decision of table?.decisions ?? []) {
    const [a, b] = decision.keys as [string, string | undefined];
    if (b === undefined) {
      // split [a]: out of automatic merges, and earlier accepts that touched it are undone.
      isolated.add(a);
      for (const [pair, state] of pairs) if (state.action === 'accept' && (state.from === a || state.into === a)) pairs.delete(pair);
      continue;
    }
    const action = decision.action === 'accept' ? 'accept' : 'reject';
    const pair = pairKey(a, b);
    pairs.delete(pair); // re-inserted so the order of accepts is the order of the latest decisions
    pairs.set(pair, { action, from: a, into: b });
  }
  const accepts: [string, string][] = [];
  const rejected = new Set<string>();
  for (const [pair, state] of pairs) {
    if (state.action === 'accept') accepts.push([state.from, state.into]);
    else rejected.add(pair);
  }
  return { accepts, rejected, isolated };
}
