// A tiny training set and gazetteer, so training is tested without the big data.
import type { GazetteerData } from '../../src/ner/gazetteer.js';
import { DEFAULT_TRAIN_OPTIONS, trainNer, type TrainingDocument, type TrainOptions } from '../../src/ner/train.js';

export const TINY_GAZETTEER: GazetteerData = { source: 'test', lists: { city: ['paris', 'london', 'new york'], country: ['france'] } };

const sentence = (text: string): { tokens: string[]; tags: string[] } => {
  const pairs = text.split(' ').map((pair) => pair.split('/'));
  return { tokens: pairs.map((p) => p[0] ?? ''), tags: pairs.map((p) => p[1] ?? 'O') };
};

function document(...lines: string[]): TrainingDocument {
  const sentences = lines.map(sentence);
  return { sentences: sentences.map((s) => s.tokens), tags: sentences.map((s) => s.tags) };
}

export const TINY_TRAINING: TrainingDocument[] = [
  document('John/B-PER Smith/I-PER visited/O Paris/B-LOC ./O', 'He/O works/O for/O Acme/B-ORG Corp/I-ORG ./O'),
  document('Mary/B-PER Jones/I-PER left/O London/B-LOC for/O New/B-LOC York/I-LOC ./O', 'Acme/B-ORG Corp/I-ORG hired/O Jones/B-PER ./O'),
  document('The/O French/B-MISC team/O beat/O Acme/B-ORG United/I-ORG in/O Paris/B-LOC ./O'),
];

export function trainTiny(options: Partial<TrainOptions> = {}): ReturnType<typeof trainNer> {
  return trainNer(TINY_TRAINING, TINY_GAZETTEER, { ...DEFAULT_TRAIN_OPTIONS, epochs: 8, folds: 3, ...options });
}
