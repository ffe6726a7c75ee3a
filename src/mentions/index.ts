// The mention stage: every finder proposes candidates, overlaps are settled,
// then a document-level pass finds short forms of names seen in full
// ("Dillon" after "Ryan Dillon"). Only story zones are mined for names;
// metadata zones give the author and outlets.
import type { Decision, Doc, Mention, Sentence, Token } from '../types.js';
import { STORY_ZONES } from '../types.js';
import { PRIORITY, type Candidate } from './candidate.js';
import { findCollectives, findInstitutions } from './finders/institutions.js';
import { findKnown } from './finders/known.js';
import { findMetadata } from './finders/metadata.js';
import { findAcronymDefinitions } from './finders/acronyms.js';
import { findNames, titleRunEnd } from './finders/names.js';
import { PERSON_TITLES, PORTFOLIO_WORDS } from './lexicon/titles.js';
import { findNominals } from './finders/nominal.js';
import { isNameLike } from './finders/words.js';
import { CORPORATE_SUFFIXES, EVENT_WORDS, NAME_PARTICLES, corporateCore } from './lexicon/cues.js';
import { NOT_NAMES, isCapitalisedKind } from './lexicon/common-capitals.js';
import { settleSharedShortNames } from './shared-short-names.js';
import { selectCandidates } from './select.js';

/**
 * A trained recogniser plugs in here. It sees every sentence of the document
 * (a second pass may use what it found elsewhere) and returns mentions with
 * offsets into `text`; those in story zones join the rules' candidates.
 */
export type Recogniser = (text: string, sentences: readonly Sentence[]) => Mention[];

export interface MentionOptions {
  recogniser?: Recogniser;
}

export interface MentionResult {
  mentions: Mention[];
  decisions: Decision[];
}

export function findMentions(doc: Doc, sentences: Sentence[], options: MentionOptions = {}): MentionResult {
  const story = sentences.filter((s) => STORY_ZONES.has(s.zone));
  const lowered = doc.text.toLowerCase();
  const hasDefinite = (noun: string) => lowered.includes(`the ${noun}`);
  const modelled = modelCandidates(doc, sentences, options.recogniser);
  const bySentence = new Map<number, Candidate[]>();
  for (const sentence of story) {
    bySentence.set(sentence.index, [
      ...findKnown(sentence),
      ...findInstitutions(sentence),
      ...findCollectives(sentence, hasDefinite),
      ...findAcronymDefinitions(sentence),
      ...findNames(sentence),
      ...findNominals(sentence),
      ...(modelled.get(sentence.index) ?? []),
    ]
      .map((candidate) => withinLine(doc.text, candidate))
      .filter((candidate) => candidate.end - candidate.start <= MAX_NAME_LENGTH && !isProductDesignation(sentence, candidate) && !isNotAName(doc.text.slice(candidate.start, candidate.end))));
  }
  for (const candidate of findMetadata(doc, sentences)) {
    const sentence = sentenceAt(sentences, candidate.start);
    if (sentence) bySentence.set(sentence.index, [...(bySentence.get(sentence.index) ?? []), candidate]);
  }
  const decisions: Decision[] = [];
  let mentions = toMentions(doc, bySentence);
  const shortForms = findShortForms(story, mentions, doc.text);
  if (shortForms.length > 0) {
    for (const c of shortForms) {
      const sentence = sentenceAt(sentences, c.start)!;
      bySentence.set(sentence.index, [...(bySentence.get(sentence.index) ?? []), c]);
    }
    mentions = toMentions(doc, bySentence);
  }
  const shared = settleSharedShortNames(mentions, doc.meta.date);
  mentions = shared.mentions;
  for (const m of mentions) {
    decisions.push({ stage: 'mentions', rule: m.method, message: `"${m.text}" → ${m.type}${m.refersTo && m.refersTo !== m.text ? ` (${m.refersTo})` : ''}` });
  }
  decisions.push(...shared.decisions);
  return { mentions, decisions };
}

const isNotAName = (text: string): boolean => NOT_NAMES.has(text) || isCapitalisedKind(text);

/**
 * No name is longer ("Organisation for Security and Co-operation in Europe" is 52 characters): a run of
 * letters or capitals beyond it is damage or an attack, and would make a node key as long.
 */
const MAX_NAME_LENGTH = 160;

/** A line at least this long ends where prose was wrapped, and a name may go on in the next line. */
const WRAPPED_LINE = 50;

