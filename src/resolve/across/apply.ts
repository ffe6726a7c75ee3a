// Rewrites extractions so that merged keys become their node's key: entities
// (two in one article that now share a key become one), relations' heads and
// tails (a relation between two merged keys would loop on one node and is
// dropped). The node carries its label; the old labels stay as aliases.
import type { Entity, Extraction, MergeDecision, Relation } from '../../types.js';
import { SYMMETRIC_RELATIONS } from '../../types.js';
import type { AcrossResult, CrossMerge } from './types.js';

export function applyKeyMap(extractions: readonly Extraction[], result: Pick<AcrossResult, 'keyMap' | 'labels' | 'merges'>): Extraction[] {
  if (result.keyMap.size === 0) return [...extractions];
  const mapping = mappingOf(result);
  return extractions.map((extraction) => (touches(extraction, result) ? mapArticle(extraction, mapping) : extraction));
}

/**
 * applyKeyMap for a corpus mapped again and again (`newsgraph watch`): an
 * article whose keys map exactly as last time gets last time's object back,
 * so that what is built from it (src/graph/incremental.ts) can tell it has
 * not changed.
 */
export class RepeatedKeyMap {
  private readonly held = new WeakMap<Extraction, { signature: string; mapped: Extraction }>();
  private readonly keysOf = new WeakMap<Extraction, string[]>();

  apply(extractions: readonly Extraction[], result: Pick<AcrossResult, 'keyMap' | 'labels' | 'merges'>): Extraction[] {
    if (result.keyMap.size === 0) return [...extractions];
    const mapping = mappingOf(result);
    return extractions.map((extraction) => {
      if (!touches(extraction, result)) return extraction;
      const signature = this.signature(extraction, mapping);
      const held = this.held.get(extraction);
      if (held?.signature === signature) return held.mapped;
      const mapped = mapArticle(extraction, mapping);
      this.held.set(extraction, { signature, mapped });
      return mapped;
    });
  }

  /** Everything mapArticle reads about the corpus-wide result, for this article's keys. */
  private signature(extraction: Extraction, mapping: Mapping): string {
    let keys = this.keysOf.get(extraction);
    if (keys === undefined) {
      const all = new Set<string>();
      for (const entity of extraction.entities) all.add(entity.key);
      for (const relation of extraction.relations) {
        all.add(relation.head);
        all.add(relation.tail);
      }
      keys = [...all].sort();
      this.keysOf.set(extraction, keys);
    }
    return keys
      .map((key) => {
        const into = mapping.mapKey(key);
        const merge = mapping.mergeOf.get(key);
        return [key, into, mapping.labels.get(into) ?? '', mapping.labels.has(key) ? 1 : 0, merge?.rule ?? '', merge?.reason ?? ''].join('\u0000');
      })
      .join('\u0001');
  }
}

interface Mapping {
  mapKey: (key: string) => string;
  labels: ReadonlyMap<string, string>;
  mergeOf: ReadonlyMap<string, CrossMerge>;
}

function mappingOf(result: Pick<AcrossResult, 'keyMap' | 'labels' | 'merges'>): Mapping {
  return { mapKey: (key) => result.keyMap.get(key) ?? key, labels: result.labels, mergeOf: new Map(result.merges.map((m) => [m.from, m])) };
}

function touches(extraction: Extraction, result: Pick<AcrossResult, 'keyMap' | 'labels'>): boolean {
  return extraction.entities.some((e) => result.keyMap.has(e.key) || result.labels.has(e.key));
}

function mapArticle(extraction: Extraction, { mapKey, labels, mergeOf }: Mapping): Extraction {
  const entities = new Map<string, Entity>();
  for (const entity of extraction.entities) {
    const key = mapKey(entity.key);
    const label = labels.get(key) ?? entity.label;
    const merge = mergeOf.get(entity.key);
    const recorded: MergeDecision[] = merge ? [{ alias: entity.label, into: label, rule: `across:${merge.rule}`, reason: merge.reason }] : [];
    const held = entities.get(key);
    const mentions = [...(held?.mentions ?? []), ...entity.mentions].sort((a, b) => a - b);
    const aliases = [...new Set([...(held?.aliases ?? []), ...entity.aliases, label])].sort((a, b) => a.localeCompare(b, 'en'));
    entities.set(key, { key, label, type: typeOf(key, entity), aliases, mentions, merges: [...(held?.merges ?? []), ...entity.merges, ...recorded] });
  }
  return {
    ...extraction,
    entities: [...entities.values()].sort((a, b) => a.key.localeCompare(b.key)),
    relations: remapRelations(extraction.relations, mapKey),
  };
}

function typeOf(key: string, entity: Entity): Entity['type'] {
  // The node's key says its type; a group merged into an organisation becomes one.
  const type = key.slice(0, key.indexOf(':'));
  return type === 'person' || type === 'organisation' || type === 'place' || type === 'group' ? type : entity.type;
}

function remapRelations(relations: readonly Relation[], mapKey: (key: string) => string): Relation[] {
  const seen = new Set<string>();
  const out: Relation[] = [];
  for (const relation of relations) {
    const head = mapKey(relation.head);
    const tail = mapKey(relation.tail);
    if (head === tail) continue;
    // Two relations that differed only in the merged key are one now.
    const [a, b] = SYMMETRIC_RELATIONS.has(relation.type) && tail < head ? [tail, head] : [head, tail];
    const id = [a, b, relation.type, relation.predicate, relation.evidence.sentence, relation.negated ? 1 : 0, relation.hedged ? 1 : 0].join('\u0000');
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(head === relation.head && tail === relation.tail ? relation : { ...relation, head, tail });
  }
  return out;
}
