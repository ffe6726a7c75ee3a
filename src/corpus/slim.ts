// What a build keeps of each article once it is extracted. The graph stages
// (resolution across articles, buildGraph) read only the document's id and
// metadata, the entities (key, label, type, aliases, the number of mentions,
// merges) and the relations with their evidence. Sentences with their
// tokens, mentions and the document text are most of an extraction and
// nothing after extraction reads them, so a corpus build drops them as each
// article is done: memory then grows with the graph, not with the text.
// The result keeps the Extraction shape so the graph stages take it as is;
// its `sentences`, `mentions` and `doc.text` are empty, and an entity's
// `mentions` indexes now only count its mentions.
import type { Extraction, Relation } from '../types.js';

export interface SlimOptions {
  /** Keep the decisions and the document's zones, which --verbose prints. */
  keepDecisions: boolean;
}

export function slimExtraction(extraction: Extraction, options: SlimOptions): Extraction {
  const { doc } = extraction;
  return {
    doc: {
      id: doc.id,
      ...(doc.path !== undefined ? { path: doc.path } : {}),
      format: doc.format,
      text: '',
      meta: doc.meta,
      zones: options.keepDecisions ? doc.zones : [],
    },
    sentences: [],
    mentions: [],
    entities: extraction.entities,
    relations: extraction.relations,
    decisions: options.keepDecisions ? extraction.decisions : [],
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
