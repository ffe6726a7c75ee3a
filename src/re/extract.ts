// The whole CoNLL04 path for a list of sentences: entities (given, or from the
// recogniser) and then the relations between them. Pure.
import type { NerModel } from '../ner/model.js';
import { recogniseEntities } from './entities.js';
import { joinPlaces } from './join-places.js';
import type { RelationModel } from './model.js';
import { predictRelations } from './predict.js';
import type { SpertSentence } from './spert.js';

export interface ExtractOptions {
  relationModel: RelationModel;
  /** Required unless `goldEntities`: finds the entities from the tokens alone. */
  entityModel?: NerModel;
  /** Keep each sentence's given entities and predict relations only. */
  goldEntities?: boolean;
}

export function extractSpert(sentences: readonly SpertSentence[], options: ExtractOptions): SpertSentence[] {
  return sentences.map((s) => {
    const entities = options.goldEntities ? s.entities : options.entityModel ? recogniseEntities(options.entityModel, s.tokens) : [];
    const relations = predictRelations(options.relationModel, s.tokens, entities).map(({ type, head, tail }) => ({ type, head, tail }));
    const out: SpertSentence = { tokens: s.tokens, entities: entities.map(({ type, start, end }) => ({ type, start, end })), relations };
    if (s.orig_id !== undefined) out.orig_id = s.orig_id;
    // Recognised places may be joined after the fact (join-places.ts); given entities stay as given.
    return options.goldEntities ? out : joinPlaces(out);
  });
}
