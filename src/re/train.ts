// Training the relation classifier on sentences with gold entities: every
// candidate pair is an example (its gold relation, or none). Seeded, so the
// same data and options give the same weights. Pure: no Node APIs.
import { HashIndex } from '../ner/hash-index.js';
import { chooseClassBias, goldCountsOf, scorePairs } from './class-bias.js';
import { pairFeatures } from './features.js';
import { foldsOf, withEntities } from './jackknife.js';
import { RELATION_LABELS, NONE } from './labels.js';
import { saveModel, type SavedRelationModel, loadRelationModel } from './model-format.js';
import type { RelationModel } from './model.js';
import { featureKeys } from './model.js';
import { MulticlassPerceptron, type PreparedPair } from './perceptron.js';
import { candidatePairs, predictRelations } from './predict.js';
import { scoreRelations, type Prf } from './score.js';
import type { SpertEntity, SpertSentence } from './spert.js';

export interface ReTrainOptions {
  epochs: number;
  seed: number;
  /** Relation-class biases tried on dev (gold entities); the best is kept. Empty: bias 0. */
  biases: readonly number[];
  dev?: readonly SpertSentence[];
  /**
   * The entities the entity model finds in each training sentence (jackknifed,
   * same order as the training sentences). Their pairs are trained on too, so
   * the classifier learns that a pair with a wrong span or type is no relation.
   */
  predicted?: readonly (readonly SpertEntity[])[];
  /** Per-type bias candidates, chosen by cross-validation on train with `predicted` entities. Empty: none. */
  classBiases?: readonly number[];
  /** Cross-validation folds for `classBiases`. */
  folds?: number;
  /**
   * Perceptrons trained in different seeded orders and averaged. One
   * perceptron's dev F1 moves by several points with the order it saw the
   * pairs in; the average of a few does not.
   */
  ensemble?: number;
  /** Cross-validation runs (each with its own split) pooled to choose `classBiases`. */
  cvRepeats?: number;
  /** Neighbouring bias candidates (each side) whose F1 is averaged when choosing one; see chooseClassBias. */
  biasWindow?: number;
  log?: (line: string) => void;
}

export const DEFAULT_RE_TRAIN_OPTIONS: ReTrainOptions = { epochs: 10, seed: 1, biases: [] };

export interface ReTrainResult {
  model: RelationModel;
  saved: SavedRelationModel;
  history: Array<{ epoch: number; mistakes: number; dev?: Prf }>;
}

function goldLabel(sentence: SpertSentence, head: number, tail: number): number {
  const relation = sentence.relations.find((r) => r.head === head && r.tail === tail);
  if (!relation) return NONE;
  const label = RELATION_LABELS.indexOf(relation.type as (typeof RELATION_LABELS)[number]);
  return label < 0 ? NONE : label;
}

export function preparePairs(sentences: readonly SpertSentence[], index: HashIndex): PreparedPair[] {
  const out: PreparedPair[] = [];
  for (const s of sentences) {
    for (const { head, tail, allowed } of candidatePairs(s.entities)) {
      const keys = featureKeys(pairFeatures(s.tokens, s.entities, head, tail));
      out.push({ rows: Int32Array.from(keys, (k) => index.getOrAdd(k)), gold: goldLabel(s, head, tail), allowed });
    }
  }
  return out;
}

/** Relations predicted for the gold entities of each sentence. */
export function predictWithGoldEntities(model: RelationModel, sentences: readonly SpertSentence[]): SpertSentence[] {
  return sentences.map((s) => ({ tokens: s.tokens, entities: s.entities, relations: predictRelations(model, s.tokens, s.entities).map(({ type, head, tail }) => ({ type, head, tail })) }));
}

/** Gold-entity sentences plus, when given, the same sentences with predicted entities. */
function trainingSentences(train: readonly SpertSentence[], predicted: ReTrainOptions['predicted'], keep: (i: number) => boolean = () => true): SpertSentence[] {
  const gold = train.filter((_, i) => keep(i));
  if (!predicted) return gold;
  return [...gold, ...train.flatMap((s, i) => (keep(i) ? [withEntities(s, predicted[i] ?? [])] : []))];
}

