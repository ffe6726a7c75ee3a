// Features that look at the whole document. News repeats its names: "Blackburn"
// after "Peter Blackburn", "JAPAN" in a headline after "Japan" in the body.
// Case features need no model; label features read what a first tagging pass
// found elsewhere in the same document (the classic two-stage scheme).
import { FLAG, TEMPLATE, type SentenceContext, type WordInfo } from './features.js';
import { mix, mix3 } from './hash.js';
import { labelSpans, OUTSIDE } from './tags.js';

/** Per sentence, per token: extra feature hashes (undefined for most tokens). */
export type DocumentFeatures = (number[] | undefined)[][];

const FORM = { lower: 0, titleInitial: 1, titleInside: 2, capsHeadline: 3, capsText: 4, other: 5 } as const;
const FORM_COUNT = 6;

function formOf(info: WordInfo, index: number, headline: boolean): number {
  if (info.flags & FLAG.lower) return FORM.lower;
  if (info.flags & FLAG.allCaps) return headline ? FORM.capsHeadline : FORM.capsText;
  if (info.flags & FLAG.upperStart) return index === 0 ? FORM.titleInitial : FORM.titleInside;
  return FORM.other;
}

/** Is a token one whose document-wide behaviour is worth describing? */
function describes(info: WordInfo): boolean {
  return (info.flags & FLAG.upperStart) !== 0;
}

export function emptyDocumentFeatures(sentences: readonly SentenceContext[]): DocumentFeatures {
  return sentences.map((s) => new Array<number[] | undefined>(s.infos.length).fill(undefined));
}

function featuresAt(out: DocumentFeatures, s: number, i: number): number[] {
  const sentence = out[s] ?? [];
  let list = sentence[i];
  if (!list) sentence[i] = list = [];
  return list;
}

/** How the same word is written elsewhere in the document. */
export function addCaseFeatures(sentences: readonly SentenceContext[], out: DocumentFeatures): void {
  const counts = new Map<string, Int32Array>();
  for (const sentence of sentences) {
    sentence.infos.forEach((info, i) => {
      if (info.flags & FLAG.noLetter) return;
      let row = counts.get(info.lower);
      if (!row) counts.set(info.lower, (row = new Int32Array(FORM_COUNT)));
      const form = formOf(info, i, sentence.headline);
      row[form] = (row[form] ?? 0) + 1;
    });
  }
  sentences.forEach((sentence, s) => {
    sentence.infos.forEach((info, i) => {
      if (!describes(info)) return;
      const row = counts.get(info.lower);
      if (!row) return;
      const own = formOf(info, i, sentence.headline);
      let seen = 0;
      for (let form = 0; form < FORM_COUNT; form++) {
        const others = (row[form] ?? 0) - (form === own ? 1 : 0);
        if (others > 0) seen |= 1 << form;
      }
      featuresAt(out, s, i).push(mix3(TEMPLATE.documentCase, seen, own));
    });
  });
}

interface SpanUse {
  sentence: number;
  start: number;
  end: number;
  label: number;
  /** 0 first, 1 inside, 2 last token of the span. */
  position: number;
}

/** What the first pass called the same word elsewhere in the document. */
export function addLabelFeatures(
  sentences: readonly SentenceContext[],
  labels: readonly ArrayLike<number>[],
  out: DocumentFeatures,
): void {
  // Class counts indexed 0 = O, 1..4 = PER, ORG, LOC, MISC.
  const counts = new Map<string, Int32Array>();
  const longer = new Map<string, SpanUse[]>();
  const classOf = (label: number): number => (label === OUTSIDE ? 0 : ((label - 1) >> 1) + 1);
  sentences.forEach((sentence, s) => {
    const sentenceLabels = labels[s] ?? [];
    sentence.infos.forEach((info, i) => {
      if (!describes(info)) return;
      let row = counts.get(info.lower);
      if (!row) counts.set(info.lower, (row = new Int32Array(5)));
      const c = classOf(sentenceLabels[i] ?? OUTSIDE);
      row[c] = (row[c] ?? 0) + 1;
    });
    for (const span of labelSpans(sentenceLabels)) {
      if (span.end - span.start < 2) continue;
      const label = classOf(sentenceLabels[span.start] ?? OUTSIDE);
      for (let i = span.start; i < span.end; i++) {
        const info = sentence.infos[i];
        if (!info || !describes(info)) continue;
        const position = i === span.start ? 0 : i === span.end - 1 ? 2 : 1;
        const uses = longer.get(info.lower) ?? [];
        uses.push({ sentence: s, start: span.start, end: span.end, label, position });
        longer.set(info.lower, uses);
      }
    }
  });
  sentences.forEach((sentence, s) => {
    const sentenceLabels = labels[s] ?? [];
    sentence.infos.forEach((info, i) => {
      if (!describes(info)) return;
      const row = counts.get(info.lower);
      if (!row) return;
      const target = featuresAt(out, s, i);
      const own = classOf(sentenceLabels[i] ?? OUTSIDE);
      let best = -1;
      let bestCount = 0;
      for (let c = 0; c < 5; c++) {
        const others = (row[c] ?? 0) - (c === own ? 1 : 0);
        if (others <= 0) continue;
        target.push(mix(TEMPLATE.documentSeen, c));
        if (others > bestCount) {
          best = c;
          bestCount = others;
        }
      }
      if (best >= 0) target.push(mix3(TEMPLATE.documentMajority, best, info.flags & (FLAG.title | FLAG.allCaps)));
      const uses = longer.get(info.lower);
      if (!uses) return;
      let seen = 0;
      for (const use of uses) {
        if (use.sentence === s && use.start <= i && i < use.end) continue;
        seen |= 1 << (use.label * 3 + use.position);
      }
      for (let bit = 0; seen >>> bit !== 0; bit++) {
        if ((seen >>> bit) & 1) target.push(mix(TEMPLATE.documentLonger, bit));
      }
    });
  });
}
