// When each node and edge exists, for Gephi's timeline: GEXF "spells". A
// graph with any dated node or edge is written mode="dynamic" with
// timeformat="date"; an undated graph stays static and is written exactly as
// before time was added.
//
// One spell per distinct day, start = end = that day, rather than one spell
// from firstSeen to lastSeen:
// - Gephi's timeline filter keeps an element while one of its intervals meets
//   the window. Per-day spells show a relation only in windows that hold an
//   article reporting it, so playing the timeline shows each relation when it
//   was reported; a single [firstSeen, lastSeen] spell would show a relation
//   said in January and again in December through the whole year between,
//   which no article says.
// - A one-day spell is never too short to be seen: Gephi's timeline window is
//   at least about 1% of the whole span wide, and its bounds are inclusive.
// - <spells> rather than the element's own start/end attributes: those hold
//   one interval only, and Gephi ignores them when spells are there.
// - Intervals rather than 1.3's timestamps: 1.2draft has no timestamps, and
//   networkx reads only start/end spells, so both versions stay alike.
//
// What is dated is what the builder dated: an edge with evidence dates (or
// firstSeen/lastSeen), a node with firstSeen/lastSeen. A graph whose only
// dates are the documents' metadata (made before the time fields existed)
// stays static. The days: an edge's are its evidence dates; a node's are the
// dates of the documents it appears in (the graph's `docs` attribute), which
// for a document node is its own date. Where those cannot be found (a graph
// made elsewhere, without per-document dates), the [firstSeen, lastSeen] span
// stands in. Only real YYYY-MM-DD days are used, so the file stays valid
// against the schema whatever the graph holds.
import { compareStrings } from './canonical.js';
import { xmlAttributes } from './xml.js';
import type { GraphDocInfo } from '../types.js';
import { isIsoDate } from '../ingest/default-date.js';

export interface Spell {
  start: string;
  end: string;
}

/** What <graph> gets when the graph is dynamic; nothing when it is static. */
export const DYNAMIC_GRAPH_ATTRIBUTES: ReadonlyArray<[string, string]> = [
  ['mode', 'dynamic'],
  ['timeformat', 'date'],
];

function distinctDays(dates: readonly unknown[]): string[] {
  return [...new Set(dates.filter(isIsoDate))].sort(compareStrings);
}

function seenSpell(attributes: Record<string, unknown>): Spell[] {
  const { firstSeen, lastSeen } = attributes;
  if (!isIsoDate(firstSeen) || !isIsoDate(lastSeen) || firstSeen > lastSeen) return [];
  return [{ start: firstSeen, end: lastSeen }];
}

function daySpells(days: readonly string[]): Spell[] {
  return days.map((day) => ({ start: day, end: day }));
}

/** A dated node's spells: the days of its dated documents, within its firstSeen..lastSeen. */
export function nodeSpells(attributes: Record<string, unknown>, docsById: ReadonlyMap<string, GraphDocInfo>): Spell[] {
  const span = seenSpell(attributes);
  const [seen] = span;
  if (seen === undefined) return [];
  const docs = Array.isArray(attributes.docs) ? attributes.docs : [];
  const days = distinctDays(docs.map((id) => docsById.get(String(id))?.date)).filter((day) => day >= seen.start && day <= seen.end);
  return days.length > 0 ? daySpells(days) : span;
}

/** An edge's spells: the days of its evidence. */
export function edgeSpells(attributes: Record<string, unknown>): Spell[] {
  const evidence = Array.isArray(attributes.evidence) ? (attributes.evidence as unknown[]) : [];
  const days = distinctDays(evidence.map((item) => (typeof item === 'object' && item !== null ? (item as { date?: unknown }).date : undefined)));
  return days.length > 0 ? daySpells(days) : seenSpell(attributes);
}

/** The <spells> block of a node or edge, indented as its other children; none for no spells. */
export function spellLines(spells: readonly Spell[]): string[] {
  if (spells.length === 0) return [];
  return [
    '        <spells>',
    ...spells.map((spell) => `          <spell${xmlAttributes([['start', spell.start], ['end', spell.end]])}/>`),
    '        </spells>',
  ];
}
