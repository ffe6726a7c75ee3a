// Feature extraction. A feature is a 32-bit hash of (template, value). Features
// of a word on its own, and of a word seen at a fixed offset from the current
// token, depend only on the word: they are computed once per distinct string
// (WordInfo) so that decoding can also cache their summed weights.
import { hashString, mix, mix3 } from './hash.js';
import { hasDigit, isAllCaps, isTitleCase, shortShape, startsUpper, wordShape } from './shape.js';

export const TEMPLATE = {
  bias: 1,
  lower: 2,
  word: 3,
  shape: 4,
  shortShape: 5,
  flags: 6,
  prefix: 10, // + length 1..4
  suffix: 20, // + length 1..4
  lowerAt: 30, // + offset slot 0..3
  shapeAt: 35, // + offset slot 0..3
  bigramPrevious: 40,
  bigramNext: 41,
  shapeTrigram: 42,
  previousWordShape: 43,
  shapeNextWord: 44,
  sentenceFirst: 45,
  headline: 46,
  gazetteer: 50,
  documentCase: 60,
  documentSeen: 61,
  documentMajority: 62,
  documentLonger: 63,
  domainWord: 80,
  domainShape: 81,
  domainShapeTrigram: 82,
  domainPrevious: 83,
  domainNext: 84,
  domainBias: 85,
} as const;

/** Offsets of the neighbour words that describe a token, and their slot numbers. */
export const OFFSETS = [-2, -1, 1, 2] as const;

export const FLAG = {
  title: 1,
  allCaps: 2,
  upperStart: 4,
  digit: 8,
  hyphen: 16,
  period: 32,
  noLetter: 64,
  lower: 128,
} as const;

export interface WordInfo {
  /** Unique among WordInfos of the same generation; lets a model keep per-word caches in flat arrays. */
  id: number;
  generation: number;
  word: string;
  lower: string;
  lowerHash: number;
  shortShapeHash: number;
  flags: number;
  /** Features of the word itself. */
  intrinsic: Uint32Array;
  /** Features of this word seen at OFFSETS[slot] from the current token. */
  neighbour: Uint32Array[];
}

export function wordFlags(word: string): number {
  let flags = 0;
  if (isTitleCase(word)) flags |= FLAG.title;
  if (isAllCaps(word)) flags |= FLAG.allCaps;
  if (startsUpper(word)) flags |= FLAG.upperStart;
  if (hasDigit(word)) flags |= FLAG.digit;
  if (word.includes('-')) flags |= FLAG.hyphen;
  if (word.includes('.')) flags |= FLAG.period;
  if (!/\p{L}/u.test(word)) flags |= FLAG.noLetter;
  else if (word === word.toLowerCase()) flags |= FLAG.lower;
  return flags;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const CLASS_UPPER = 88; // 'X'
const CLASS_LOWER = 120; // 'x'
const CLASS_DIGIT = 100; // 'd'

/**
 * Flags and the hashes of wordShape/shortShape in one pass over an ASCII word,
 * equal to what the string functions give (tests hold them together); words
 * with other characters take the general path. Every new word pays for this,
 * so it avoids building strings.
 */
function asciiFacts(word: string): { flags: number; shapeHash: number; shortShapeHash: number } | undefined {
  let shapeHash = FNV_OFFSET;
  let shortHash = FNV_OFFSET;
  let previous = -1;
  let run = 0;
  let uppers = 0;
  let lowers = 0;
  let digits = 0;
  let restUpper = false;
  let flags = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 127) return undefined;
    let c = code;
    if (code >= 65 && code <= 90) {
      c = CLASS_UPPER;
      uppers++;
      if (i > 0) restUpper = true;
    } else if (code >= 97 && code <= 122) {
      c = CLASS_LOWER;
      lowers++;
    } else if (code >= 48 && code <= 57) {
      c = CLASS_DIGIT;
      digits++;
    } else if (code === 45) flags |= FLAG.hyphen;
    else if (code === 46) flags |= FLAG.period;
    run = c === previous ? run + 1 : 1;
    if (run <= 4) shapeHash = Math.imul(shapeHash ^ c, FNV_PRIME);
    if (c !== previous) shortHash = Math.imul(shortHash ^ c, FNV_PRIME);
    previous = c;
  }
  const first = word.charCodeAt(0);
  const firstUpper = first >= 65 && first <= 90;
  if (firstUpper) flags |= FLAG.upperStart;
  if (firstUpper && !restUpper && word.length > 1) flags |= FLAG.title;
  if (uppers > 0 && lowers === 0) flags |= FLAG.allCaps;
  if (digits > 0) flags |= FLAG.digit;
  if (uppers + lowers === 0) flags |= FLAG.noLetter;
  else if (uppers === 0) flags |= FLAG.lower;
  return { flags, shapeHash: shapeHash >>> 0, shortShapeHash: shortHash >>> 0 };
}

// Ids restart when the memo below is dropped; the generation tells old ids from new.
let generation = 0;
let nextId = 0;

export function currentGeneration(): number {
  return generation;
}

