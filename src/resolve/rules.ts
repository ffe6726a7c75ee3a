// Merge rules, in the order they are tried. Each says why two clusters of
// mentions name one thing; `resolve` records the rule id and reason.
import type { EntityType } from '../types.js';
import { MILITARY_SYNONYMS } from '../mentions/lexicon/cues.js';
import { arabicCore, contentWords, foldName, initials, stripDeterminers, stripRegionalQualifier } from './normalise.js';

export interface Cluster {
  type: EntityType;
  /** Canonical name from a gazetteer or lexicon, if any mention had one. */
  canonical: string | null;
  /** Surface forms with how often and where (mention index) each was first seen. */
  forms: Map<string, { count: number; first: number }>;
}

export interface MergeRule {
  id: string;
  reason: string;
  /** True when `small` (usually the later or shorter) names the same thing as `big`. */
  test: (small: Cluster, big: Cluster) => boolean;
}

const names = (c: Cluster) => [...c.forms.keys()].map(stripDeterminers);
const isMulti = (s: string) => s.trim().includes(' ');

export const MERGE_RULES: readonly MergeRule[] = [
  {
    id: 'same-canonical',
    reason: 'a gazetteer or lexicon gives both the same canonical name',
    // Also a name equal to the other's canonical name: "Syria" and "Syrian" (canonical Syria).
    test: (a, b) =>
      (a.canonical !== null && a.canonical === b.canonical) ||
      (b.canonical !== null && a.canonical === null && names(a).some((x) => foldName(x) === foldName(b.canonical!))),
  },
  {
    id: 'same-folded-form',
    reason: 'the names differ only in case, accents, articles or punctuation',
    test: (a, b) => names(a).some((x) => names(b).some((y) => foldName(x) === foldName(y))),
  },
  {
    id: 'regional-qualifier',
    reason: 'a regional qualifier ("southern Syria") names a part of the place, folded into it',
    test: (a, b) =>
      a.type === 'place' &&
      names(a).some((x) => {
        const core = stripRegionalQualifier(x);
        return core !== null && (names(b).some((y) => foldName(y) === foldName(core)) || foldName(core) === foldName(b.canonical ?? ''));
      }),
  },
  {
    id: 'surname',
    reason: 'a single name equal to the last or first name of a person named in full',
    test: (a, b) =>
      a.type === 'person' &&
      names(a).every((x) => !isMulti(x)) &&
      names(b).some((y) => {
        const parts = foldName(y).split(' ');
        return parts.length > 1 && names(a).some((x) => foldName(x) === parts[parts.length - 1] || foldName(x) === parts[0]);
      }),
  },
  {
    id: 'transliteration',
    reason: 'spellings of one Arabic name that differ in the article ("At Tanf" / "al-Tanf")',
    test: (a, b) => names(a).some((x) => names(b).some((y) => arabicCore(x) === arabicCore(y) && arabicCore(x).length >= 3)),
  },
  {
    id: 'military-synonym',
    reason: '"<country> forces", "<country> troops" and "<country> military" name one armed force',
    test: (a, b) =>
      a.type === 'organisation' &&
      names(a).some((x) => names(b).some((y) => sameForce(x, y))),
  },
  {
    id: 'derived-form',
    reason: 'the same words reordered or derived ("Revolutionary Commandos" / "Commandos of the Revolution")',
    test: (a, b) => names(a).some((x) => names(b).some((y) => isMulti(x) && isMulti(y) && sameStems(x, y))),
  },
  {
    id: 'acronym',
    reason: 'an acronym made of the initials of the other name',
    test: (a, b) =>
      names(a).some((x) => /^[A-Z]{2,6}$/.test(x) && names(b).some((y) => isMulti(y) && initials(y).includes(x))),
  },
];

function sameForce(x: string, y: string): boolean {
  const split = (s: string) => {
    const words = foldName(s).split(' ');
    for (const width of [2, 1]) {
      const tail = words.slice(-width).join(' ');
      if (words.length > width && MILITARY_SYNONYMS.has(tail)) return { owner: words.slice(0, -width).join(' '), tail };
    }
    return null;
  };
  const a = split(x);
  const b = split(y);
  return a !== null && b !== null && a.owner === b.owner && a.tail !== b.tail;
}

/** Each content word of one matches a distinct word of the other by a shared stem of five letters or more. */
function sameStems(x: string, y: string): boolean {
  const a = contentWords(x);
  const b = contentWords(y);
  if (a.length !== b.length || a.length < 2) return false;
  if (a.join(' ') === b.join(' ')) return false; // identical order: same-folded-form covers it
  const free = [...b];
  for (const word of a) {
    const k = free.findIndex((w) => stemMatch(word, w));
    if (k < 0) return false;
    free.splice(k, 1);
  }
  return true;
}

function stemMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  let common = 0;
  while (common < n && a[common] === b[common]) common++;
  return common >= Math.max(5, n - 2);
}
