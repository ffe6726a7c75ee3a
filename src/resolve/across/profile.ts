// Per-key profiles over all articles: names, mention counts, articles and
// neighbours. Entities meet here by key only; the rules decide the rest.
import type { EntityType, Extraction } from '../../types.js';
import { formsCache, type NameForms } from './forms.js';
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
export function profileKeys(extractions: readonly Extraction[], forms: (text: string) => NameForms = formsCache()): Map<string, KeyProfile> {
  const tallies = new Map<string, Tally>();
  for (const extraction of extractions) tallyArticle(extraction, tallies);
  const profiles = new Map<string, KeyProfile>();
  for (const key of [...tallies.keys()].sort()) profiles.set(key, profileOf(key, tallies.get(key)!, forms));
  return profiles;
}

/**
 * The profile of one key from only the articles that name it (in document
 * order), as profileKeys would make it from all of them: for a corpus that
 * changes an article at a time (./repeated.ts). A relation counts towards
 * its ends' neighbours in the article that has it, and an article's
 * relations join its own entities, so the other articles add nothing.
 */
export function profileFrom(key: string, articles: readonly Extraction[], forms: (text: string) => NameForms): KeyProfile {
  const tallies = new Map<string, Tally>();
  for (const extraction of articles) tallyArticle(extraction, tallies, key);
  return profileOf(key, tallies.get(key)!, forms);
}

/** Adds one article to the tallies (of `only` alone, when given). */
function tallyArticle(extraction: Extraction, tallies: Map<string, Tally>, only?: string): void {
  const doc = extraction.doc.id;
  for (const entity of extraction.entities) {
    if (only !== undefined && entity.key !== only) continue;
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

function profileOf(key: string, t: Tally, forms: (text: string) => NameForms): KeyProfile {
  const label = commonestLabel(t.labelCounts);
  const aliases = [...t.aliases].sort();
  const names = aliases.map(forms);
  return {
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
  };
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