/**
 * A name does not run over the end of a short line: "Honda" ends a line of a
 * results table, "Second race" opens the next; a byline's name stands above
 * the dateline. In prose wrapped at a fixed width it may ("Prime Minister
 * Narendra\nModi").
 */
function withinLine(text: string, candidate: Candidate): Candidate {
  const cut = text.indexOf('\n', candidate.start);
  if (cut < 0 || cut >= candidate.end) return candidate;
  if (cut - (text.lastIndexOf('\n', candidate.start - 1) + 1) >= WRAPPED_LINE) return candidate;
  const end = text.slice(candidate.start, cut).trimEnd().length + candidate.start;
  return { ...candidate, end };
}

/** A model number: "737", "A320", "F-35", "MQ-9"; not a year. */
const MODEL_NUMBER = /^(?:\d{3}|[A-Z]{1,3}-?\d{1,4}[a-z]{0,3})$/;

/**
 * "the 737 MAX", "the A320 Neo": a word after a model number, or a phrase
 * that starts with one, names a product, not an actor. A model number alone
 * ("the G7") is left to the finders.
 */
function isProductDesignation(sentence: Sentence, candidate: Candidate): boolean {
  const at = firstTokenFrom(sentence.tokens, candidate.start);
  if (sentence.tokens[at]?.start !== candidate.start) return false;
  const first = sentence.tokens[at]!;
  if (first.end < candidate.end) return MODEL_NUMBER.test(first.text) && /\d/.test(first.text) && /\p{L}/u.test(first.text);
  return at > 0 && MODEL_NUMBER.test(sentence.tokens[at - 1]!.text);
}

function toMentions(doc: Doc, bySentence: Map<number, Candidate[]>): Mention[] {
  const out: Mention[] = [];
  for (const index of [...bySentence.keys()].sort((a, b) => a - b)) {
    for (const c of selectCandidates(bySentence.get(index)!)) {
      out.push({
        start: c.start,
        end: c.end,
        text: doc.text.slice(c.start, c.end),
        type: c.type,
        sentence: index,
        score: c.score,
        method: c.method,
        form: c.form,
        ...(c.refersTo !== undefined ? { refersTo: c.refersTo } : {}),
      });
    }
  }
  return out;
}

/**
 * The middle names of a name of four names or more ("Luiz Inacio Lula da
 * Silva" → Inacio, Lula). Shorter names are left alone: in "Mohammed Shia
 * al-Sudani" the middle word is also a common noun.
 */
function middleNames(words: readonly string[]): string[] {
  const names = words.filter((w) => !NAME_PARTICLES.has(w));
  if (names.length < 4) return [];
  return names.slice(1, -1).filter((w) => w.length >= 3 && isNameLike(w));
}

/** The Arabic article of a surname ("al-Abadi", "el-Sisi"), before a capital; what is left must still look like a name. */
const SURNAME_ARTICLE = /^(?:al|el|Al|El|ad|as|at|az|ash|an|ar)-(?=\p{Lu})/u;

/**
 * Short forms of names seen in full: "Dillon" after "Ryan Dillon" (a person's
 * last name), "iRobot" after "iRobot Corp" (a company without its legal form).
 */
/** An acronym in brackets right after a name: two capitals at least, or a capital and a digit ("AfD", "M23"). */
const BRACKETED_ACRONYM = /^\s*\(\s*((?=(?:[^A-Z\s)]*[A-Z]){2}|[^\s)]*\d)[A-Z][A-Za-z0-9&-]{1,9})\s*\)/;