function fit(sentences: readonly SpertSentence[], options: ReTrainOptions, history?: ReTrainResult['history']) {
  const log = options.log ?? (() => undefined);
  const index = new HashIndex(1 << 16);
  const pairs = preparePairs(sentences, index);
  if (history) log(`${pairs.length} candidate pairs, ${pairs.filter((p) => p.gold !== NONE).length} with a relation, ${index.size} features`);
  const members = Math.max(1, options.ensemble ?? 1);
  const summed = new Float32Array(index.size * RELATION_LABELS.length);
  for (let member = 0; member < members; member++) {
    const perceptron = new MulticlassPerceptron(index.size);
    // Member 0 keeps the single model's order, so ensemble 1 is the plain perceptron.
    const seed = options.seed + member * 7919;
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      const mistakes = perceptron.epoch(pairs, seed * 1000 + epoch);
      if (!history || member > 0) continue;
      const entry: ReTrainResult['history'][number] = { epoch, mistakes };
      const model: RelationModel = { index, weights: perceptron.averagedWeights(), bias: 0, info: {} };
      if (options.dev) entry.dev = scoreRelations(options.dev, predictWithGoldEntities(model, options.dev)).strict;
      history.push(entry);
      log(`epoch ${epoch}: ${mistakes} mistakes${entry.dev ? `  dev (gold entities) RE strict P ${entry.dev.p.toFixed(4)} R ${entry.dev.r.toFixed(4)} F1 ${entry.dev.f1.toFixed(4)}` : ''}`);
    }
    const weights = perceptron.averagedWeights();
    for (let i = 0; i < summed.length; i++) summed[i] = (summed[i] ?? 0) + (weights[i] ?? 0) / members;
  }
  return { index, weights: summed, pairCount: pairs.length };
}

/** Per-type biases from K-fold cross-validation on train, scored on the predicted entities of each held-out fold. */
export function crossValidateClassBias(train: readonly SpertSentence[], options: ReTrainOptions & { predicted: NonNullable<ReTrainOptions['predicted']> }): number[] {
  const folds = options.folds ?? 5;
  const scored: ReturnType<typeof scorePairs> = [];
  const heldOutGold: SpertSentence[] = [];
  // Each repeat splits train differently; pooling them keeps one lucky split from choosing the biases.
  for (let repeat = 0; repeat < Math.max(1, options.cvRepeats ?? 1); repeat++) {
    const seed = options.seed + repeat * 104729;
    foldsOf(train.length, folds, seed).forEach((held, fold) => {
      const heldOut = new Set(held);
      const { index, weights } = fit(trainingSentences(train, options.predicted, (i) => !heldOut.has(i)), { ...options, seed });
      const model: RelationModel = { index, weights, bias: 0, info: {} };
      scored.push(...scorePairs(model, held.map((i) => withEntities(train[i]!, options.predicted[i] ?? []))));
      heldOut.forEach((i) => heldOutGold.push(train[i]!));
      options.log?.(`class-bias repeat ${repeat + 1}, fold ${fold + 1}/${folds} scored`);
    });
  }
  return chooseClassBias(scored, goldCountsOf(heldOutGold), options.classBiases ?? [0], options.biasWindow ?? 0);
}

export function trainRelations(train: readonly SpertSentence[], options: ReTrainOptions): ReTrainResult {
  const log = options.log ?? (() => undefined);
  const history: ReTrainResult['history'] = [];
  const { index, weights, pairCount } = fit(trainingSentences(train, options.predicted), options, history);
  let bias = 0;
  if (options.dev && options.biases.length > 0) {
    let best = -1;
    for (const candidate of options.biases) {
      const f1 = scoreRelations(options.dev, predictWithGoldEntities({ index, weights, bias: candidate, info: {} }, options.dev)).strict.f1;
      log(`bias ${candidate}: dev (gold entities) RE strict F1 ${f1.toFixed(4)}`);
      if (f1 > best) {
        best = f1;
        bias = candidate;
      }
    }
  }
  let classBias: number[] | undefined;
  if (options.predicted && options.classBiases && options.classBiases.length > 0) {
    classBias = crossValidateClassBias(train, { ...options, predicted: options.predicted });
    log(`per-type biases (cross-validated on train): ${RELATION_LABELS.map((label, y) => `${label} ${classBias?.[y] ?? 0}`).slice(1).join(', ')}`);
  }
  const info = {
    epochs: options.epochs,
    seed: options.seed,
    bias,
    trainingSentences: train.length,
    trainingPairs: pairCount,
    ...(options.predicted ? { predictedEntities: 'jackknifed' } : {}),
    ...(options.ensemble && options.ensemble > 1 ? { ensemble: options.ensemble } : {}),
    ...(options.cvRepeats && options.cvRepeats > 1 ? { cvRepeats: options.cvRepeats, biasWindow: options.biasWindow ?? 0 } : {}),
  };
  const saved = saveModel(index.keysByRow(), weights, bias, info, classBias);
  return { model: loadRelationModel(saved), saved, history };
}
