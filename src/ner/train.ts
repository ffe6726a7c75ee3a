// Training: stage 1 on word, context, gazetteer and document-case features;
// stage 2 adds what stage 1 found elsewhere in the document. Stage 2 must
// learn from stage-1 output as imperfect as it will be on new text, so its
// training labels come from K-fold jackknifing: each fold is tagged by a
// stage-1 model that never saw it.
import type { DecoderName } from './decode.js';
import type { DocumentFeatures } from './document-features.js';
import { pushTokenFeatures, type SentenceContext } from './features.js';
import { Gazetteer, type GazetteerData } from './gazetteer.js';
import { HashIndex } from './hash-index.js';
import { buildModel, quantiseStage, type SavedModel } from './model-format.js';
import { ModelStage, type NerModel } from './model.js';
import { Perceptron, type PreparedSentence } from './perceptron.js';
import { seededRandom, shuffle } from './random.js';
import { labelIndex } from './tags.js';
import { documentContext, firstStageFeatures, runStage, secondStageFeatures, tagTokens, tokenFeatures, type DocumentExtras } from './tagger.js';
import { scoreTags, type ScoreReport } from './evaluate.js';

export interface TrainingDocument {
  sentences: string[][];
  /** IOB2 tags, one per token. */
  tags: string[][];
  /** The corpus of the document, when training mixes corpora (see TrainOptions.domain). */
  domain?: string;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  decoder: DecoderName;
  /** 1: word and case features only; 2: add the two-pass document label features. */
  stages: 1 | 2;
  /** Jackknife folds for stage-2 training labels. */
  folds: number;
  /** Averaged weights below this (in absolute value) are dropped from the saved model. */
  minimumWeight: number;
  /**
   * The corpus the model will tag as: documents of this domain get domain
   * features (domain-features.ts), documents of others do not.
   */
  domain?: string;
  dev?: TrainingDocument[];
  log?: (line: string) => void;
  /** Milliseconds clock, injected so this module needs no Node API. */
  now?: () => number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 10,
  seed: 1,
  decoder: 'viterbi',
  stages: 2,
  folds: 5,
  minimumWeight: 0,
};

export interface EpochReport {
  stage: number;
  epoch: number;
  mistakes: number;
  seconds: number;
  dev?: ScoreReport;
}

interface PreparedDocument {
  contexts: SentenceContext[];
  gold: Int32Array[];
}

function prepareSentences(
  documents: readonly PreparedDocument[],
  features: readonly DocumentFeatures[],
  index: HashIndex,
): PreparedSentence[][] {
  const buffer: number[] = [];
  return documents.map((document, d) =>
    document.contexts.map((context, s) => {
      const n = context.infos.length;
      const offsets = new Int32Array(n + 1);
      const rows: number[] = [];
      for (let i = 0; i < n; i++) {
        buffer.length = 0;
        pushTokenFeatures(context, i, buffer);
        for (const feature of features[d]?.[s]?.[i] ?? []) buffer.push(feature);
        for (const feature of buffer) rows.push(index.getOrAdd(feature));
        offsets[i + 1] = rows.length;
      }
      return { rows: Int32Array.from(rows), offsets, gold: document.gold[s] ?? new Int32Array(n) };
    }),
  );
}

function stageOf(perceptron: Perceptron, index: HashIndex): ModelStage {
  return new ModelStage(index, Float32Array.from(perceptron.averagedWeights()), Float32Array.from(perceptron.averagedTransitions()));
}

function evaluate(model: NerModel, dev: readonly TrainingDocument[]): ScoreReport {
  const gold: string[][] = [];
  const predicted: string[][] = [];
  for (const document of dev) {
    gold.push(...document.tags);
    predicted.push(...tagTokens(model, document.sentences));
  }
  return scoreTags(gold, predicted);
}

export interface TrainResult {
  model: NerModel;
  saved: SavedModel;
  history: EpochReport[];
}

