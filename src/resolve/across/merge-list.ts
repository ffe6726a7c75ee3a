// The merge list as a file (`build --merges FILE`): what was merged across
// articles and what was only suggested, each with its rule, reason and score.
import type { CrossMerge } from './types.js';

export const MERGE_LIST_VERSION = 1;

/** `merges` is left out of the file when not given (a list of uncertain pairs only). */
export function serialiseMergeList(lists: { merges?: readonly CrossMerge[]; uncertain: readonly CrossMerge[] }): string {
  const merges = lists.merges === undefined ? {} : { merges: lists.merges.map(ordered) };
  return `${JSON.stringify({ version: MERGE_LIST_VERSION, ...merges, uncertain: lists.uncertain.map(ordered) }, null, 2)}\n`;
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
