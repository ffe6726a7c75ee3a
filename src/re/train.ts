// Training the relation classifier on sentences with gold entities: every
// candidate pair is an example (its gold relation, or none). Seeded, so the
// same data and options give the same weights. Pure: no Node APIs.
import { HashIndex } from '../ner/hash-index.js';
import { pairFeatures } from './features.js';
import { RELATION_LABELS, NONE } from './labels.js';
import { saveModel, type SavedRelationModel, loadRelationModel } from './model-format.js';
import type { RelationModel } from './model.js';
import { featureKeys } from './model.js';
import { MulticlassPerceptron, type PreparedPair } from './perceptron.js';
import { candidatePairs, predictRelations } from './predict.js';
import { scoreRelations, type Prf } from './score.js';
import type { SpertSentence } from './spert.js';

export interface ReTrainOptions {
  epochs: number;
  seed: number;
  /** Relation-class biases tried on dev (gold entities); the best is kept. Empty: bias 0. */
  biases: readonly number[];
  dev?: readonly SpertSentence[];
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

export function trainRelations(train: readonly SpertSentence[], options: ReTrainOptions): ReTrainResult {
  const log = options.log ?? (() => undefined);
  const index = new HashIndex(1 << 16);
  const pairs = preparePairs(train, index);
  log(`${pairs.length} candidate pairs, ${pairs.filter((p) => p.gold !== NONE).length} with a relation, ${index.size} features`);
  const perceptron = new MulticlassPerceptron(index.size);
  const history: ReTrainResult['history'] = [];
  const modelOf = (bias: number): RelationModel => ({ index, weights: perceptron.averagedWeights(), bias, info: {} });
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const mistakes = perceptron.epoch(pairs, options.seed * 1000 + epoch);
    const entry: ReTrainResult['history'][number] = { epoch, mistakes };
    if (options.dev) entry.dev = scoreRelations(options.dev, predictWithGoldEntities(modelOf(0), options.dev)).strict;
    history.push(entry);
    log(`epoch ${epoch}: ${mistakes} mistakes${entry.dev ? `  dev (gold entities) RE strict P ${entry.dev.p.toFixed(4)} R ${entry.dev.r.toFixed(4)} F1 ${entry.dev.f1.toFixed(4)}` : ''}`);
  }
  const weights = perceptron.averagedWeights();
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
  const info = { epochs: options.epochs, seed: options.seed, bias, trainingSentences: train.length, trainingPairs: pairs.length };
  const saved = saveModel(index.keysByRow(), weights, bias, info);
  return { model: loadRelationModel(saved), saved, history };
}
