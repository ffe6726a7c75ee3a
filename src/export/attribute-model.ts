// XML formats declare each attribute once, with one type, before any value.
// The contract fixes most of them; anything else a stage adds (a community,
// a flag) is declared from the values it actually holds, so nothing is lost.
import { compareStrings } from './canonical.js';
import { canonicalCompactText, compactItemText } from './canonical-text.js';
import type { SharedItems } from './shared-items.js';

/** What values of one attribute look like, whatever format they end up in. */
export type ValueKind = 'string' | 'integer' | 'double' | 'boolean' | 'stringList' | 'json';

export interface AttributeColumn {
  name: string;
  kind: ValueKind;
}

// GEXF `integer` and GraphML `int` are 32-bit in Gephi and Java readers.
const INT32_MAX = 2 ** 31 - 1;

// Measures that are fractional by nature, typed `double` even when every value
// in one graph happens to be whole, so a column's type does not change from
// one build to the next. (Counts such as mentions and degree stay `integer`.)
export const FRACTIONAL_ATTRIBUTES: ReadonlySet<string> = new Set(['pagerank', 'confidence', 'weight', 'x', 'y', 'size']);

// Structured by nature: always JSON, even when every list in a graph is empty
// (and would pass for a string list).
export const JSON_ATTRIBUTES: ReadonlySet<string> = new Set(['evidence']);

/** What every value of one attribute seen so far has in common, kept as values come in. */
export interface KindTally {
  boolean: boolean;
  number: boolean;
  /** Every number whole and within 32 bits. */
  int32: boolean;
  string: boolean;
  stringList: boolean;
}

function newTally(): KindTally {
  return { boolean: true, number: true, int32: true, string: true, stringList: true };
}

function tallyValue(tally: KindTally, value: unknown): void {
  const type = typeof value;
  if (type !== 'boolean') tally.boolean = false;
  if (type !== 'string') tally.string = false;
  if (type === 'number') {
    if (tally.int32 && !(Number.isInteger(value) && Math.abs(value as number) <= INT32_MAX)) tally.int32 = false;
  } else {
    tally.number = false;
  }
  if (tally.stringList && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) tally.stringList = false;
}

function kindOf(name: string, tally: KindTally): ValueKind {
  if (JSON_ATTRIBUTES.has(name)) return 'json';
  if (tally.boolean) return 'boolean';
  if (tally.number) {
    if (FRACTIONAL_ATTRIBUTES.has(name)) return 'double';
    return tally.int32 ? 'integer' : 'double';
  }
  if (tally.string) return 'string';
  if (tally.stringList) return 'stringList';
  return 'json';
}

/**
 * One column per attribute name found in `records` (null and undefined values
 * count as absent), minus `skip`: the names in `preferred` first, in that
 * order, then the others sorted.
 */
export function attributeColumns(
  records: ReadonlyArray<Record<string, unknown>>,
  preferred: readonly string[],
  skip: ReadonlySet<string> = new Set(),
  memo?: ColumnMemo,
): AttributeColumn[] {
  // One tally per name rather than every value kept: a corpus graph has hundreds of thousands.
  const tallies = new Map<string, KindTally>();
  for (const record of records) {
    if (memo !== undefined) {
      let own = memo.get(record);
      if (own === undefined) {
        own = recordTallies(record);
        memo.set(record, own);
      }
      for (const [name, tally] of own) if (!skip.has(name)) mergeTally(tallies, name, tally);
      continue;
    }
    for (const name in record) {
      if (!Object.prototype.hasOwnProperty.call(record, name)) continue;
      const value = record[name];
      if (value === undefined || value === null || skip.has(name)) continue;
      let tally = tallies.get(name);
      if (!tally) {
        tally = newTally();
        tallies.set(name, tally);
      }
      tallyValue(tally, value);
    }
  }
  const first = preferred.filter((name) => tallies.has(name));
  const rest = [...tallies.keys()].filter((name) => !first.includes(name)).sort(compareStrings);
  return [...first, ...rest].map((name) => ({ name, kind: kindOf(name, tallies.get(name)!) }));
}

