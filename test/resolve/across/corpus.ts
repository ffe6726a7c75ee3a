// Small hand-made extractions: just the entities and co-occurrences that
// resolution across articles reads, so each case says exactly what it tests.
import { ingest } from '../../../src/ingest/index.js';
import type { Entity, EntityType, Extraction, Relation } from '../../../src/types.js';

export interface EntitySpec {
  key: string;
  label: string;
  /** Other surface forms the article saw (the label is always one). */
  aliases?: string[];
  mentions?: number;
}

/** One article naming `entities`; every pair of them co-occurs in its first sentence. */
export function article(id: string, entities: EntitySpec[]): Extraction {
  const doc = ingest({ content: `Article ${id}.`, id, format: 'text' });
  let next = 0;
  const built: Entity[] = entities.map((e) => {
    const count = e.mentions ?? 1;
    const mentions = Array.from({ length: count }, () => next++);
    return {
      key: e.key,
      label: e.label,
      type: e.key.slice(0, e.key.indexOf(':')) as EntityType,
      aliases: [...new Set([e.label, ...(e.aliases ?? [])])].sort((a, b) => a.localeCompare(b, 'en')),
      mentions,
      merges: [],
    };
  });
  const relations: Relation[] = [];
  for (let i = 0; i < built.length; i++) {
    for (let j = i + 1; j < built.length; j++) {
      const [head, tail] = [built[i]!.key, built[j]!.key].sort() as [string, string];
      relations.push({
        head,
        tail,
        type: 'cooccurs',
        predicate: '',
        evidence: { doc: id, sentence: 0, start: 0, end: doc.text.length, text: doc.text },
        confidence: 0.5,
        method: 'cooccurrence',
      });
    }
  }
  return { doc, sentences: [], mentions: [], entities: built.sort((a, b) => a.key.localeCompare(b.key)), relations, decisions: [] };
}

/** Deterministic shuffle (a seeded LCG), so a failing order can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
