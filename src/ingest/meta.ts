// Metadata as the readers find it, piece by piece, and the one place that
// decides which finding wins and in which order the fields are written.
import type { DocMeta } from '../types.js';

/** DocMeta while it is being found: every field optional, tags included. */
export type PartialMeta = Partial<DocMeta>;

/** Fields of `first` win; `later` only fills what is missing. Tags are united in order. */
export function mergeMeta(first: PartialMeta, later: PartialMeta): PartialMeta {
  const merged: PartialMeta = { ...later, ...definedOnly(first) };
  const tags = uniqueTags([...(first.tags ?? []), ...(later.tags ?? [])]);
  if (tags.length > 0) merged.tags = tags;
  return merged;
}

/** The final DocMeta, keys in one fixed order so the JSON is the same every run. */
export function finishMeta(meta: PartialMeta): DocMeta {
  const done = {} as DocMeta;
  for (const key of ['title', 'author', 'date', 'outlet', 'source', 'url'] as const) {
    const value = meta[key]?.replace(/\s+/g, ' ').trim();
    if (value) done[key] = value;
  }
  done.tags = uniqueTags(meta.tags ?? []);
  return done;
}

export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

function definedOnly(meta: PartialMeta): PartialMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as PartialMeta;
}
