// Tagging a document: build sentence contexts, run stage 1 with document-case
// features, then (when the model has it) stage 2 with what stage 1 found
// elsewhere in the same document. Pure: no Node APIs.
import { DECODERS } from './decode.js';
import { addDomainFeatures } from './domain-features.js';
import { addCaseFeatures, addLabelFeatures, emptyDocumentFeatures, type DocumentFeatures } from './document-features.js';
import { AFTER_END, BEFORE_START, isHeadline, pushContextFeatures, wordInfo, type SentenceContext } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { ModelStage, NerModel, TokenFeatures } from './model.js';
import { LABEL_COUNT, LABELS } from './tags.js';

const L = LABEL_COUNT;

// CoNLL text has straight quotes only; news pages mostly have curly ones.
const CURLY_QUOTES = /[‘’‚‛“”„‟]/g;
const STRAIGHT: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '‛': "'", '“': '"', '”': '"', '„': '"', '‟': '"' };

export function normaliseToken(token: string): string {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code >= 0x2018 && code <= 0x201f) return token.replace(CURLY_QUOTES, (quote) => STRAIGHT[quote] ?? quote);
  }
  return token;
}

export function sentenceContext(tokens: readonly string[], gazetteer: Gazetteer): SentenceContext {
  const infos = tokens.map((token) => wordInfo(normaliseToken(token)));
  return {
    infos,
    gazetteer: gazetteer.mark(
      infos.map((info) => info.lower),
      tokens,
    ),
    headline: isHeadline(infos),
  };
}

export function documentContext(sentences: readonly (readonly string[])[], gazetteer: Gazetteer): SentenceContext[] {
  return sentences.map((tokens) => sentenceContext(tokens, gazetteer));
}

/** What some models add to the word features of a document. */
export interface DocumentExtras {
  /** The corpus the document belongs to, when the model was trained on several. */
  domain?: string;
}

/** Stage-1 document features: case, plus the extras the model uses. */
export function firstStageFeatures(contexts: readonly SentenceContext[], extras: DocumentExtras = {}): DocumentFeatures {
  const features = emptyDocumentFeatures(contexts);
  addCaseFeatures(contexts, features);
  if (extras.domain !== undefined) addDomainFeatures(contexts, extras.domain, features);
  return features;
}

/** Stage-2 document features: the stage-1 ones plus the labels of a first pass. */
export function secondStageFeatures(contexts: readonly SentenceContext[], firstPass: readonly Int32Array[], extras: DocumentExtras = {}): DocumentFeatures {
  const features = firstStageFeatures(contexts, extras);
  addLabelFeatures(contexts, firstPass, features);
  return features;
}

/** Label features alone (stage 2 adds them to the shared context features). */
function labelFeatures(contexts: readonly SentenceContext[], firstPass: readonly Int32Array[]): DocumentFeatures {
  const features = emptyDocumentFeatures(contexts);
  addLabelFeatures(contexts, firstPass, features);
  return features;
}

/** Context features plus document-case features of each token, computed once for both stages. */
export function tokenFeatures(context: SentenceContext, documentFeatures: readonly (number[] | undefined)[] | undefined): TokenFeatures {
  const n = context.infos.length;
  const offsets = new Int32Array(n + 1);
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    pushContextFeatures(context, i, values);
    const more = documentFeatures?.[i];
    if (more) for (const feature of more) values.push(feature);
    offsets[i + 1] = values.length;
  }
  return { values: Uint32Array.from(values), offsets };
}

export interface StageOutput {
  labels: Int32Array[];
  emissions: Float64Array[];
}

export function runStage(
  stage: ModelStage,
  decoder: NerModel['decoder'],
  contexts: readonly SentenceContext[],
  features: readonly TokenFeatures[],
  extra?: DocumentFeatures,
): StageOutput {
  const decode = DECODERS[decoder];
  const labels: Int32Array[] = [];
  const emissions: Float64Array[] = [];
  contexts.forEach((context, s) => {
    const n = context.infos.length;
    const scores = new Float64Array(n * L);
    const sentenceFeatures = features[s];
    if (sentenceFeatures) stage.emissions(context.infos, sentenceFeatures, extra?.[s], BEFORE_START, AFTER_END, scores);
    const out = new Int32Array(n);
    decode(scores, stage.transitions, n, out);
    labels.push(out);
    emissions.push(scores);
  });
  return { labels, emissions };
}

/** Label indices of one document, after every stage the model has. */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): StageOutput {
  const contexts = documentContext(sentences, model.gazetteer);
  const [first, second] = model.stages;
  if (!first) return { labels: contexts.map((c) => new Int32Array(c.infos.length)), emissions: [] };
  const caseFeatures = firstStageFeatures(contexts, model.domain !== undefined ? { domain: model.domain } : {});
  const features = contexts.map((context, s) => tokenFeatures(context, caseFeatures[s]));
  const firstPass = runStage(first, model.decoder, contexts, features);
  if (!second) return firstPass;
  return runStage(second, model.decoder, contexts, features, labelFeatures(contexts, firstPass.labels));
}

/**
 * IOB2 tags (O, B-PER, I-PER, B-ORG, B-LOC, B-MISC, ...) for the sentences of
 * ONE document. Pass a whole document at a time: document context matters.
 */
export function tagTokens(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  return tagDocument(model, sentences).labels.map((labels) => Array.from(labels, (label) => LABELS[label] ?? 'O'));
}
