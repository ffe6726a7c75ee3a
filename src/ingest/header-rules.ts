// The lines that open an article before its story: bylines, datelines and
// labelled metadata (tags, sections). Each rule reads its line into metadata
// findings; `zones.ts` decides where they may appear.
import { findDate } from './dates.js';
import { matchAt } from '../mentions/gazetteer.js';
import { tokenize } from '../segment/tokenize.js';

export type HeaderKind = 'byline' | 'dateline' | 'meta';

export interface HeaderFinding {
  author?: string;
  date?: string;
  /** A publisher named beside a date: the outlet, or the original source if the outlet is known. */
  publisher?: string;
  tags?: string[];
  url?: string;
}

export interface HeaderRule {
  id: string;
  kind: HeaderKind;
  reason: string;
  /** Longest paragraph the rule reads; a longer one is prose. */
  maxLength: number;
  read: (text: string) => HeaderFinding | undefined;
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const PARTICLE = String.raw`(?:de|da|di|del|der|van|von|al|el|bin|ibn|la|le|du|dos|das)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){0,4}`;
// Authors joined by "and" or "&"; a comma usually brings the outlet ("By Jane Doe, Reuters").
const NAMES = String.raw`${NAME}(?:(?:\s+and\s+|\s*&\s*)${NAME})*`;
const BYLINE = new RegExp(String.raw`^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Ww]ords by|[Rr]eported by|[Aa]uthors?:)\s+(${NAMES})(.*)$`, 'u');

/**
 * The reporters and writers a wire story's credit line names ("Reporting by
 * Jens Becker in Berlin and Sarah Marsh; Editing by Anna Schulz" gives
 * "Jens Becker and Sarah Marsh"): its authors. Editors are not authors.
 */
export function creditedAuthors(line: string): string | undefined {
  const names: string[] = [];
  for (const m of line.matchAll(/\b(?:additional )?(?:reporting|writing) by\s+([^;()]+?)(?=\s*(?:;|\)|$|\b(?:editing|reporting|writing) by\b))/giu)) {
    const credited = (m[1] ?? '').replace(new RegExp(String.raw`\s+in\s+${NAME}`, 'gu'), '');
    for (const part of credited.split(/\s*(?:,|&|\band\b)\s*/u)) {
      if (new RegExp(`^${NAME}$`, 'u').test(part) && !names.includes(part)) names.push(part);
    }
  }
  return names.length > 0 ? names.join(' and ') : undefined;
}

/** Words of a job, not of an outlet, after a byline's name. */
const BYLINE_JOBS = /\b(?:correspondent|editor|reporter|writer|staff|contributor|columnist|chief|bureau|producer|analyst|journalist|special|senior)\b/i;

/** Words that introduce a date and name no publisher. */
const DATE_LABELS = /^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?|date|dated|on)$/i;
const PUBLISHED_BY = /^(?:published|posted|first published|appeared)\s+(?:by|in)\s+(.+?)(?:\s+(?:on|at))?$/i;
/** Lower-case words that may sit inside a publisher's name ("Centre for Research on Globalization"). */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'du', 'la', 'le', 'el', 'al', 'des', 'der', 'die', 'y', 'e', '&']);

/** A publisher is a short capitalised name, not a headline or sentence that ends in a date. */
function isPublisherName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 6 || !/^[\p{Lu}\p{N}]/u.test(name) || /[.!?;]$/.test(name)) return false;
  const last = words[words.length - 1] ?? '';
  return !/^\p{Ll}/u.test(last) && words.every((word) => !/^\p{Ll}/u.test(word) || NAME_CONNECTORS.has(word));
}

/** The whole name is a country or city the gazetteer knows. */
function isPlaceName(name: string): boolean {
  const words = tokenize(name).map((t) => t.text);
  const hit = matchAt(words, 0);
  return hit !== null && hit.length === words.length && hit.entry.type === 'place' && !hit.entry.demonym;
}

// "Source: Deutsche Welle", "URL: https://...": the fields a scraper writes above the story.
const PUBLISHER_LABEL = /^(?:source|publisher|publication|outlet|newspaper|media outlet)\s*:\s*(.+)$/i;
const URL_LABEL = /^(?:url|link|source url|original url|canonical url|permalink)\s*:\s*(https?:\/\/\S+)$/i;

const META_LABELS = /^(region|regions|theme|themes|topic|topics|tags?|tagged|tagged with|categories|category|filed under|in-depth report|keywords|section|subjects?)\s*:\s*([\s\S]*)$/i;

