// The merge list as a file (`build --merges FILE`): what was merged across
// articles and what was only suggested, each with its rule, reason and score.
import type { CrossMerge } from './types.js';

export const MERGE_LIST_VERSION = 1;

export function serialiseMergeList(merges: readonly CrossMerge[], uncertain: readonly CrossMerge[]): string {
  return `${JSON.stringify({ version: MERGE_LIST_VERSION, merges: merges.map(ordered), uncertain: uncertain.map(ordered) }, null, 2)}\n`;
}

/** Fields in one order, whatever order the object was built in, so the file is byte-stable. */
function ordered(m: CrossMerge): CrossMerge {
  return {
    from: m.from,
    into: m.into,
    ...(m.via !== undefined ? { via: m.via } : {}),
    fromLabel: m.fromLabel,
    intoLabel: m.intoLabel,
    rule: m.rule,
    reason: m.reason,
    score: m.score,
    docs: { from: [...m.docs.from], into: [...m.docs.into] },
  };
}
