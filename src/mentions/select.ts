// Settles overlapping candidates: the longer span wins; at equal length the
// higher priority, then the higher score. Guesses (capitalised phrases with no
// cue) only fill what nothing firmer claims. The order is total, so the result
// does not depend on the order finders ran in.
import { PRIORITY, type Candidate } from './candidate.js';

const isGuess = (c: Candidate) => c.priority <= PRIORITY.guess;

export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      Number(isGuess(a)) - Number(isGuess(b)) ||
      b.end - b.start - (a.end - a.start) ||
      b.priority - a.priority ||
      b.score - a.score ||
      a.start - b.start ||
      a.method.localeCompare(b.method),
  );
  // Canonical names a gazetteer gave, by span and type: the winner of a span keeps it ("Syria").
  const canonical = new Map<string, string>();
  for (const c of candidates) if (c.refersTo !== undefined) canonical.set(`${c.start}:${c.end}:${c.type}`, c.refersTo);
  const kept: Candidate[] = []; // sorted by start, never overlapping
  for (const candidate of ranked) {
    const at = firstStartingAtOrAfter(kept, candidate.start);
    const before = kept[at - 1];
    const after = kept[at];
    if ((before && before.end > candidate.start) || (after && after.start < candidate.end)) continue;
    const refersTo = candidate.refersTo ?? canonical.get(`${candidate.start}:${candidate.end}:${candidate.type}`);
    kept.splice(at, 0, refersTo === undefined ? candidate : { ...candidate, refersTo });
  }
  return kept;
}

function firstStartingAtOrAfter(sorted: Candidate[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}
