// The text JSON.stringify(canonicalValue(value), null, 2) gives, indented
// to a depth (or compact, as JSON.stringify(canonicalValue(value)) gives it),
// written straight from the value: no canonical copy is made first. graph.json of a corpus is about 30 MB, most of it edges with their
// evidence, and copying each edge only to stringify the copy was half the
// file's cost. ./canonical.ts stays the definition of the order; the tests
// check this text against it.
import { orderedKeys } from './canonical.js';
import type { SharedItems } from './shared-items.js';

const STEP = '  ';

/** Where a piece of text sits: the indentation of its line when pretty, null when compact. */
type Indent = string | null;

/**
 * `value` as JSON, two spaces per level, starting at `indent` (the text of
 * the line it is on), keys in canonical order: `preferred` first for the
 * value itself, `lists[key]` for the objects in its list attributes, sorted
 * below that. Undefined when JSON.stringify would give undefined. With
 * `shared` (./shared-items.ts), an item its list attributes share across a
 * file's values is written once.
 */
export function canonicalText(
  value: unknown,
  indent: string,
  preferred: readonly string[] = [],
  lists?: Readonly<Record<string, readonly string[]>>,
  shared?: SharedItems,
): string | undefined {
  return write(value, indent, preferred, lists, shared);
}

/**
 * JSON.stringify(canonicalValue(value)) without the copy: compact, keys in
 * canonical order, `itemOrder` for the objects of a list (an edge's
 * evidence). What the XML and CSV writers put in one attribute.
 */
export function canonicalCompactText(value: unknown, itemOrder?: readonly string[]): string | undefined {
  return Array.isArray(value) && itemOrder ? arrayText(value, null, itemOrder) : write(value, null, []);
}

/** One item of such a list as canonicalCompactText writes it inside the list. */
export function compactItemText(item: unknown, itemOrder: readonly string[]): string {
  return listItemText(item, null, itemOrder);
}

/** An item of a list at `indent`: an object with `itemOrder` first, anything without JSON as null. */
function listItemText(item: unknown, indent: Indent, itemOrder: readonly string[]): string {
  const isObject = typeof item === 'object' && item !== null && !Array.isArray(item);
  return write(item, indent, isObject ? itemOrder : []) ?? 'null';
}

function write(
  value: unknown,
  indent: Indent,
  preferred: readonly string[],
  lists?: Readonly<Record<string, readonly string[]>>,
  shared?: SharedItems,
): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? arrayText(value, indent, []) : objectText(value as Record<string, unknown>, indent, preferred, lists, shared);
    default:
      // undefined, functions and symbols have no JSON; a bigint throws, as in JSON.stringify.
      return JSON.stringify(value);
  }
}

const deeper = (indent: Indent): Indent => (indent === null ? null : indent + STEP);
/** What opens an item: a new line at the item's depth, or nothing when compact. */
const lineAt = (indent: Indent): string => (indent === null ? '' : `\n${indent}`);

/**
 * A list; with `shared` (./shared-items.ts, counted over lists at this one
 * depth and item order), an item several lists hold is written once.
 */
function arrayText(items: readonly unknown[], indent: Indent, itemOrder: readonly string[], shared?: SharedItems): string {
  if (items.length === 0) return '[]';
  const inner = deeper(indent);
  const render = (item: unknown): string => listItemText(item, inner, itemOrder);
  let text = '[';
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    text += `${i === 0 ? '' : ','}${lineAt(inner)}${shared ? shared.text(item, render) : render(item)}`;
  }
  return `${text}${lineAt(indent)}]`;
}

function objectText(
  record: Record<string, unknown>,
  indent: Indent,
  preferred: readonly string[],
  lists?: Readonly<Record<string, readonly string[]>>,
  shared?: SharedItems,
): string {
  const inner = deeper(indent);
  const colon = indent === null ? ':' : ': ';
  let text = '';
  for (const key of propertyOrder(orderedKeys(record, preferred))) {
    const item = record[key];
    const itemOrder = lists?.[key];
    const itemText = itemOrder && Array.isArray(item) ? arrayText(item, inner, itemOrder, shared) : write(item, inner, []);
    if (itemText === undefined) continue;
    text += `${text === '' ? '' : ','}${lineAt(inner)}${quotedKey(key)}${colon}${itemText}`;
  }
  return text === '' ? '{}' : `{${text}${lineAt(indent)}}`;
}

// Objects of one file share a handful of keys ("doc", "text", ...): each is
// quoted once, not once per object. Bounded, as keys may come from data.
const QUOTED_KEYS = new Map<string, string>();
const MAX_QUOTED_KEYS = 1000;

function quotedKey(key: string): string {
  let quoted = QUOTED_KEYS.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (QUOTED_KEYS.size < MAX_QUOTED_KEYS) QUOTED_KEYS.set(key, quoted);
  }
  return quoted;
}

// An array-index key ("0" to "4294967294") is listed before all others, in
// numeric order, by every JavaScript object: the canonical copy cannot hold
// it anywhere else, so neither does this text.
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;
const MAX_ARRAY_INDEX = 2 ** 32 - 2;

function isArrayIndex(key: string): boolean {
  // Most keys start with a letter: one comparison settles them.
  const first = key.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && ARRAY_INDEX.test(key) && Number(key) <= MAX_ARRAY_INDEX;
}

/** `keys` in the order an object made by setting them one after another would list them. */
function propertyOrder(keys: string[]): string[] {
  if (!keys.some(isArrayIndex)) return keys;
  const indexes = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...keys.filter((key) => !isArrayIndex(key))];
}
