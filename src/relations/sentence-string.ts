// Turns a sentence into the string the relation patterns read: lowercased
// tokens separated by single spaces, each entity mention replaced by a slot
// `⟦n:type:form⟧` (n indexes the mention list). A mention inside a hyphenated
// word is cut out of it: "ISIS-held" → "⟦4:group:name⟧ -held".
import type { Mention, Sentence } from '../types.js';

export function slotString(sentence: Sentence, mentions: ReadonlyArray<{ index: number; mention: Mention; type: string }>): string {
  const inSentence = mentions.filter((m) => m.mention.start >= sentence.start && m.mention.end <= sentence.end);
  const parts: string[] = [];
  let at = sentence.start;
  for (const token of sentence.tokens) {
    if (token.end <= at) continue; // covered by a mention already written
    let start = Math.max(token.start, at);
    for (const slot of inSentence) {
      const m = slot.mention;
      if (m.start < start || m.start >= token.end) continue;
      if (m.start > start) parts.push(word(sliceToken(token, start, m.start)));
      parts.push(`⟦${slot.index}:${slot.type}:${m.form}⟧`);
      start = m.end;
    }
    if (start < token.end) parts.push(word(sliceToken(token, start, token.end)));
    at = Math.max(start, token.end);
  }
  return ` ${parts.filter((p) => p !== '').join(' ')} `;
}

/** Part of a token, by document offsets. */
function sliceToken(token: { text: string; start: number }, from: number, to: number): string {
  return token.text.slice(from - token.start, to - token.start);
}

/** Lowercase, straight quotes: the patterns are written in that form. */
function word(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}
