// What a build keeps of each article once it is extracted. The graph stages
// (resolution across articles, buildGraph) read only the document's id and
// metadata, the entities (key, label, type, aliases, the number of mentions,
// merges) and the relations with their evidence. Sentences with their
// tokens, mentions and the document text are most of an extraction and
// nothing after extraction reads them, so a corpus build drops them as each
// article is done: memory then grows with the graph, not with the text.
// The result keeps the Extraction shape so the graph stages take it as is;
// its `sentences`, `mentions` and `doc.text` are empty, and an entity's
// `mentions` indexes now only count its mentions. When documents.json is
// written (the viewer's document view), the text and the mentions that
// entities point to are kept, and nothing else of the mentions' stage.
import type { Entity, Extraction, Mention, Relation } from '../types.js';

export interface SlimOptions {
  /** Keep the decisions and the document's zones, which --verbose prints. */
  keepDecisions: boolean;
  /** Keep the text and the entities' mentions, which documents.json holds. */
  keepDocuments?: boolean;
}

export function slimExtraction(extraction: Extraction, options: SlimOptions): Extraction {
  const { doc } = extraction;
  const kept = options.keepDocuments ? entityMentions(extraction) : { mentions: [], entities: extraction.entities };
  return {
    doc: {
      id: doc.id,
      ...(doc.path !== undefined ? { path: doc.path } : {}),
      format: doc.format,
      text: options.keepDocuments ? doc.text : '',
      meta: doc.meta,
      zones: options.keepDecisions ? doc.zones : [],
    },
    sentences: [],
    mentions: kept.mentions,
    entities: kept.entities,
    relations: extraction.relations,
    decisions: options.keepDecisions ? extraction.decisions : [],
  };
}

/** Only the mentions some entity points to (most are), with the entities' indexes renumbered to match. */
function entityMentions(extraction: Extraction): { mentions: Mention[]; entities: Entity[] } {
  const used = [...new Set(extraction.entities.flatMap((entity) => entity.mentions))]
    .filter((index) => extraction.mentions[index] !== undefined)
    .sort((a, b) => a - b);
  if (used.length === extraction.mentions.length) return { mentions: extraction.mentions, entities: extraction.entities };
  const renumbered = new Map(used.map((index, at) => [index, at]));
  return {
    mentions: used.map((index) => extraction.mentions[index] as Mention),
    entities: extraction.entities.map((entity) => ({
      ...entity,
      // An index that pointed nowhere still counts (the node's mention count); it points nowhere still.
      mentions: entity.mentions.map((index) => renumbered.get(index) ?? -1),
    })),
  };
}

/**
 * Makes the relations that rest on one sentence share one copy of its text.
 * An extraction that came from a worker thread holds a copy per relation (a
 * structured clone copies every string it meets), and a sentence with many
 * names has dozens of co-occurrence relations. Changes no value.
 */
export function shareEvidenceText(relations: readonly Relation[]): void {
  const texts = new Map<number, string>();
  for (const relation of relations) {
    const { evidence } = relation;
    const held = texts.get(evidence.sentence);
    if (held === undefined) texts.set(evidence.sentence, evidence.text);
    else if (held === evidence.text) evidence.text = held;
  }
}
