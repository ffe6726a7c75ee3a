// Which role nouns head what they are roles of: the role patterns read the
// noun, and this decides whether it gives `leads` or `works_for`.

/**
 * A role that heads what it is a role of: GUIDELINES' `leads` ("leader of",
 * "president of"), not `works_for`. A works_for pattern whose role is one of
 * these gives `leads`: "Congress party leader Rahul Gandhi", "SEBI
 * chairperson X". A deputy, a vice or a former holder does not lead, and
 * neither does a plain "director" or "head" of something smaller ("head of
 * research" is written so, without the organisation).
 */
export const LEADER_ROLE = {
  reason: 'the role heads the organisation (GUIDELINES: leads)',
  pattern: /(?:^|\s)(?:(?:party|group|movement|opposition) )?(?:co-)?(?:leader|president|chairman|chairwoman|chairperson|chair|chief executive|ceo|founder|secretary-general|director-general|commander)(?: (?:of|for|at|with))?$/,
  notLeading: /\b(?:vice|deputy|assistant|former|ex-|acting|interim|honorary)\b/,
} as const;

/**
 * `matched`: the whole match, as words of the role may sit outside the
 * predicate, which patterns read after their modifiers: "former" (not
 * leading), or "chief" in "Post Office chief executive X" (leading).
 */
export function leadsByRole(predicate: string, matched: string): boolean {
  const words = matched.replace(/⟦[^⟧]*⟧/g, ' ').replace(/\s+/g, ' ').trim();
  return (LEADER_ROLE.pattern.test(predicate) || LEADER_ROLE.pattern.test(words)) && !LEADER_ROLE.notLeading.test(matched);
}