export const HEADER_RULES: readonly HeaderRule[] = [
  {
    id: 'byline',
    kind: 'byline',
    reason: 'names the author',
    maxLength: 160,
    read: (text) => {
      const m = BYLINE.exec(text);
      if (!m) return undefined;
      const rest = m[2] ?? '';
      // "By Jane Doe, Reuters" keeps the author; "By the way, ..." is prose.
      if (rest !== '' && !/^\s*(?:[,|•·–—-]|on\b|\()/.test(rest) && !new RegExp(String.raw`^\s+in\s+${NAME}\s*$`, 'u').test(rest)) return undefined;
      const finding: HeaderFinding = { author: (m[1] ?? '').trim() };
      const date = findDate(rest);
      if (date) finding.date = date.iso;
      // "By Karen Liu, Springfield Gazette": the outlet after the comma; not a place ("By X, Nairobi") nor a job ("Senior Correspondent").
      const after = /^\s*,\s*([^,|•·–—]+?)\s*(?:$|[,|•·–—])/.exec(rest)?.[1]?.trim();
      if (after && !findDate(after) && isPublisherName(after) && !isPlaceName(after) && !BYLINE_JOBS.test(after)) finding.publisher = after;
      return finding;
    },
  },
  {
    id: 'dateline',
    kind: 'dateline',
    reason: 'a date, alone or after the publisher that gave it',
    maxLength: 120,
    read: (text) => {
      if (text.includes('\n')) return undefined;
      const date = findDate(text);
      if (!date || !/^[\s.,|)]*$/.test(text.slice(date.end))) return undefined;
      const before = text.slice(0, date.start).replace(/[\s,|:•·–—(-]+$/, '').trim();
      if (before === '' || DATE_LABELS.test(before)) return { date: date.iso };
      const labelled = PUBLISHED_BY.exec(before);
      const publisher = labelled ? (labelled[1] ?? '').trim() : before;
      // "Paris, 14 March 2023": a dateline's place is not a publisher.
      if (!labelled && isPlaceName(publisher)) return { date: date.iso };
      return isPublisherName(publisher) ? { date: date.iso, publisher } : undefined;
    },
  },
  {
    id: 'labelled-publisher',
    kind: 'meta',
    reason: 'the publisher, labelled as a scraper writes it ("Source: ...")',
    maxLength: 120,
    read: (text) => {
      const m = PUBLISHER_LABEL.exec(text);
      const publisher = (m?.[1] ?? '').trim();
      return m && isPublisherName(publisher) ? { publisher } : undefined;
    },
  },
  {
    id: 'labelled-url',
    kind: 'meta',
    reason: 'the address of the article, labelled ("URL: ...")',
    maxLength: 2000,
    read: (text) => {
      const m = URL_LABEL.exec(text);
      return m ? { url: m[1] ?? '' } : undefined;
    },
  },
  {
    id: 'labelled-meta',
    kind: 'meta',
    reason: 'labelled list of regions, themes or tags',
    maxLength: 500,
    read: (text) => {
      const m = META_LABELS.exec(text);
      if (!m) return undefined;
      const tags = (m[2] ?? '').split(/[,;|]/).map((tag) => tag.trim()).filter((tag) => tag !== '');
      return { tags };
    },
  },
];

/**
 * A wire story's opening ("WASHINGTON (Reuters) - ", "NEW YORK, March 3 (AP) — "):
 * place, agency, dash. The capture is the agency.
 */
export const WIRE_DATELINE = {
  id: 'wire-dateline',
  reason: 'place and agency that open a wire story',
  pattern: /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L}. ]{2,30}?(?:\s+\d{1,2})?)?\s*\(([\p{L}&. -]{2,30})\)\s*[-–—]{1,2}\s+/u,
} as const;

/**
 * A dateline with no agency ("BERLIN — ", "NEW DELHI, May 6 - "): a place in
 * capitals, then a dash. The capture is the place, which the gazetteer must
 * know, so that a shouted word ("UPDATE — ") is not taken for one.
 */
export const PLACE_DATELINE = {
  id: 'place-dateline',
  reason: 'a place in capitals and a dash that open the story',
  pattern: /^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}?)(?:,\s*[\p{L}. ]{2,30}?(?:\s+\d{1,2})?)?\s+[-–—]{1,2}\s+(?=\S)/u,
  isPlace: (capitals: string): boolean => isPlaceName(capitals.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())),
} as const;

export function matchHeader(text: string): { rule: HeaderRule; finding: HeaderFinding } | undefined {
  const trimmed = text.trim();
  for (const rule of HEADER_RULES) {
    if (trimmed.length > rule.maxLength) continue;
    const finding = rule.read(trimmed);
    if (finding) return { rule, finding };
  }
  return undefined;
}
