// Spans for the pipeline: typed entity spans with a confidence, over token indices.
import type { EntityType } from '../types.js';
import type { NerModel } from './model.js';
import { labelSpans, LABEL_COUNT, type EntityClass } from './tags.js';
import { tagDocument } from './tagger.js';

const L = LABEL_COUNT;

export interface NerSpan {
  /** Index of the sentence in the document. */
  sentence: number;
  /** First token, inclusive. */
  start: number;
  /** Last token, exclusive. */
  end: number;
  /** The model's own class; MISC is kept so callers can see what was set aside. */
  label: EntityClass;
  /** Project entity type; undefined for MISC, which never becomes an entity. */
  type: EntityType | undefined;
  /** 0..1: logistic of the smallest margin between the chosen label and the runner-up over the span. */
  score: number;
}

export const CLASS_TO_TYPE: Record<EntityClass, EntityType | undefined> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
  MISC: undefined,
};

function margin(emissions: Float64Array | undefined, token: number, chosen: number): number {
  if (!emissions) return 0;
  const base = token * L;
  const own = emissions[base + chosen] ?? 0;
  let runnerUp = -Infinity;
  for (let y = 0; y < L; y++) if (y !== chosen) runnerUp = Math.max(runnerUp, emissions[base + y] ?? -Infinity);
  return own - runnerUp;
}

/**
 * Entity spans of one document given as sentences of tokens. Set `includeMisc`
 * to also get MISC spans (type undefined); by default only person,
 * organisation and place spans come back.
 */
export function recognise(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  options: { includeMisc?: boolean } = {},
): NerSpan[] {
  const { labels, emissions } = tagDocument(model, sentences);
  const spans: NerSpan[] = [];
  labels.forEach((sentenceLabels, s) => {
    for (const span of labelSpans(sentenceLabels)) {
      const type = CLASS_TO_TYPE[span.type];
      if (type === undefined && !options.includeMisc) continue;
      let smallest = Infinity;
      for (let t = span.start; t < span.end; t++) smallest = Math.min(smallest, margin(emissions[s], t, sentenceLabels[t] ?? 0));
      const score = Math.round((1 / (1 + Math.exp(-smallest))) * 1000) / 1000;
      spans.push({ sentence: s, start: span.start, end: span.end, label: span.type, type, score });
    }
  });
  return spans;
}
