// Expands the macros of relation patterns into regular expressions over slot
// strings. Built once; the result is cached per pattern.
import { KIN_NOUNS, PERSON_TITLES, PORTFOLIO_WORDS, ROLE_NOUNS } from '../mentions/lexicon/titles.js';
import type { RelationPattern } from './patterns.js';
import { VERB_FORMS } from './verbs.js';
import { requiredText, type Clause } from './required-text.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) =>
  [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape).join('|');

const ENTITY_TYPES = 'person|organisation|place|group';
const slot = (types: string, forms = 'name|nominal') => `⟦\\d+:(?:${types}):(?:${forms})⟧`;
// "A , B and C", "A and B"; a lone trailing comma is not part of it ("A , told").
const coordination = (types: string, forms?: string) =>
  `${slot(types, forms)}(?: , ${slot(types, forms)})*(?:(?: ,)? (?:and|or) ${slot(types, forms)})?`;

const AUXILIARIES = [
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'did', 'does', 'do', 'been', 'being', 'be', 'not', "n't", 'also', 'reportedly', 'allegedly', 'indeed', 'already', 'now',
  'then', 'actively', 'directly', 'once', 'still', 'never', 'just', 'recently', 'later', 'first', 'further', 'openly',
  'repeatedly', 'allegedly', 'apparently', 'publicly', 'secretly', 'able to', 'going to', 'trying to', 'better',
];
// Not "that": before a name it opens a clause ("denied that Russian forces had ..."), which names no object.
const DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those'];
const MODIFIERS = [
  'former', 'local', 'senior', 'top', 'rival', 'other', 'remaining', 'several', 'two', 'three', 'many', 'some',
  'separate', 'isolated', 'new', 'own', 'official', 'military', 'government', 'us-led', 'regional', 'modern',
];
const DIRECTIONS = ['northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'central', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern'];

function verbMacro(): string {
  const forms = VERB_FORMS.map((v) => (v.preposition ? `${v.form} ${v.preposition}` : v.form));
  const one = `(?:${alternation(forms)})`;
  return `(?<verb>${one}(?: , ${one})*(?: ,)?(?: (?:and|or) ${one})?)`;
}

const MACROS: Record<string, string> = {
  AUX: `(?:(?:${alternation(AUXILIARIES)}) )*`,
  DET: `(?:(?:${alternation(DETERMINERS)}) )?`,
  MOD: `(?:(?:${alternation(MODIFIERS)}) ){0,2}`,
  DIR: `(?:${alternation(DIRECTIONS)})`,
  ROLE: `(?:${alternation(ROLE_NOUNS)})`,
  TITLE: `(?:(?:${alternation([...PERSON_TITLES, ...PORTFOLIO_WORDS].map((t) => t.toLowerCase()))}) )+`,
  // What may stand before a person named as an object: "United Nations envoy", "Iraqi Prime Minister".
  // "IMF managing director Kristalina Georgieva": up to two words before a role noun.
  // "shot his wife Mary", "met Macron 's wife Brigitte": a family noun.
  PRETAIL: `(?:⟦[^⟧]+⟧ (?:'s )?)?(?:(?:${alternation([...PERSON_TITLES, ...PORTFOLIO_WORDS].map((t) => t.toLowerCase()))}) |(?:[a-z][a-z-]* ){0,2}?(?:${alternation(ROLE_NOUNS)}) |(?:${alternation(KIN_NOUNS)}) )*`,
  NOTAGENT: '(?<! by (?:the |a |an )?)',
  // The slot is not the object of a preposition ("based in Bedford , ..."), so it can be a subject.
  NOTOBJ: '(?<! (?:by|in|at|of|from|to|with|on|for|near|into|about|against|over|under|between|across) (?:the |a |an )?)',
  // ", a coalition spokesman ,", ", based in Bedford , Massachusetts ,": words and at most one slot or list of slots.
  APPOS: `(?:, (?:(?:a|an|the) )?[^,⟦]{0,80}(?:⟦[^⟧]+⟧(?: , ⟦[^⟧]+⟧){0,3} )?[^,⟦]{0,80}, )?`,
  // "controls much of northern Syria": a share of a place is still the place, and
  // "captured the town of Bakhmut": the kind of place before its name.
  QUANT:
    '(?:(?:much|most|all|some|part|parts|large parts|swathes|areas|control) of )?(?:the )?' +
    '(?:(?:town|city|village|port|province|region|district|area|territory) of )?(?:(?:northern|southern|eastern|western|central) )?',
  // "the Pakistani Taliban": a demonym before a body's name qualifies it.
  DEMONYM: '(?:⟦\\d+:place:demonym⟧ )?',
  // "the Iran-aligned Houthis": a name with a hyphenated participle is a modifier of the noun after it.
  HYPHMOD: '(?:⟦[^⟧]+⟧ -[a-z]+ (?:, ⟦[^⟧]+⟧ -[a-z]+ )*)?',
  REDUCED: `(?:(?:[a-z]+ed)(?: , [a-z]+ed)*(?: ,)?(?: and [a-z]+ed)? by ${`(?:(?:${alternation(DETERMINERS)}) )?`}⟦[^⟧]+⟧ )?`,
};

const sources = new Map<string, string>();
const cache = new Map<string, RegExp>();
const requirements = new Map<string, Clause[]>();

/** The source of a pattern's regular expression, macros expanded. */
export function patternSource(pattern: RelationPattern): string {
  const cached = sources.get(pattern.id);
  if (cached !== undefined) return cached;
  const source = pattern.pattern
    // {TAIL:place+demonym} also takes demonyms ("French President ..."); {TAIL:place!} one name, never a list.
    .replace(/\{(HEAD|TAIL)(?::([a-z|]+))?(\+demonym)?(!)?\}/g, (_, role: string, types?: string, demonym?: string, one?: string) => {
      const forms = demonym ? 'name|nominal|demonym' : undefined;
      return `(?<${role.toLowerCase()}>${one ? slot(types ?? ENTITY_TYPES, forms) : coordination(types ?? ENTITY_TYPES, forms)})`;
    })
    .replace(/\{VERB\}/g, verbMacro())
    .replace(/\{([A-Z]+)\}/g, (whole, name: string) => {
      const macro = MACROS[name];
      if (macro === undefined) throw new Error(`relation pattern ${pattern.id}: unknown macro ${whole}`);
      return macro;
    });
  // Patterns read whole tokens: each starts after a space and ends before one. A match never
  // ends on a name that a hyphenated participle follows ("fighting the Iran -aligned Houthis"):
  // that name modifies the next noun and is not the argument.
  const full = `(?<= )${source}(?= (?!-[a-z])|$)`;
  sources.set(pattern.id, full);
  return full;
}

export function compilePattern(pattern: RelationPattern): RegExp {
  const cached = cache.get(pattern.id);
  if (cached) return cached;
  const regex = new RegExp(patternSource(pattern), 'g');
  cache.set(pattern.id, regex);
  return regex;
}

/** Text every match of the pattern contains (see required-text.ts): a sentence without it is skipped. */
export function patternRequirements(pattern: RelationPattern): Clause[] {
  let clauses = requirements.get(pattern.id);
  if (!clauses) {
    clauses = requiredText(patternSource(pattern));
    requirements.set(pattern.id, clauses);
  }
  return clauses;
}

/** The mention indexes in a captured slot or coordination: "⟦3:place:name⟧ , ⟦5:place:name⟧" → [3, 5]. */
export function slotIndexes(captured: string | undefined): number[] {
  if (!captured) return [];
  return [...captured.matchAll(/⟦(\d+):/g)].map((m) => Number(m[1]));
}
