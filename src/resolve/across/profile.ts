// Per-key profiles over all articles: names, mention counts, articles and
// neighbours. Entities meet here by key only; the rules decide the rest.
import type { EntityType, Extraction } from '../../types.js';
import { formsCache } from './forms.js';
import type { KeyProfile } from './types.js';

interface Tally {
  type: EntityType;
  labelCounts: Map<string, number>;
  aliases: Set<string>;
  mentions: number;
  docs: string[];
  neighbours: Set<string>;
}

const isEntityKey = (key: string) => !key.startsWith('document:');

/** `extractions` in document order: each key's article list comes out sorted. */
export function profileKeys(extractions: readonly Extraction[]): Map<string, KeyProfile> {
  const tallies = new Map<string, Tally>();
  for (const extraction of extractions) {
    const doc = extraction.doc.id;
    for (const entity of extraction.entities) {
      let t = tallies.get(entity.key);
      if (!t) {
        t = { type: entity.type, labelCounts: new Map(), aliases: new Set(), mentions: 0, docs: [], neighbours: new Set() };
        tallies.set(entity.key, t);
      }
      t.labelCounts.set(entity.label, (t.labelCounts.get(entity.label) ?? 0) + entity.mentions.length);
      t.aliases.add(entity.label);
      for (const alias of entity.aliases) t.aliases.add(alias);
      t.mentions += entity.mentions.length;
      if (t.docs[t.docs.length - 1] !== doc) t.docs.push(doc);
    }
    for (const relation of extraction.relations) {
      const { head, tail } = relation;
      if (head === tail || !isEntityKey(head) || !isEntityKey(tail)) continue;
      tallies.get(head)?.neighbours.add(tail);
      tallies.get(tail)?.neighbours.add(head);
    }
  }
  const forms = formsCache();
  const profiles = new Map<string, KeyProfile>();
  for (const key of [...tallies.keys()].sort()) {
    const t = tallies.get(key)!;
    const label = commonestLabel(t.labelCounts);
    const aliases = [...t.aliases].sort();
    const names = aliases.map(forms);
    profiles.set(key, {
      key,
      type: t.type,
      label,
      labelForms: forms(label),
      names,
      aliases,
      folded: new Set(names.map((n) => n.folded).filter((f) => f !== '')),
      mentions: t.mentions,
      docs: [...new Set(t.docs)].sort(),
      neighbours: t.neighbours,
    });
  }
  return profiles;
}

/** The label most mentions carry; at a tie, the first in code-point order. */
function commonestLabel(counts: Map<string, number>): string {
  let best = '';
  let most = -1;
  for (const [label, count] of counts) {
    if (count > most || (count === most && label < best)) {
      best = label;
      most = count;
    }
  }
  return best;
}
