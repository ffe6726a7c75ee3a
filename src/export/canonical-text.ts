// The text JSON.stringify(canonicalValue(value), null, 2) gives, indented
// to a depth, written straight from the value: no canonical copy is made
// first. graph.json of a corpus is about 30 MB, most of it edges with their
// evidence, and copying each edge only to stringify the copy was half the
// file's cost. ./canonical.ts stays the definition of the order; the tests
// check this text against it.
import { orderedKeys } from './canonical.js';

const STEP = '  ';

/**
 * `value` as JSON, two spaces per level, starting at `indent` (the text of
 * the line it is on), keys in canonical order: `preferred` first for the
 * value itself, `lists[key]` for the objects in its list attributes, sorted
 * below that. Undefined when JSON.stringify would give undefined.
 */
export function canonicalText(
  value: unknown,
  indent: string,
  preferred: readonly string[] = [],
  lists?: Readonly<Record<string, readonly string[]>>,
): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? arrayText(value, indent, []) : objectText(value as Record<string, unknown>, indent, preferred, lists);
    default:
      // undefined, functions and symbols have no JSON; a bigint throws, as in JSON.stringify.
      return JSON.stringify(value);
  }
}

function arrayText(items: readonly unknown[], indent: string, itemOrder: readonly string[]): string {
  if (items.length === 0) return '[]';
  const inner = indent + STEP;
  let text = '[';
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const isObject = typeof item === 'object' && item !== null && !Array.isArray(item);
    text += `${i === 0 ? '\n' : ',\n'}${inner}${(isObject ? canonicalText(item, inner, itemOrder) : canonicalText(item, inner)) ?? 'null'}`;
  }
  return `${text}\n${indent}]`;
}

function objectText(
  record: Record<string, unknown>,
  indent: string,
  preferred: readonly string[],
  lists?: Readonly<Record<string, readonly string[]>>,
): string {
  const inner = indent + STEP;
  let text = '';
  for (const key of propertyOrder(orderedKeys(record, preferred))) {
    const item = record[key];
    const itemOrder = lists?.[key];
    const itemText = itemOrder && Array.isArray(item) ? arrayText(item, inner, itemOrder) : canonicalText(item, inner);
    if (itemText === undefined) continue;
    text += `${text === '' ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: ${itemText}`;
  }
  return text === '' ? '{}' : `{${text}\n${indent}}`;
}

// An array-index key ("0" to "4294967294") is listed before all others, in
// numeric order, by every JavaScript object: the canonical copy cannot hold
// it anywhere else, so neither does this text.
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;
const MAX_ARRAY_INDEX = 2 ** 32 - 2;

function isArrayIndex(key: string): boolean {
  return ARRAY_INDEX.test(key) && Number(key) <= MAX_ARRAY_INDEX;
}

/** `keys` in the order an object made by setting them one after another would list them. */
function propertyOrder(keys: string[]): string[] {
  if (!keys.some(isArrayIndex)) return keys;
  const indexes = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...keys.filter((key) => !isArrayIndex(key))];
}