export function trainNer(train: readonly TrainingDocument[], gazetteerData: GazetteerData, options: TrainOptions): TrainResult {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => Date.now());
  const gazetteer = new Gazetteer(gazetteerData);
  const history: EpochReport[] = [];
  const documents: PreparedDocument[] = train.map((d) => ({
    contexts: documentContext(d.sentences, gazetteer),
    gold: d.tags.map((tags) => Int32Array.from(tags, labelIndex)),
  }));
  // Only the target corpus's documents get domain features; the others teach the shared ones.
  const extras: DocumentExtras[] = train.map((d) => (options.domain !== undefined && d.domain === options.domain ? { domain: options.domain } : {}));
  const modelWith = (stages: ModelStage[]): NerModel => ({
    decoder: options.decoder,
    gazetteer,
    gazetteerData,
    stages,
    info: {},
    ...(options.domain !== undefined ? { domain: options.domain } : {}),
  });

  const runEpochs = (stage: number, sentences: PreparedSentence[], rows: number, report: (p: Perceptron) => NerModel | undefined): Perceptron => {
    const perceptron = new Perceptron(rows);
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      const started = now();
      const mistakes = perceptron.epoch(sentences, options.decoder, options.seed * 1000 + stage * 100 + epoch);
      const entry: EpochReport = { stage, epoch, mistakes, seconds: (now() - started) / 1000 };
      const model = report(perceptron);
      if (model && options.dev) entry.dev = evaluate(model, options.dev);
      if (stage > 0) {
        history.push(entry);
        const dev = entry.dev ? `  dev P ${entry.dev.ALL.p.toFixed(4)} R ${entry.dev.ALL.r.toFixed(4)} F1 ${entry.dev.ALL.f1.toFixed(4)}` : '';
        log(`stage ${stage} epoch ${epoch}: ${mistakes} sentences wrong, ${entry.seconds.toFixed(1)} s${dev}`);
      }
    }
    return perceptron;
  };

  // Stage 1 on all training documents.
  const firstFeatures = documents.map((d, i) => firstStageFeatures(d.contexts, extras[i]));
  const firstIndex = new HashIndex(1 << 20);
  const firstSentences = prepareSentences(documents, firstFeatures, firstIndex);
  log(`stage 1: ${firstIndex.size} features`);
  const first = runEpochs(1, firstSentences.flat(), firstIndex.size, (p) => (options.dev ? modelWith([stageOf(p, firstIndex)]) : undefined));
  const firstQuantised = quantiseStage(firstIndex.keysByRow(), first.averagedWeights(), first.averagedTransitions(), options.minimumWeight);
  const saved = [firstQuantised.saved];
  if (options.stages === 2) {
    // Jackknife: stage-1 labels for each fold from a model trained on the others.
    const order = shuffle(
      documents.map((_, i) => i),
      seededRandom(options.seed),
    );
    const foldOf = new Int32Array(documents.length);
    order.forEach((d, position) => (foldOf[d] = position % options.folds));
    const firstPass: Int32Array[][] = documents.map(() => []);
    for (let fold = 0; fold < options.folds; fold++) {
      const started = now();
      const sentences = firstSentences.filter((_, d) => foldOf[d] !== fold).flat();
      const perceptron = runEpochs(-fold, sentences, firstIndex.size, () => undefined);
      const stage = stageOf(perceptron, firstIndex);
      documents.forEach((document, d) => {
        if (foldOf[d] !== fold) return;
        const features = document.contexts.map((context, s) => tokenFeatures(context, firstFeatures[d]?.[s]));
        firstPass[d] = runStage(stage, options.decoder, document.contexts, features).labels;
      });
      log(`jackknife fold ${fold + 1}/${options.folds}: ${((now() - started) / 1000).toFixed(1)} s`);
    }
    const secondFeatures = documents.map((d, i) => secondStageFeatures(d.contexts, firstPass[i] ?? [], extras[i]));
    const secondIndex = new HashIndex(1 << 20);
    const secondSentences = prepareSentences(documents, secondFeatures, secondIndex);
    log(`stage 2: ${secondIndex.size} features`);
    const second = runEpochs(2, secondSentences.flat(), secondIndex.size, (p) =>
      options.dev ? modelWith([firstQuantised.stage, stageOf(p, secondIndex)]) : undefined,
    );
    saved.push(quantiseStage(secondIndex.keysByRow(), second.averagedWeights(), second.averagedTransitions(), options.minimumWeight).saved);
  }
  const info = {
    epochs: options.epochs,
    seed: options.seed,
    decoder: options.decoder,
    stages: options.stages,
    folds: options.folds,
    minimumWeight: options.minimumWeight,
    trainingDocuments: train.length,
    trainingSentences: documents.reduce((sum, d) => sum + d.contexts.length, 0),
  };
  const { model, saved: savedModel } = buildModel(saved, options.decoder, gazetteerData, info, options.domain);
  return { model, saved: savedModel, history };
}
