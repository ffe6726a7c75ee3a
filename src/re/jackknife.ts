// Entities for the training sentences as the entity model will really find
// them: K-fold jackknifing, each fold tagged by a model trained without it.
// The relation classifier then learns from pairs with the same boundary and
// type errors it meets on new text, not only from gold spans. Pure: the
// caller supplies how an entity model is trained.
import type { NerModel } from '../ner/model.js';
import { seededRandom, shuffle } from '../ner/random.js';
import { recogniseEntities } from './entities.js';
import type { SpertEntity, SpertRelation, SpertSentence } from './spert.js';

/** Sentence indexes of each fold, in a seeded order. */
export function foldsOf(count: number, folds: number, seed: number): number[][] {
  const order = shuffle(
    Array.from({ length: count }, (_, i) => i),
    seededRandom(seed),
  );
  const out: number[][] = Array.from({ length: folds }, () => []);
  order.forEach((sentence, position) => out[position % folds]?.push(sentence));
  return out.map((fold) => fold.sort((a, b) => a - b));
}

/** Predicted entities of every sentence, each from a model that never saw it. */
export function jackknifeEntities(
  sentences: readonly SpertSentence[],
  folds: number,
  seed: number,
  trainEntityModel: (training: readonly SpertSentence[], fold: number) => NerModel,
): SpertEntity[][] {
  const out: SpertEntity[][] = sentences.map(() => []);
  foldsOf(sentences.length, folds, seed).forEach((held, fold) => {
    const heldOut = new Set(held);
    const model = trainEntityModel(
      sentences.filter((_, i) => !heldOut.has(i)),
      fold,
    );
    for (const i of held) out[i] = recogniseEntities(model, sentences[i]?.tokens ?? []);
  });
  return out;
}

const sameEntity = (a: SpertEntity, b: SpertEntity) => a.start === b.start && a.end === b.end && a.type === b.type;

/**
 * The sentence with other entities: a gold relation carries over only when
 * both its arguments were found exactly (span and type), as the strict score
 * counts it; every other pair of the new entities is "none".
 */
export function withEntities(sentence: SpertSentence, entities: readonly SpertEntity[]): SpertSentence {
  const indexOf = (gold: number) => {
    const e = sentence.entities[gold];
    return e ? entities.findIndex((p) => sameEntity(p, e)) : -1;
  };
  const relations: SpertRelation[] = [];
  for (const r of sentence.relations) {
    const head = indexOf(r.head);
    const tail = indexOf(r.tail);
    if (head >= 0 && tail >= 0) relations.push({ type: r.type, head, tail });
  }
  return { tokens: sentence.tokens, entities: [...entities], relations };
}
