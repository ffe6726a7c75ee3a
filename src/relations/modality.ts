// Negation and hedging: a relation stated as denied or uncertain is marked,
// and left out of the default graph. Cues are data; each says why.

export interface ModalityCue {
  id: string;
  cue: RegExp;
  reason: string;
}

/** Read within the matched words: the claim itself is denied. */
export const NEGATION_CUES: readonly ModalityCue[] = [
  { id: 'not', cue: / (?:not|n't|never|no longer) /, reason: 'the verb is negated' },
  { id: 'deny', cue: / (?:denied|denies|deny|rejected claims|refused to) /, reason: 'the claim is denied' },
  { id: 'failed', cue: / (?:failed to|no measurable success) /, reason: 'the act did not happen' },
];

/** Read within the match and the words before it in the sentence: the claim is only suggested. */
export const HEDGE_CUES: readonly ModalityCue[] = [
  { id: 'whether', cue: / (?:whether|if) /, reason: 'an open question, not a claim' },
  { id: 'modal', cue: / (?:would|could|may|might|can) (?!not)/, reason: 'a possibility, not a fact' },
  { id: 'reported', cue: / (?:reportedly|allegedly|apparently|purportedly|rumoured|rumored|suspected|believed to|said to) /, reason: 'reported, not confirmed' },
  { id: 'attempt', cue: / (?:trying to|attempting to|attempt to|seeks to|plans to|planned to|threatened to|intends to) /, reason: 'an attempt or plan, not an act' },
];

export interface Modality {
  negated: boolean;
  hedged: boolean;
  cues: string[];
}

export function readModality(matched: string, before: string): Modality {
  const cues: string[] = [];
  const negated = NEGATION_CUES.some((c) => c.cue.test(matched) && cues.push(`negated:${c.id}`));
  const scope = ` ${lastClause(before)} ${matched} `;
  const hedged = HEDGE_CUES.some((c) => c.cue.test(scope) && cues.push(`hedged:${c.id}`));
  return { negated, hedged, cues };
}

/** Hedges reach back to the start of their clause, not across a full stop or semicolon. */
function lastClause(before: string): string {
  const cut = Math.max(before.lastIndexOf(' ; '), before.lastIndexOf(' : '));
  return cut >= 0 ? before.slice(cut + 3) : before;
}
