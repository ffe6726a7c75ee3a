// Reported speech: who said what. A news sentence often carries a claim
// inside a report ("Dillon told CNN that the fighters defected to the Syrian
// army"); the claim is the speaker's, not the article's, so every relation
// read inside the reported part is marked with the speaker, and the report
// itself keeps the statement. Forms are data over the slot string (see
// sentence-string.ts), each with an id, a reason and examples.

/** Verbs that introduce what someone said. */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'added', 'stated', 'claimed', 'claims', 'insisted', 'insists', 'warned', 'warns',
  'announced', 'announces', 'confirmed', 'confirms', 'alleged', 'alleges', 'argued', 'argues', 'noted', 'notes',
  'explained', 'explains', 'wrote', 'writes', 'reported', 'reports', 'acknowledged', 'acknowledges', 'admitted',
  'admits', 'denied', 'denies', 'asserted', 'asserts', 'maintained', 'maintains', 'suggested', 'suggests',
];

export interface ReportForm {
  id: string;
  /**
   * Over the slot string; named groups: speaker (one slot), verb, content,
   * and optionally listener. Without a content group, the statement is all
   * that stands before the match (the form reads only the sentence's end).
   */
  pattern: RegExp;
  reason: string;
  examples: string[];
}

const VERB = `(?<verb>${[...REPORTING_VERBS].sort((a, b) => b.length - a.length).join('|')})`;
const SPEAKER = '(?<speaker>⟦\\d+:(?:person|organisation|group):(?:name|nominal)⟧)';
const LISTENER = '(?<listener>⟦\\d+:(?:person|organisation|group):(?:name|nominal)⟧)';
// ", a coalition spokesman ,": an apposition between commas, at most one slot inside.
const APPOSITION = '(?: , (?:(?:a|an|the) )?[^,⟦]{0,80}(?:⟦[^⟧]+⟧ )?[^,⟦]{0,60},)?';
const WHEN = '(?: (?:on|in|last|this|late|early) [a-z0-9]+)?';
// Auxiliaries and adverbs between the speaker and the verb: "has said", "also told", "later confirmed".
const BEFORE_VERB = '(?: (?:has|had|have|also|later|then|again|previously|earlier|separately|repeatedly|publicly|reportedly))*';

// After a statement-first report only the listener and a time may follow: "..., Dillon told reporters on Monday."
const TAIL_OF_REPORT = '(?: [a-z0-9⟦⟧:]+){0,4}(?: [.!?"]+)*$';
// An apposition that closes the sentence: "..., said Ryan Dillon, a coalition spokesman."
const CLOSING_APPOSITION = '(?: , (?:(?:a|an|the) )?[^,⟦]{0,80}(?:⟦[^⟧]+⟧ )?[^,⟦.]{0,60})?';
// Verbs that invert after a statement ("..., said Dillon"); "told" does not.
const INVERTED_VERB = '(?<verb>said|says|added|adds|wrote|writes|claimed|claims|stated|insisted|warned|noted|explained)';

/** Tried in order; the first that reads the sentence wins. */
export const REPORT_FORMS: readonly ReportForm[] = [
  {
    id: 'content-speaker-verb',
    pattern: new RegExp(` , (?:" )?${SPEAKER}${APPOSITION}${BEFORE_VERB} ${VERB}${TAIL_OF_REPORT}`),
    reason: 'the statement comes first, then who said it: "The fighters defected, Dillon said"',
    examples: ['"The fighters defected to the army," Dillon told CNN', 'Russia was behind it, the ministry said.'],
  },
  {
    id: 'content-verb-speaker',
    pattern: new RegExp(` , (?:" )?${INVERTED_VERB} ${SPEAKER}${CLOSING_APPOSITION}${TAIL_OF_REPORT}`),
    reason: 'the statement, then an inverted report: "The fighters defected, said Dillon, a spokesman"',
    examples: ['The fighters defected, said Ryan Dillon, a coalition spokesman.'],
  },
  {
    id: 'speaker-verb-content',
    pattern: new RegExp(`^(?<before>.*?) ${SPEAKER}${APPOSITION}${BEFORE_VERB} ${VERB}(?: ${LISTENER})?${WHEN}(?: ,)?(?: that)? (?<content>.*\\S.*)$`),
    reason: 'the speaker comes first and what they said follows the verb: "X told CNN that ...", "X said the fighters ..."',
    examples: ['Ryan Dillon, a coalition spokesman, told CNN that the fighters had defected', 'The Pentagon said on Monday it trained the group'],
  },
  {
    id: 'according-to',
    pattern: new RegExp(`^(?<content>.*?) ,? ?according to ${SPEAKER}${APPOSITION}(?<after>.*)$`),
    reason: '"according to X" hands the whole statement to X',
    examples: ['The fighters defected, according to the coalition.', 'According to Human Rights Watch, the army shelled the town.'],
  },
];

/** One report found in a sentence: the speaker's mention, the listener's if any, and where the statement is. */
export interface Report {
  form: string;
  speaker: number;
  listener: number | null;
  verb: string;
  /** Offsets of the statement in the slot string. */
  from: number;
  to: number;
}

const slotOf = (captured: string | undefined): number | null => {
  const m = captured ? /⟦(\d+):/.exec(captured) : null;
  return m ? Number(m[1]) : null;
};

/**
 * The first report form that reads the sentence. "According to X, ..." is
 * tried on both sides of the phrase: the statement is the rest of the sentence.
 */
export function findReport(slotText: string): Report | null {
  for (const report of readReports(slotText)) return report;
  return null;
}

// Most sentences report nothing; one cheap look for a reporting word spares
// them the forms, whose "statement first" readings backtrack over every comma.
const MAY_REPORT = new RegExp(` (?:${REPORTING_VERBS.join('|')}|according to) `);

function* readReports(slotText: string): Generator<Report> {
  if (!MAY_REPORT.test(slotText)) return;
  const text = slotText.replace(/ +$/, '');
  for (const form of REPORT_FORMS) {
    const match = form.pattern.exec(text);
    const groups = match?.groups;
    if (!match || !groups) continue;
    const speaker = slotOf(groups.speaker);
    if (speaker === null) continue;
    let content = groups.content ?? text.slice(0, match.index);
    let from = groups.content === undefined ? 0 : contentStart(match, content, text);
    if (form.id === 'according-to' && content.trim() === '') {
      content = groups.after ?? '';
      from = text.lastIndexOf(content);
    }
    const trimmed = content.replace(/^[\s,"]+/, '');
    from += content.length - trimmed.length;
    const statement = trimmed.replace(/[\s,".]+$/, '');
    if (!/[a-z⟦]/.test(statement)) continue;
    yield { form: form.id, speaker, listener: slotOf(groups.listener), verb: groups.verb ?? 'according to', from, to: from + statement.length };
  }
}

/** Where the content group starts: its last occurrence for forms that end with it, else its first. */
function contentStart(match: RegExpExecArray, content: string, text: string): number {
  return match.groups?.before !== undefined ? text.length - content.length : text.indexOf(content);
}
