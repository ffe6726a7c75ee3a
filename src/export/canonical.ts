// Same content, same bytes: key order inside attribute objects depends on the
// order in which the builder happened to set them, so every export writes the
// contract's attributes in the contract's order and anything else sorted.

export const NODE_ATTRIBUTE_ORDER = [
  'label', 'type', 'aliases', 'mentions', 'docs', 'degree', 'pagerank', 'x', 'y', 'size', 'color',
] as const;

export const EDGE_ATTRIBUTE_ORDER = [
  'type', 'predicate', 'evidence', 'confidence', 'weight', 'method', 'symmetric', 'negated', 'hedged', 'size', 'color',
] as const;

export const EVIDENCE_ORDER = ['doc', 'sentence', 'start', 'end', 'text'] as const;
export const GRAPH_ATTRIBUTE_ORDER = ['schemaVersion', 'docs'] as const;
export const DOC_INFO_ORDER = ['id', 'title', 'author', 'date', 'source', 'url', 'outlet', 'tags'] as const;

/** Plain code-unit order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// The functions below run once per node, edge and evidence item of every
// export (hundreds of thousands of objects for a corpus), so they avoid a
// comparator per key and copy each object once.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ranks = new WeakMap<readonly string[], Map<string, number>>();

function rankOf(preferred: readonly string[]): Map<string, number> {
  let rank = ranks.get(preferred);
  if (!rank) {
    rank = new Map(preferred.map((key, index) => [key, index]));
    ranks.set(preferred, rank);
  }
  return rank;
}

/** The keys of `record`: those named in `preferred` first, in that order, then the rest sorted. */
export function orderedKeys(record: object, preferred: readonly string[]): string[] {
  const keys = Object.keys(record);
  if (preferred.length === 0) return keys.length > 1 ? keys.sort(compareStrings) : keys;
  const rank = rankOf(preferred);
  const named: string[] = [];
  const rest: string[] = [];
  for (const key of keys) (rank.has(key) ? named : rest).push(key);
  if (named.length > 1) named.sort((a, b) => rank.get(a)! - rank.get(b)!);
  if (rest.length === 0) return named;
  if (rest.length > 1) rest.sort(compareStrings);
  return named.length === 0 ? rest : named.concat(rest);
}

/** A deep copy whose objects list their keys in a fixed order (sorted where no order is preferred). */
export function canonicalValue(value: unknown, preferred: readonly string[] = []): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => canonicalValue(item));
  return canonicalObject(value as Record<string, unknown>, preferred);
}

/** canonicalValue for one object, with `preferred` order for the items of the list attributes in `lists`. */
function canonicalObject(
  value: Record<string, unknown>,
  preferred: readonly string[],
  lists?: Readonly<Record<string, readonly string[]>>,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of orderedKeys(value, preferred)) {
    const item = value[key];
    const itemOrder = lists?.[key];
    copy[key] =
      itemOrder && Array.isArray(item)
        ? item.map((entry) => (isPlainObject(entry) ? canonicalObject(entry, itemOrder) : canonicalValue(entry)))
        : canonicalValue(item);
  }
  return copy;
}

export function canonicalNodeAttributes(attributes: object): Record<string, unknown> {
  return canonicalValue(attributes, NODE_ATTRIBUTE_ORDER) as Record<string, unknown>;
}

/** The list attributes of an edge whose items have an order of their own. */
export const EDGE_LISTS = { evidence: EVIDENCE_ORDER };
/** The list attributes of the graph whose items have an order of their own. */
export const GRAPH_LISTS = { docs: DOC_INFO_ORDER };

export function canonicalEdgeAttributes(attributes: object): Record<string, unknown> {
  return isPlainObject(attributes) ? canonicalObject(attributes, EDGE_ATTRIBUTE_ORDER, EDGE_LISTS) : (canonicalValue(attributes) as Record<string, unknown>);
}

export function canonicalGraphAttributes(attributes: object): Record<string, unknown> {
  return isPlainObject(attributes) ? canonicalObject(attributes, GRAPH_ATTRIBUTE_ORDER, GRAPH_LISTS) : (canonicalValue(attributes) as Record<string, unknown>);
}

/** JSON with a fixed key order, for sorting and for JSON-valued attributes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value));
}
