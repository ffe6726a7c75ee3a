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
  if (preferred.length === 0) return keys.sort(compareStrings);
  const rank = rankOf(preferred);
  return keys.sort((a, b) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return compareStrings(a, b);
  });
}

/** A deep copy whose objects list their keys in a fixed order (sorted where no order is preferred). */
export function canonicalValue(value: unknown, preferred: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => canonicalValue(item));
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of orderedKeys(value, preferred)) copy[key] = canonicalValue(value[key]);
  return copy;
}

export function canonicalNodeAttributes(attributes: object): Record<string, unknown> {
  return canonicalValue(attributes, NODE_ATTRIBUTE_ORDER) as Record<string, unknown>;
}

export function canonicalEdgeAttributes(attributes: object): Record<string, unknown> {
  const copy = canonicalValue(attributes, EDGE_ATTRIBUTE_ORDER) as Record<string, unknown>;
  if (Array.isArray(copy.evidence)) copy.evidence = copy.evidence.map((item) => canonicalValue(item, EVIDENCE_ORDER));
  return copy;
}

export function canonicalGraphAttributes(attributes: object): Record<string, unknown> {
  const copy = canonicalValue(attributes, GRAPH_ATTRIBUTE_ORDER) as Record<string, unknown>;
  if (Array.isArray(copy.docs)) copy.docs = copy.docs.map((item) => canonicalValue(item, DOC_INFO_ORDER));
  return copy;
}

/** JSON with a fixed key order, for sorting and for JSON-valued attributes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value));
}
