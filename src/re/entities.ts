// Entities for sentences given as tokens only: the named-entity model tags
// each sentence on its own (CoNLL04 sentences come from unrelated stories, so
// document context would mislead), and its classes map to CoNLL04 types.
import { recognise } from '../ner/recognise.js';
import type { NerModel } from '../ner/model.js';
import { NER_CLASS_TO_CONLL04 } from './labels.js';
import type { SpertEntity } from './spert.js';

export function recogniseEntities(model: NerModel, tokens: readonly string[]): SpertEntity[] {
  if (tokens.length === 0) return [];
  return recognise(model, [tokens], { includeMisc: true }).map((span) => ({
    type: NER_CLASS_TO_CONLL04[span.label] ?? 'Other',
    start: span.start,
    end: span.end,
  }));
}
