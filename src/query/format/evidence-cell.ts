// What a table shows of an edge's support: its first sentence, with a count
// of the others, or the rule that made it when no sentence does (metadata).
import type { EdgeRecord } from '../graph-types.js';

/**
 * The first evidence sentence, "(+N) " in front when there are more, and
 * "[said by X] " when the sentence only reports someone's claim.
 */
export function evidenceCell(edge: EdgeRecord): string {
  const [first, ...others] = edge.evidence;
  if (first === undefined) return `(${edge.method || 'no evidence'})`;
  const said = first.saidBy ? `[said by ${first.saidBy}] ` : '';
  return `${others.length > 0 ? `(+${others.length}) ` : ''}${said}${first.text}`;
}

/** The relation type, marked when the text denies or only suggests it. */
export function relationCell(edge: EdgeRecord): string {
  const marks = [edge.negated ? 'negated' : '', edge.hedged ? 'hedged' : ''].filter(Boolean);
  return marks.length > 0 ? `${edge.type} [${marks.join(', ')}]` : edge.type;
}

/** Confidence with two decimals, so the column lines up. */
export function confidenceCell(edge: EdgeRecord): string {
  return edge.confidence.toFixed(2);
}
