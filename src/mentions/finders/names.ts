// Proper-name chunks: runs of capitalised words (with "of the" and Arabic
// articles inside), classified by their head word, titles and context.
// This is the rule baseline; a trained recogniser adds its own candidates.
import type { EntityType, Sentence, Token } from '../../types.js';
import { PRIORITY, type Candidate } from '../candidate.js';
import { matchAt } from '../gazetteer.js';
import { COMMON_CAPITALS, NOT_NAMES } from '../lexicon/common-capitals.js';
import { ARABIC_ARTICLES, CORPORATE_SUFFIXES, EVENT_WORDS, GROUP_HEADS, NAME_PARTICLES, ORGANISATION_HEADS, PARTY_PLURALS, PLACE_HEADS, PLACE_NOUNS_AFTER } from '../lexicon/cues.js';
import { KIN_NOUNS, PERSON_TITLES, PORTFOLIO_WORDS, ROLE_NOUNS } from '../lexicon/titles.js';
import { APPOSITION_TYPE_NOUNS } from '../lexicon/type-nouns.js';
import { hyphenatedHead } from './known.js';
import { isAcronym, isCapitalised, isConnector, isNameLike, isTitleCase } from './words.js';

interface Chunk {
  from: number; // token index, inclusive
  to: number; // token index, exclusive
}

export function findNames(sentence: Sentence): Candidate[] {
  const tokens = sentence.tokens;
  const words = tokens.map((t) => t.text);
  // In a title-case headline (or subheading) every word is capitalised: only known names count there.
  if (isHeadline(sentence)) return [];
  const out: Candidate[] = [];
  for (const chunk of chunks(words)) out.push(...classifyChunk(tokens, words, chunk));
  // In a line set in capitals ("SOCCER - JAPAN GET LUCKY WIN .") capitals say nothing: no guesses from them
  // ("SOCCER", "PRESS DIGEST" as organisations); firmer rules, the gazetteer and the model still read it.
  const guessed = out.some((c) => c.priority <= PRIORITY.guess);
  return guessed && isShouted(words) ? out.filter((c) => c.priority > PRIORITY.guess) : out;
}

/** Most words in capitals: a wire headline or slug line. */
function isShouted(words: readonly string[]): boolean {
  const lettered = words.filter((w) => /\p{L}{2}/u.test(w));
  return lettered.length >= 3 && lettered.filter((w) => w === w.toUpperCase()).length / lettered.length >= 0.8;
}

/**
 * Where a run of title words starting at `k` ends ("Foreign Minister",
 * "Col."); `k` itself when no title starts there. Portfolio words count only
 * when a title follows them.
 */
export function titleRunEnd(words: readonly string[], k: number, limit: number): number {
  let end = k;
  let sawTitle = false;
  while (end < limit && (PERSON_TITLES.has(words[end]!) || PORTFOLIO_WORDS.has(words[end]!))) {
    if (PERSON_TITLES.has(words[end]!)) sawTitle = true;
    end++;
  }
  if (!sawTitle) return k;
  // Trailing portfolio words belong to what follows, not to the title.
  while (end > k && !PERSON_TITLES.has(words[end - 1]!)) end--;
  // "Secretary of State James Baker", "Minister of State for Foreign Affairs X": a portfolio after "of" is part of the title.
  let portfolioEnd = end;
  for (const joiner of ['of', 'for']) {
    if (words[portfolioEnd] !== joiner) continue;
    let at = portfolioEnd + (words[portfolioEnd + 1] === 'the' ? 2 : 1);
    const first = at;
    // "Foreign and Commonwealth Affairs": a run of portfolio words, "and" inside it.
    while (at < limit && (PORTFOLIO_WORDS.has(words[at]!) || (words[at] === 'and' && at > first && PORTFOLIO_WORDS.has(words[at + 1] ?? '')))) at++;
    if (at === first) break;
    portfolioEnd = at;
  }
  // Up to the limit, the span is all title ("Minister of State for Foreign", cut before "and"): no name in it.
  return portfolioEnd;
}

