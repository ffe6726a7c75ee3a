// Turns a sentence into the string the relation patterns read: lowercased
// tokens separated by single spaces, each entity mention replaced by a slot
// `⟦n:type:form⟧` (n indexes the mention list). A mention inside a hyphenated
// word is cut out of it: "ISIS-held" → "⟦4:group:name⟧ -held".
import type { Mention, Sentence } from '../types.js';

export function slotString(sentence: Sentence, mentions: ReadonlyArray<{ index: number; mention: Mention; type: string }>): string {
  return slotStringWithOffsets(sentence, mentions).text;
}

/** A piece of the slot string and the document text it stands for. */
export interface SlotPart {
  /** Offsets in the slot string. */
  from: number;
  to: number;
  /** Offsets in the document text. */
  docStart: number;
  docEnd: number;
}

/** The slot string with where each of its pieces came from, to cite spans of it in the original text. */
export function slotStringWithOffsets(
  sentence: Sentence,
  mentions: ReadonlyArray<{ index: number; mention: Mention; type: string }>,
  /** Document spans left out of the string, mentions in them too: "( AMD )" after the name it abbreviates. */
  hidden: ReadonlyArray<readonly [number, number]> = [],
): { text: string; parts: SlotPart[] } {
  const isHidden = (start: number, end: number) => hidden.some(([from, to]) => start >= from && end <= to);
  const inSentence = mentions.filter((m) => m.mention.start >= sentence.start && m.mention.end <= sentence.end && !isHidden(m.mention.start, m.mention.end));
  const parts: string[] = [];
  const origins: Array<[number, number]> = [];
  const push = (text: string, docStart: number, docEnd: number) => {
    if (text === '') return;
    parts.push(text);
    origins.push([docStart, docEnd]);
  };
  let at = sentence.start;
  for (const token of sentence.tokens) {
    if (token.end <= at || isHidden(token.start, token.end)) continue; // covered by a mention already written, or left out
    let start = Math.max(token.start, at);
    for (const slot of inSentence) {
      const m = slot.mention;
      if (m.start < start || m.start >= token.end) continue;
      if (m.start > start) push(word(sliceToken(token, start, m.start)), start, m.start);
      push(`⟦${slot.index}:${slot.type}:${m.form}⟧`, m.start, m.end);
      start = m.end;
    }
    if (start < token.end) push(word(sliceToken(token, start, token.end)), start, token.end);
    at = Math.max(start, token.end);
  }
  const located: SlotPart[] = [];
  let position = 1;
  parts.forEach((part, i) => {
    const [docStart, docEnd] = origins[i]!;
    located.push({ from: position, to: position + part.length, docStart, docEnd });
    position += part.length + 1;
  });
  return { text: ` ${parts.join(' ')} `, parts: located };
}

/** The document span behind slot-string offsets [from, to): from the first piece it touches to the last. */
export function documentSpan(parts: readonly SlotPart[], from: number, to: number): { start: number; end: number } | null {
  const touched = parts.filter((p) => p.to > from && p.from < to);
  const first = touched[0];
  const last = touched[touched.length - 1];
  return first && last ? { start: first.docStart, end: last.docEnd } : null;
}

/** Part of a token, by document offsets. */
function sliceToken(token: { text: string; start: number }, from: number, to: number): string {
  return token.text.slice(from - token.start, to - token.start);
}

/** Lowercase, straight quotes: the patterns are written in that form. */
function word(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}