export function computeWordInfo(word: string): WordInfo {
  const lower = word.toLowerCase();
  const lowerHash = hashString(lower);
  const facts = asciiFacts(word) ?? {
    flags: wordFlags(word),
    shapeHash: hashString(wordShape(word)),
    shortShapeHash: hashString(shortShape(word)),
  };
  const { flags, shortShapeHash } = facts;
  const intrinsic = new Uint32Array(6 + 2 * Math.min(4, lower.length));
  intrinsic[0] = mix(TEMPLATE.bias, 0);
  intrinsic[1] = mix(TEMPLATE.lower, lowerHash);
  intrinsic[2] = mix(TEMPLATE.word, word === lower ? lowerHash : hashString(word));
  intrinsic[3] = mix(TEMPLATE.shape, facts.shapeHash);
  intrinsic[4] = mix(TEMPLATE.shortShape, shortShapeHash);
  intrinsic[5] = mix(TEMPLATE.flags, flags);
  // Prefix hashes grow one character at a time; suffixes are hashed in place.
  let prefixHash = FNV_OFFSET;
  for (let k = 1; k <= 4 && k <= lower.length; k++) {
    prefixHash = Math.imul(prefixHash ^ lower.charCodeAt(k - 1), FNV_PRIME);
    let suffixHash = FNV_OFFSET;
    for (let i = lower.length - k; i < lower.length; i++) suffixHash = Math.imul(suffixHash ^ lower.charCodeAt(i), FNV_PRIME);
    intrinsic[4 + 2 * k] = mix(TEMPLATE.prefix + k, prefixHash >>> 0);
    intrinsic[5 + 2 * k] = mix(TEMPLATE.suffix + k, suffixHash >>> 0);
  }
  const neighbour = OFFSETS.map(
    (_, slot) => new Uint32Array([mix(TEMPLATE.lowerAt + slot, lowerHash), mix(TEMPLATE.shapeAt + slot, shortShapeHash)]),
  );
  return { id: nextId++, generation, word, lower, lowerHash, shortShapeHash, flags, intrinsic, neighbour };
}

/** Words past the sentence edges: ids 0 and 1 in every generation. */
export const BEFORE_START = computeWordInfo('<s>');
export const AFTER_END = computeWordInfo('</s>');
const FIRST_FREE_ID = nextId;

const CACHE_LIMIT = 100_000;
const cache = new Map<string, WordInfo>();

/** WordInfo of a string, memoised; the memo is dropped whole when it grows past CACHE_LIMIT. */
export function wordInfo(word: string): WordInfo {
  let info = cache.get(word);
  if (info === undefined) {
    if (cache.size >= CACHE_LIMIT) {
      cache.clear();
      generation++;
      nextId = FIRST_FREE_ID;
      BEFORE_START.generation = AFTER_END.generation = generation;
    }
    info = computeWordInfo(word);
    cache.set(word, info);
  }
  return info;
}

export function infoAt(infos: readonly WordInfo[], index: number): WordInfo {
  if (index < 0) return BEFORE_START;
  return infos[index] ?? AFTER_END;
}

/** A sentence ready for feature extraction. */
export interface SentenceContext {
  infos: WordInfo[];
  /** Gazetteer marks per token (see Gazetteer.mark). */
  gazetteer: Uint32Array;
  /** Every token with letters is upper case (a headline or a table heading). */
  headline: boolean;
}

/**
 * Features of token i that look at more than one word: conjunctions, sentence
 * position and gazetteer marks. Document features are added by the caller.
 */
export function pushContextFeatures(sentence: SentenceContext, i: number, out: number[]): void {
  const previous = infoAt(sentence.infos, i - 1);
  const current = infoAt(sentence.infos, i);
  const next = infoAt(sentence.infos, i + 1);
  out.push(mix3(TEMPLATE.bigramPrevious, previous.lowerHash, current.lowerHash));
  out.push(mix3(TEMPLATE.bigramNext, current.lowerHash, next.lowerHash));
  out.push(mix(TEMPLATE.shapeTrigram, mix3(previous.shortShapeHash, current.shortShapeHash, next.shortShapeHash)));
  out.push(mix3(TEMPLATE.previousWordShape, previous.lowerHash, current.shortShapeHash));
  out.push(mix3(TEMPLATE.shapeNextWord, current.shortShapeHash, next.lowerHash));
  if (i === 0) out.push(mix(TEMPLATE.sentenceFirst, current.shortShapeHash));
  if (sentence.headline) out.push(mix(TEMPLATE.headline, current.flags));
  const marks = sentence.gazetteer[i] ?? 0;
  for (let bit = 0; marks >>> bit !== 0; bit++) {
    if ((marks >>> bit) & 1) out.push(mix3(TEMPLATE.gazetteer, bit, current.flags & (FLAG.title | FLAG.allCaps)));
  }
}

/** All word-level features of token i: its own, its neighbours' and the context ones. */
export function pushTokenFeatures(sentence: SentenceContext, i: number, out: number[]): void {
  for (const feature of infoAt(sentence.infos, i).intrinsic) out.push(feature);
  OFFSETS.forEach((offset, slot) => {
    for (const feature of infoAt(sentence.infos, i + offset).neighbour[slot] ?? []) out.push(feature);
  });
  pushContextFeatures(sentence, i, out);
}

export function isHeadline(infos: readonly WordInfo[]): boolean {
  let letters = 0;
  for (const info of infos) {
    if (info.flags & FLAG.noLetter) continue;
    if (!(info.flags & FLAG.allCaps)) return false;
    letters++;
  }
  return letters > 0;
}
