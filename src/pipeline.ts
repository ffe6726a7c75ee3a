// The one place that orders the stages. Each stage is a pure function of what
// the earlier ones produced, so the same article always gives the same result.
import type { Doc, Extraction } from './types.js';
import { segment } from './segment/index.js';
import { findMentions, type Recogniser } from './mentions/index.js';
import { resolveEntities } from './resolve/index.js';
import { extractRelations } from './relations/index.js';
import type { RelationModel } from './re/model.js';

export interface ExtractOptions {
  /** A trained recogniser proposing mention candidates next to the rules; none by default. */
  recogniser?: Recogniser | null;
  /** The CoNLL04 relation classifier (src/re/), adding confident relations the patterns miss; none by default. */
  relationModel?: RelationModel | null;
}

export const DEFAULT_EXTRACT_OPTIONS: Readonly<Required<ExtractOptions>> = { recogniser: null, relationModel: null };

export function extract(doc: Doc, options: ExtractOptions = {}): Extraction {
  const settings = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  const sentences = segment(doc);
  const found = findMentions(doc, sentences, settings.recogniser ? { recogniser: settings.recogniser } : {});
  const resolved = resolveEntities(found.mentions, doc.text, doc.zones);
  const related = extractRelations(doc, sentences, found.mentions, resolved.entities, settings.relationModel ? { relationModel: settings.relationModel } : {});
  return {
    doc,
    sentences,
    mentions: found.mentions,
    entities: resolved.entities,
    relations: related.relations,
    decisions: [...found.decisions, ...resolved.decisions, ...related.decisions],
  };
}