/**
 * Each record's own tallies, kept for a graph written again and again
 * (./render-cache.ts): a record unchanged since the last file is not read
 * again. A tally only ever turns kinds off, so merging records' tallies gives
 * what tallying every value would. Records must not change in place.
 */
export type ColumnMemo = WeakMap<object, ReadonlyArray<readonly [string, KindTally]>>;

function recordTallies(record: Record<string, unknown>): Array<[string, KindTally]> {
  const own: Array<[string, KindTally]> = [];
  for (const name in record) {
    if (!Object.prototype.hasOwnProperty.call(record, name)) continue;
    const value = record[name];
    if (value === undefined || value === null) continue;
    const tally = newTally();
    tallyValue(tally, value);
    own.push([name, tally]);
  }
  return own;
}

function mergeTally(tallies: Map<string, KindTally>, name: string, own: KindTally): void {
  const tally = tallies.get(name);
  if (!tally) {
    tallies.set(name, { ...own });
    return;
  }
  tally.boolean &&= own.boolean;
  tally.number &&= own.number;
  tally.int32 &&= own.int32;
  tally.string &&= own.string;
  tally.stringList &&= own.stringList;
}

/**
 * Numbers as JavaScript, Python and Java all parse them back: `NaN`,
 * `Infinity`, `-Infinity` for the non-finite ones (XML Schema's `INF` would
 * read as NaN in JavaScript and fail in Java). Only attribute values may be
 * non-finite; viz positions and sizes, typed xsd:float, are always finite.
 */
export function formatNumber(value: number): string {
  return String(value);
}

/**
 * JSON for an attribute value, keys in the order the value already has (the
 * exporters pass values through ./canonical.ts first). JSON.stringify escapes control
 * characters and lone surrogates; U+FFFE and U+FFFF are escaped here too, so
 * the string survives XML unchanged and parses back to the very same value.
 */
export function jsonForXml(value: unknown): string {
  return escapeNonCharacters(JSON.stringify(value));
}

function escapeNonCharacters(json: string): string {
  return json.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * jsonForXml of the value's canonical copy (./canonical.ts), written without
 * making the copy: an edge's evidence is most of a corpus export, and its
 * writers need it in canonical order. `itemOrder` orders the objects of a
 * list (an edge's evidence items).
 */
export function canonicalJsonForXml(value: unknown, itemOrder?: readonly string[]): string {
  return escapeNonCharacters(canonicalCompactText(value, itemOrder) ?? 'null');
}

/** How an XML writer reads list values: each list attribute's item order, and the items its file shares (./shared-items.ts). */
export interface ListValues {
  order: Readonly<Record<string, readonly string[]>>;
  shared: SharedItems;
}

/**
 * `escape(canonicalJsonForXml(items, itemOrder))`, an item that `shared`
 * counts more than once written and escaped once (an evidence item is shared
 * by all the edges one sentence supports, src/graph/build.ts). The same text
 * as escaping the whole: XML escaping goes character by character, the
 * brackets and commas between items need none, and JSON keeps a surrogate
 * pair inside one string.
 */
export function escapedListJson(
  items: readonly unknown[],
  itemOrder: readonly string[],
  escape: (text: string) => string,
  shared: SharedItems,
): string {
  const render = (item: unknown): string => escape(escapeNonCharacters(compactItemText(item, itemOrder)));
  let text = '[';
  for (let i = 0; i < items.length; i++) text += `${i === 0 ? '' : ','}${shared.text(items[i], render)}`;
  return `${text}]`;
}

/**
 * A value of `kind` as text; lists are written by `formatList`, JSON by
 * `formatJson` (jsonForXml by default, for values already in canonical
 * order; canonicalJsonForXml for values read as they are).
 */
export function formatValue(
  value: unknown,
  kind: ValueKind,
  formatList: (items: string[]) => string,
  formatJson: (value: unknown) => string = jsonForXml,
): string {
  switch (kind) {
    case 'string':
      return String(value);
    case 'integer':
    case 'double':
      return formatNumber(value as number);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'stringList':
      return formatList(value as string[]);
    case 'json':
      return formatJson(value);
  }
}
