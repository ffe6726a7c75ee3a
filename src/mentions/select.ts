// Settles overlapping candidates: the longer span wins; at equal length the
// higher priority, then the higher score. The order is total, so the result
// does not depend on the order finders ran in.
import type { Candidate } from './candidate.js';

export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      b.priority - a.priority ||
      b.score - a.score ||
      a.start - b.start ||
      a.method.localeCompare(b.method),
  );
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    if (kept.some((k) => k.start < candidate.end && candidate.start < k.end)) continue;
    kept.push(withCanonical(candidate, candidates));
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The winner of a span keeps the canonical name a gazetteer gave the same span and type ("Syria"). */
function withCanonical(winner: Candidate, all: Candidate[]): Candidate {
  if (winner.refersTo !== undefined) return winner;
  const named = all.find((c) => c.start === winner.start && c.end === winner.end && c.type === winner.type && c.refersTo !== undefined);
  return named ? { ...winner, refersTo: named.refersTo! } : winner;
}
