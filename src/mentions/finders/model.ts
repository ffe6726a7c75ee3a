// The trained recogniser (src/ner) as a mention finder. Pure: the model is
// passed in, so the page can load it as well as Node can.
import type { Mention, Sentence } from '../../types.js';
import type { NerModel } from '../../ner/model.js';
import { nerMentions } from '../../ner/mentions.js';
import type { Recogniser } from '../index.js';
import { hyphenatedHead } from './known.js';
import { isHeadline } from './names.js';
import { COMMON_CAPITALS } from '../lexicon/common-capitals.js';
import { PERSON_TITLES, PORTFOLIO_WORDS } from '../lexicon/titles.js';

export function modelRecogniser(model: NerModel): Recogniser {
  return (text, sentences) => {
    const out: Mention[] = [];
    const headline = new Map<number, boolean>();
    for (const mention of nerMentions(model, text, sentences)) {
      const sentence = sentences[mention.sentence];
      if (!sentence) continue;
      if (!headline.has(sentence.index)) headline.set(sentence.index, isHeadline(sentence));
      if (headline.get(sentence.index)) continue; // trained on capitals that carry meaning; title case does not
      const trimmed = trimModifiers(mention, sentence, text);
      if (trimmed) out.push(...splitAtPrepositions(trimmed, sentence, text));
    }
    return out;
  };
}

/**
 * "ISIS-held Deir": a hyphenated modifier at either end of a span is not part
 * of the name (the rules read the actor inside it); nor is a capitalised
 * sentence opener ("The Houthis", "Later Dillon"). Returns null when nothing is left.
 */
function trimModifiers(mention: Mention, sentence: Sentence, text: string): Mention | null {
  const inside = tokensWithin(sentence, mention.start, mention.end);
  let from = 0;
  let to = inside.length;
  while (from < to && (hyphenatedHead(inside[from]!.text) || COMMON_CAPITALS.has(inside[from]!.text))) from++;
  while (to > from && hyphenatedHead(inside[to - 1]!.text)) to--;
  if (from === to) return null;
  // "Defence" of "Defence Minister": a span of title words alone is a role, not a name.
  if (inside.slice(from, to).every((t) => PERSON_TITLES.has(t.text) || PORTFOLIO_WORDS.has(t.text))) return null;
  if (from === 0 && to === inside.length) return mention;
  const start = inside[from]!.start;
  const end = inside[to - 1]!.end;
  return { ...mention, start, end, text: text.slice(start, end) };
}

/**
 * Words that join two names but are never inside one: no person, place or
 * organisation of CoNLL-2003 train and dev has one between its words, while
 * the recogniser read "unbundled Teams from Office" as one organisation.
 */
const BETWEEN_NAMES: ReadonlySet<string> = new Set(['from', 'to', 'with', 'by', 'than', 'into', 'onto', 'via', 'versus', 'against', 'between']);

/** A span with such a word inside is the names on either side of it, each of the span's type. */
function splitAtPrepositions(mention: Mention, sentence: Sentence, text: string): Mention[] {
  const inside = tokensWithin(sentence, mention.start, mention.end);
  if (!inside.some((token) => BETWEEN_NAMES.has(token.text))) return [mention];
  const parts: Mention[] = [];
  let from = 0;
  for (let at = 0; at <= inside.length; at++) {
    if (at < inside.length && !BETWEEN_NAMES.has(inside[at]!.text)) continue;
    if (at > from) {
      const start = inside[from]!.start;
      const end = inside[at - 1]!.end;
      parts.push({ ...mention, start, end, text: text.slice(start, end) });
    }
    from = at + 1;
  }
  return parts;
}

/** The tokens of a span, found by binary search: sentences can be long. */
function tokensWithin(sentence: Sentence, start: number, end: number): Sentence['tokens'] {
  const tokens = sentence.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  let stop = low;
  while (stop < tokens.length && tokens[stop]!.end <= end) stop++;
  return tokens.slice(low, stop);
}