function findShortForms(story: Sentence[], mentions: Mention[], text: string): Candidate[] {
  const parts = new Map<string, { type: 'person' | 'organisation' | 'group'; method: string }>();
  for (const m of mentions) {
    if (m.type === 'person') {
      const words = m.text.split(/\s+/);
      const last = words[words.length - 1]!;
      if (words.length >= 2 && isNameLike(last)) parts.set(last, { type: 'person', method: 'rule:surname-after-full-name' });
      // "Lula" after "Luiz Inacio Lula da Silva": a long name is often shortened to a middle name.
      for (const middle of middleNames(words)) if (!parts.has(middle)) parts.set(middle, { type: 'person', method: 'rule:middle-name-after-full-name' });
      // "Abadi" after "Haider al-Abadi": news drops the Arabic article from a surname used alone.
      const bare = last.replace(SURNAME_ARTICLE, '');
      if (words.length >= 2 && bare !== last && isNameLike(bare)) parts.set(bare, { type: 'person', method: 'rule:surname-without-article' });
    } else if (m.type === 'organisation') {
      const core = corporateCore(m.text);
      if (core && !core.includes(' ')) parts.set(core, { type: 'organisation', method: 'rule:company-without-legal-form' });
    }
    // "Alternative for Germany (AfD)": the acronym in brackets, and each later use of it, whatever its letters.
    const acronym = m.type === 'organisation' || m.type === 'group' ? BRACKETED_ACRONYM.exec(text.slice(m.end, m.end + 16))?.[1] : undefined;
    if (acronym !== undefined && !parts.has(acronym)) parts.set(acronym, { type: m.type as 'organisation' | 'group', method: 'rule:acronym-after-name' });
  }
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const out: Candidate[] = [];
  for (const sentence of story) {
    const here = bySentence.get(sentence.index) ?? [];
    for (const token of sentence.tokens) {
      const part = parts.get(token.text);
      if (!part) continue;
      // A mention of the same type already there is the full name itself; another type is overruled.
      if (here.some((m) => m.start < token.end && token.start < m.end && (m.type === part.type || m.end - m.start > token.end - token.start))) continue;
      out.push({ start: token.start, end: token.end, type: part.type, score: 0.8, method: part.method, priority: PRIORITY.pattern, form: 'name' });
    }
  }
  return out;
}

function modelCandidates(doc: Doc, sentences: Sentence[], recogniser: Recogniser | undefined): Map<number, Candidate[]> {
  const out = new Map<number, Candidate[]>();
  if (!recogniser) return out;
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  for (const m of recogniser(doc.text, sentences)) {
    const sentence = byIndex.get(m.sentence);
    const span = sentence ? withoutTitles(sentence, m.start, m.end) : { start: m.start, end: m.end };
    if (!span) continue;
    // "St. Martin" read as a person is an island or a town; a team ("St. Mirren") the model reads as one already.
    const saintly = m.type === 'person' && /^St\.? /.test(doc.text.slice(span.start, span.end));
    const type = saintly ? 'place' : m.type;
    const candidate: Candidate = { start: span.start, end: span.end, type, score: m.score, method: m.method, priority: PRIORITY.model, form: m.form };
    const list = out.get(m.sentence);
    if (list) list.push(candidate);
    else out.set(m.sentence, [candidate]);
  }
  return out;
}

/**
 * A model span without the titles the model took in: "Federal Judge Sergio
 * Moro" is Sergio Moro (the titles rule names him a person, and the longer
 * span would otherwise win), and "European Competition" before
 * "Commissioner" is the portfolio of a title, leaving "European". Undefined
 * when nothing but title words is left.
 */
function withoutTitles(sentence: Sentence, start: number, end: number): { start: number; end: number } | undefined {
  // Tokens are sorted by offset: the span's are a contiguous run found by binary search, not a scan per mention.
  const first = firstTokenFrom(sentence.tokens, start);
  let last = first;
  while (last < sentence.tokens.length && sentence.tokens[last]!.end <= end) last++;
  const tokens = sentence.tokens.slice(first, last);
  if (tokens.length === 0) return { start, end };
  const words = tokens.map((t) => t.text);
  // "Hurricane Irma": a named event is no actor (CoNLL's MISC, which the graph leaves out).
  if (EVENT_WORDS.has(words[0]!) && words.length > 1) return undefined;
  // "FEMA Administrator Brock Long": a title inside the span, then a personal name, joins two
  // names; the rules split them. "U.N. General Assembly" and "Justice Department" stay whole.
  for (let k = 1; k < words.length - 1; k++) {
    const after = titleRunEnd(words, k, words.length);
    if (after > k && words.length - after >= 2 && words.slice(after).every(isNameLike)) return undefined;
  }
  const from = titleRunEnd(words, 0, words.length);
  let to = words.length;
  // "Drexel Burnham Lambert Inc. of New York": a legal form ends the company's name; its city follows.
  const legalForm = words.findIndex((word, k) => k > 0 && CORPORATE_SUFFIXES.has(word) && words[k + 1] === 'of');
  if (legalForm > 0) to = legalForm + 1;
  const next = sentence.tokens[last];
  if (next && PERSON_TITLES.has(next.text)) while (to > from && PORTFOLIO_WORDS.has(words[to - 1]!)) to--;
  if (from === 0 && to === words.length) return { start, end };
  if (from >= to) return undefined;
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

/** The index of the first token starting at or after `offset`. */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Sentences are sorted and disjoint: a binary search finds the one holding an offset. */
function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return s;
  }
  return undefined;
}
