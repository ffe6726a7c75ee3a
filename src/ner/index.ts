// Named-entity recognition: a trained averaged-perceptron tagger (IOB2 over
// PER/ORG/LOC/MISC, Viterbi, two passes per document). Everything exported
// here is pure and runs in a browser; reading a model from disk is in
// ./load-file.ts (Node only).
export { loadModel, serialiseModel, type SavedModel } from './model-format.js';
export type { NerModel } from './model.js';
export { tagTokens, tagDocument } from './tagger.js';
export { recognise, CLASS_TO_TYPE, type NerSpan } from './recognise.js';
export { groupRuleFor, isGroup, GROUP_RULES, type GroupRule } from './group-rules.js';
export { parseConll, appendTagColumn, type ConllFile, type ConllDocument, type ConllSentence } from './conll.js';
export { scoreTags, formatScores, type ScoreReport, type TypeScore } from './evaluate.js';
export { trainNer, DEFAULT_TRAIN_OPTIONS, type TrainOptions, type TrainingDocument, type TrainResult } from './train.js';
export { LABELS, type EntityClass } from './tags.js';
export { nerMentions, NER_METHOD } from './mentions.js';
