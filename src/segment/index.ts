// Sentences and tokens. Sentences never cross a paragraph break or a zone
// boundary, so a headline, a byline and the story's first line stay apart.
import type { Doc, Sentence, Token, Zone, ZoneKind } from '../types.js';
import { TITLE_ABBREVIATIONS } from './abbreviations.js';
import { tokenize } from './tokenize.js';

export { tokenize } from './tokenize.js';

const TITLES: ReadonlySet<string> = new Set(TITLE_ABBREVIATIONS.map((t) => `${t}.`));
const FINAL = new Set(['.', '!', '?', '…', '...']);
/** Abbreviations that end a company's name or a list, and so often a sentence. */
const CLOSING_ABBREVIATIONS = new Set(['Inc.', 'Corp.', 'Ltd.', 'Co.', 'Bros.', 'etc.']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

export function segment(doc: Pick<Doc, 'text' | 'zones'>): Sentence[] {
  const sentences: Sentence[] = [];
  for (const zone of doc.zones) {
    for (const [start, end] of paragraphs(doc.text, zone)) {
      for (const tokens of splitSentences(tokenize(doc.text, start, end))) {
        const first = tokens[0];
        const last = tokens[tokens.length - 1];
        if (!first || !last) continue;
        sentences.push({ index: sentences.length, start: first.start, end: last.end, zone: zone.kind, tokens });
      }
    }
  }
  return sentences;
}

/** Stretches of a zone between blank lines. */
function paragraphs(text: string, zone: Zone): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const blank = /\n[ \t]*\n/g;
  blank.lastIndex = zone.start;
  let start = zone.start;
  for (let m = blank.exec(text); m && m.index < zone.end; m = blank.exec(text)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, zone.end]);
  return out.filter(([s, e]) => text.slice(s, e).trim() !== '');
}

function splitSentences(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    current.push(token);
    if (!endsSentence(tokens, i)) continue;
    // Closing quotes and brackets belong to the sentence they close.
    while (i + 1 < tokens.length && CLOSERS.has(tokens[i + 1]!.text)) current.push(tokens[++i]!);
    out.push(current);
    current = [];
  }
  if (current.length > 0) out.push(current);
  return out;
}

function endsSentence(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  let next = tokens[i + 1];
  for (let j = i + 1; next && CLOSERS.has(next.text); next = tokens[++j]);
  if (!next) return false; // the paragraph's end closes it anyway
  if (FINAL.has(token.text)) return startsSentence(next.text);
  // "... in the U.S. The next ..." ends; "Col. Ryan" never does; "... bought Acme Corp. Amazon said" does.
  if (token.text.endsWith('.') && token.text.length > 1 && !TITLES.has(token.text)) {
    if (CLOSING_ABBREVIATIONS.has(token.text)) return /^\p{Lu}/u.test(next.text);
    return /^(?:\p{Lu}\.)+$/u.test(token.text) && /^(?:The|A|An|In|It|He|She|They|We|But|And|This|That)$/.test(next.text);
  }
  return false;
}

function startsSentence(word: string): boolean {
  return /^[\p{Lu}\p{N}"“‘'(\[¿¡]/u.test(word);
}

export function zoneAt(zones: Zone[], offset: number): ZoneKind {
  for (const zone of zones) if (offset >= zone.start && offset < zone.end) return zone.kind;
  return 'body';
}