/** A title-case headline or subheading, where every word is capitalised. */
export function isHeadline(sentence: Sentence): boolean {
  const words = sentence.tokens.map((t) => t.text);
  const unpunctuated = !/[.!?"”]$/.test(words[words.length - 1] ?? '');
  return (sentence.zone === 'title' || unpunctuated) && isTitleCase(words);
}

function chunks(words: string[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    if (!startsName(words, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const next = words[j];
      if (next === undefined) break;
      if (isCapitalised(next) && !COMMON_CAPITALS.has(next) && !hyphenatedHead(next)) {
        j++;
        continue;
      }
      // "Commandos of the Revolution", "Bank of England", "Deir ez-Zor"; but a legal form ends
      // a company's name: "Drexel Burnham Lambert Inc. of New York" is the firm, then its city.
      if (CORPORATE_SUFFIXES.has(words[j - 1]!) && j - 1 > i) break;
      let k = j;
      if (words[k] !== undefined && isConnector(words[k]!)) k++;
      if (k > j && words[k - 1]?.match(/^(?:of|for)$/) && words[k] === 'the') k++;
      if (k > j && words[k] !== undefined && isCapitalised(words[k]!)) {
        j = k + 1;
        continue;
      }
      break;
    }
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

function startsName(words: string[], i: number): boolean {
  const word = words[i]!;
  if (!isCapitalised(word) || !/\p{L}/u.test(word) || hyphenatedHead(word)) return false;
  // "At Tanf": an Arabic article mid-sentence followed by a capitalised word is part of a name.
  if (ARABIC_ARTICLES.has(word) && i > 0 && words[i + 1] !== undefined && isCapitalised(words[i + 1]!)) return true;
  return !COMMON_CAPITALS.has(word);
}

function classifyChunk(tokens: Token[], words: string[], chunk: Chunk): Candidate[] {
  // "US Army Col. Ryan Dillon": what precedes a title is its own name; what follows is a person.
  // A title with no name after it ("Ministry of Justice") is part of the name, not a title, and
  // so is one inside a company's name ("General Electric Co", "General Motors Corp").
  const company = CORPORATE_SUFFIXES.has(words[chunk.to - 1]!) && chunk.to - chunk.from > 1;
  for (let k = chunk.from; k < chunk.to && !company; k++) {
    const after = titleRunEnd(words, k, chunk.to);
    // "the Prime Minister", "the Secretary of State": a title with no name names an office, not an actor.
    if (after >= chunk.to && k === chunk.from) return [];
    if (after === k || after >= chunk.to) continue;
    // "the General Court", "the General Assembly": a rank before a body's head word is part of its name.
    if (chunk.to - after === 1 && ORGANISATION_HEADS.has(words[after]!)) continue;
    // "the President of the United States": a title followed by "of" names an office; what follows "of (the)" is classified alone.
    if (k === chunk.from && (words[after] === 'of' || words[after] === 'for')) {
      const rest = after + (words[after + 1] === 'the' ? 2 : 1);
      return rest < chunk.to ? classifyChunk(tokens, words, { from: rest, to: chunk.to }) : [];
    }
    let left = k > chunk.from ? classifyChunk(tokens, words, { from: chunk.from, to: k }) : [];
    // "Apple CEO Tim Cook": an unknown name right before a title is the body the person serves.
    if (left.length === 0 && k > chunk.from && !matchAt(words, chunk.from)) {
      left = [make(tokens, chunk.from, k, 'organisation', 0.7, 'rule:name-before-title')];
    }
    // "Senator Elizabeth Warren of Massachusetts": the person ends before "of"; what follows is classified alone.
    const ofAt = words.indexOf('of', after);
    if (ofAt > after && ofAt < chunk.to - 1) {
      const rest = ofAt + (words[ofAt + 1] === 'the' ? 2 : 1);
      const right = rest < chunk.to ? classifyChunk(tokens, words, { from: rest, to: chunk.to }) : [];
      return [...left, make(tokens, after, ofAt, 'person', 0.85, 'rule:title-person'), ...right];
    }
    return [...left, make(tokens, after, chunk.to, 'person', 0.85, 'rule:title-person')];
  }
  const span = words.slice(chunk.from, chunk.to);
  // "Democratic Senate leader": a party's label before a chamber names the chamber, not a body of its own.
  if (span.length === 2 && PARTY_LABELS.has(span[0]!) && CHAMBERS.has(span[1]!)) return classifyChunk(tokens, words, { from: chunk.from + 1, to: chunk.to });
  // "Danish drugmaker Bavarian Nordic": a firm noun in lower case before a name names a firm, however the recogniser typed it.
  if (FIRM_NOUNS.has(words[chunk.from - 1] ?? '') && !matchAt(words, chunk.from)) return [make(tokens, chunk.from, chunk.to, 'organisation', 0.85, 'rule:firm-noun-before-name')];
  if (isRoleBeforePerson(words, chunk)) return [make(tokens, chunk.from, chunk.to, 'person', 0.85, 'rule:role-before-person')];
  if (isKinBeforePerson(words, chunk)) return [make(tokens, chunk.from, chunk.to, 'person', 0.85, 'rule:kin-before-person')];
  if (worksAt(words, chunk) && !matchAt(words, chunk.from)) return [make(tokens, chunk.from, chunk.to, 'organisation', 0.8, 'rule:role-at-organisation')];
  // "Hurricane Irma", "Operation Inherent Resolve": named events are no actors.
  if (span.length > 1 && EVENT_WORDS.has(span[0]!)) return [];
  // The head of "Commandos of the Revolution" is the word before "of".
  const ofAt = span.findIndex((w) => w === 'of' || w === 'for');
  const last = span[(ofAt > 0 ? ofAt : span.length) - 1]!;
  const whole = matchAt(words, chunk.from);
  // A known name followed by a head word is a longer name ("US Army", "Damascus University").
  if (whole && whole.length === span.length) return []; // the gazetteer finder has it
  // A head word alone ("Fighters", "Army") is a common noun at the start of a sentence, not a name.
  const named = span.length > 1;
  // "Fighters of the Free Syrian Army", "Shares of iRobot Corp.": at the start of a
  // sentence the capital may be the sentence's, and the name is what follows "of (the)"
  // when that is a name by a firmer rule.
  if (ofAt > 0 && chunk.from === 0) {
    const rest = chunk.from + ofAt + (words[chunk.from + ofAt + 1] === 'the' ? 2 : 1);
    const inner = matchAt(words, rest);
    if (inner && rest + inner.length === chunk.to) return [];
    const firmer = rest < chunk.to ? classifyChunk(tokens, words, { from: rest, to: chunk.to }) : [];
    if (firmer.length > 0 && firmer.every((c) => c.priority > PRIORITY.guess)) return firmer;
  }
  if (named && GROUP_HEADS.has(last)) return [make(tokens, chunk.from, chunk.to, 'group', 0.8, 'rule:group-head')];
  if (named && (ORGANISATION_HEADS.has(last) || PARTY_PLURALS.has(last) || CORPORATE_SUFFIXES.has(last) || ORGANISATION_HEADS.has(span.slice(-2).join(' ')))) {
    return [make(tokens, chunk.from, chunk.to, 'organisation', 0.8, 'rule:organisation-head')];
  }
  if (PLACE_HEADS.has(last) && span.length > 1) return [make(tokens, chunk.from, chunk.to, 'place', 0.8, 'rule:place-head')];
  const described = appositionType(words, chunk.to);
  if (described) return [make(tokens, chunk.from, chunk.to, described, 0.75, 'rule:apposition-type')];
  const after = words[chunk.to]?.toLowerCase();
  // "the Zairean border", "an English town": one word shaped like an adjective qualifies the noun; it names no place.
  if (after && PLACE_NOUNS_AFTER.has(after) && !(span.length === 1 && ADJECTIVE_SHAPE.test(span[0]!))) {
    return [make(tokens, chunk.from, chunk.to, 'place', 0.75, 'rule:place-noun-after')];
  }
  if (ARABIC_ARTICLES.has(span[0]!) || /^(?:al|ad|as|at|az|ash)-/.test(span[0]!)) {
    // After "at", "in", "near" ("forces at At Tanf") the name is a place, whatever its capitals suggest.
    const locative = LOCATIVES.has(words[chunk.from - 1]?.toLowerCase() ?? '');
    return [make(tokens, chunk.from, chunk.to, 'place', locative ? 0.8 : 0.6, locative ? 'rule:arabic-place-after-locative' : 'rule:arabic-article-place')];
  }
  if (span.length === 1) {
    if (isAcronym(last) && !NOT_NAMES.has(last)) return [make(tokens, chunk.from, chunk.to, 'organisation', 0.5, 'rule:acronym')];
    return [];
  }
  // "Bashar al-Assad", "Haider al-Abadi": a given name and an Arabic surname; but "Deir al-Zor",
  // "Ras al-Ain", "Tal al-Abyad": a word that heads place names makes it a place.
  if (span.length >= 2 && span.length <= 3 && ARABIC_SURNAME.test(span[span.length - 1]!)) {
    if (ARABIC_GROUP_HEADS.has(span[0]!)) return [make(tokens, chunk.from, chunk.to, 'group', 0.8, 'rule:arabic-group-name')];
    if (TOPONYM_HEADS.has(span[0]!) && !GIVEN_NAME_HEADS.has(span[0]!)) return [make(tokens, chunk.from, chunk.to, 'place', 0.75, 'rule:arabic-place-name')];
    // Two words only: "Hayat Tahrir al-Sham" and its kind are longer.
    if (span.length === 2 && !TOPONYM_HEADS.has(span[0]!) && isNameLike(span[0]!)) {
      return [make(tokens, chunk.from, chunk.to, 'person', 0.75, 'rule:arabic-name')];
    }
  }
  if (span.length <= 5 && looksLikePersonalName(span)) {
    // "Mohammed bin Salman", "Niels van Dam", "Ismail Ould Cheikh Ahmed": a patronymic or nobiliary particle between names marks a person.
    const particle = span.slice(1, -1).some((w) => PERSON_NAME_PARTICLES.has(w));
    return [make(tokens, chunk.from, chunk.to, 'person', particle ? 0.75 : 0.6, particle ? 'rule:name-with-particle' : 'rule:name-like')];
  }
  return [make(tokens, chunk.from, chunk.to, 'organisation', 0.4, 'rule:capitalised-phrase')];
}

/** Roles held at a firm or body, whose "at" or "with" names it ("an analyst at Bernstein"); "for" may name a person ("a spokesman for Masood"). */
const ROLES_AT_A_BODY: ReadonlySet<string> = new Set([
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'spokesman', 'spokeswoman', 'spokesperson', 'researcher',
  'reporter', 'correspondent', 'editor', 'employee', 'partner', 'lawyer', 'attorney', 'executive', 'director', 'manager',
]);

/**
 * "Stacy Rasgon, an analyst at Bernstein.": a name after a role and "at" or
 * "with" is the body the role is held at, when the name ends the phrase (not
 * "an analyst at Dhaka airport").
 */
function worksAt(words: readonly string[], chunk: Chunk): boolean {
  const preposition = words[chunk.from - 1] === 'the' ? chunk.from - 2 : chunk.from - 1;
  if (!['at', 'with'].includes(words[preposition] ?? '')) return false;
  if (!ROLES_AT_A_BODY.has(words[preposition - 1]?.toLowerCase() ?? '')) return false;
  const next = words[chunk.to];
  return next === undefined || !/^\p{L}/u.test(next) || ['and', 'said', 'says', 'who', 'which', 'in', 'on'].includes(next);
}

/** Capitals that name no actor: time zones and clock words ("1400 GMT"), and notes to editors. */

const LOCATIVES: ReadonlySet<string> = new Set(['at', 'in', 'near', 'from', 'to', 'around', 'outside', 'inside', 'into', 'towards', 'toward']);

/** Rules that only guess from capitals and shape give way to the trained model. */
const WEAK_RULES: ReadonlySet<string> = new Set(['rule:name-like', 'rule:capitalised-phrase', 'rule:acronym', 'rule:place-noun-after']);

/**
 * "chief executive Paula Vennells", "spokesman Ryan Dillon": a role noun in
 * lower case, then two or three name words with no head word of a body or a
 * place, is a person, however the recogniser typed the name.
 */
function isRoleBeforePerson(words: string[], chunk: Chunk): boolean {
  const span = words.slice(chunk.from, chunk.to);
  const before = words[chunk.from - 1] ?? '';
  if (span.length < 2 || span.length > 3 || !ROLE_NOUNS.has(before) || matchAt(words, chunk.from)) return false;
  const last = span[span.length - 1]!;
  if (ORGANISATION_HEADS.has(last) || GROUP_HEADS.has(last) || PLACE_HEADS.has(last) || CORPORATE_SUFFIXES.has(last) || PARTY_PLURALS.has(last) || FIRM_WORDS.has(last)) return false;
  // "commander Major-General Utomo": the title rule reads a name after a rank.
  return span.every((word) => isNameLike(word) && !isAcronym(word) && !PERSON_TITLES.has(word) && !/^(?:Major|Lieutenant|Brigadier|Vice|Rear)-/.test(word));
}

const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your', "'s", '’s']);

/**
 * "his wife Brigitte", "the minister's son Hunter": a possessive, a family
 * noun, then one to three name words is a person, even a first name alone,
 * which the recogniser often leaves out.
 */
function isKinBeforePerson(words: string[], chunk: Chunk): boolean {
  const span = words.slice(chunk.from, chunk.to);
  if (span.length > 3 || !KIN_NOUNS.has(words[chunk.from - 1] ?? '') || !POSSESSIVES.has(words[chunk.from - 2]?.toLowerCase() ?? '') || matchAt(words, chunk.from)) return false;
  return span.every((word) => isNameLike(word) && !isAcronym(word) && !PERSON_TITLES.has(word) && !COMMON_CAPITALS.has(word));
}

const PARTY_LABELS: ReadonlySet<string> = new Set(['Democratic', 'Republican', 'Conservative', 'Labour', 'Liberal', 'Socialist']);
const CHAMBERS: ReadonlySet<string> = new Set(['Senate', 'House', 'Congress', 'Parliament', 'Assembly']);

/** Endings of adjectives of peoples and places the gazetteer lacks ("Zairean", "Sicilian", "English", "Islamic"); not "-stan". */
const ADJECTIVE_SHAPE = /(?:ean|ian|ish|ese|ic|ican|yan|uscan)$/;

/**
 * Nouns for a firm that stand right before its name ("Danish drugmaker Bavarian Nordic", "chipmaker Nvidia").
 * Not the nouns that also name a person's trade: "insurer Thierry Dehaan" was an underwriter, and a miner is a man.
 */
const FIRM_NOUNS: ReadonlySet<string> = new Set([
  'drugmaker', 'carmaker', 'automaker', 'chipmaker', 'planemaker', 'conglomerate', 'airline', 'startup', 'start-up', 'firm', 'company', 'bank',
]);

/** Last words of a firm's name that no person has: "lead manager Lehman Brothers International". */
const FIRM_WORDS: ReadonlySet<string> = new Set(['International', 'Brothers', 'Bros', 'Partners', 'Capital', 'Securities', 'Associates', 'Markets', 'Investments', 'Advisors', 'Advisers', 'Ventures', 'Consulting']);

function make(tokens: Token[], from: number, to: number, type: EntityType, score: number, method: string): Candidate {
  const priority = WEAK_RULES.has(method) ? PRIORITY.guess : PRIORITY.pattern;
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end, type, score, method, priority, form: 'name' };
}

/** "Ryan Dillon", "Niels van Dam", "Abdul Malik al-Houthi", "Ahmed Awad bin Mubarak". */
function looksLikePersonalName(span: string[]): boolean {
  const parts = span.filter((w) => !NAME_PARTICLES.has(w));
  if (parts.length < 2 || parts.length > 4) return false;
  return parts.every((w) => isNameLike(w) || /^(?:al|el|ad|ash|bin|ibn)-\p{Lu}[\p{Ll}\p{M}]+$/u.test(w));
}

/** An Arabic surname with its article: "al-Assad", "el-Sisi". */
const ARABIC_SURNAME = /^(?:al|el)-\p{Lu}\p{Ll}+$/u;

/** Words that begin Arabic place names ("Deir", "Ras", "Jisr"), never a given name in news. */
const TOPONYM_HEADS: ReadonlySet<string> = new Set([
  'Deir', 'Dayr', 'Ras', 'Jisr', 'Tal', 'Tell', 'Bab', 'Ain', 'Ayn', 'Kafr', 'Khan', 'Bir', 'Wadi', 'Jabal', 'Jebel', 'Qasr',
  'Beit', 'Bayt', 'Beni', 'Bani', 'Umm', 'Abu', 'Madinat', 'Mina', 'Souq', 'Suq', 'Hay', 'Harat', 'Sheikh', 'Shaikh', 'Marj', 'Sidi',
]);

/** Words that begin the names of Arabic armed groups ("Jaish al-Islam", "Ahrar al-Sham", "Hayat Tahrir al-Sham"). */
const ARABIC_GROUP_HEADS: ReadonlySet<string> = new Set([
  'Jaish', 'Jaysh', 'Ahrar', 'Jabhat', 'Liwa', 'Ansar', 'Harakat', 'Haraket', 'Kataib', 'Kata\'ib', 'Saraya', 'Asaib', 'Hayat', 'Jund',
  'Faylaq', 'Fatah', 'Hizb', 'Tahrir', 'Ahl', 'Tanzim', 'Jamaat', 'Jama\'at', 'Firqat', 'Quwat',
]);

/** Place-name heads that also begin people's names ("Abu Bakr al-Baghdadi", "Sheikh Hasina"): neither rule decides those. */
const GIVEN_NAME_HEADS: ReadonlySet<string> = new Set(['Abu', 'Sheikh', 'Shaikh']);

/** Particles found inside personal names and hardly ever inside place names (unlike "de" in "Rio de Janeiro"). */
const PERSON_NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'van', 'von', 'Ould']);


const POSSESSIVE_ENDINGS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * "X, a port city in ...", "X, the Danish shipping group": the noun of an
 * apposition right after the name says its type. Reads at most four words.
 */
function appositionType(words: string[], to: number): EntityType | null {
  if (words[to] !== ',' || !['a', 'an', 'the'].includes(words[to + 1]?.toLowerCase() ?? '')) return null;
  for (let k = to + 2; k < Math.min(words.length, to + 7); k++) {
    const word = words[k]!.toLowerCase();
    if (word === ',' || word === '.') break;
    // "the company's co-founder": a possessor is not what the name is; the noun after it is.
    if (POSSESSIVE_ENDINGS.has(words[k + 1] ?? '')) continue;
    // A two-word noun ("rebel group", "border town") decides before its second word alone would.
    const pairType = APPOSITION_TYPE_NOUNS.get(`${word} ${words[k + 1]?.toLowerCase() ?? ''}`);
    if (pairType) return pairType;
    const type = APPOSITION_TYPE_NOUNS.get(word);
    if (type && !(words[k + 1] && /^\p{Ll}/u.test(words[k + 1]!) && APPOSITION_TYPE_NOUNS.has(words[k + 1]!.toLowerCase()))) return type;
  }
  return null;
}
