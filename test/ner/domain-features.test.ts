import { describe, expect, it } from 'vitest';
import { addDomainFeatures } from '../../src/ner/domain-features.js';
import { emptyDocumentFeatures } from '../../src/ner/document-features.js';
import { Gazetteer } from '../../src/ner/gazetteer.js';
import { loadModel, serialiseModel } from '../../src/ner/model-format.js';
import { documentContext, tagTokens } from '../../src/ner/tagger.js';
import { DEFAULT_TRAIN_OPTIONS, trainNer, type TrainingDocument } from '../../src/ner/train.js';
import { TINY_GAZETTEER } from './helpers.js';

const doc = (text: string, domain?: string): TrainingDocument => {
  const pairs = text.split(' ').map((pair) => pair.split('/'));
  return { sentences: [pairs.map((p) => p[0] ?? '')], tags: [pairs.map((p) => p[1] ?? 'O')], ...(domain ? { domain } : {}) };
};

// Two corpora that disagree on one convention: the general one leaves weekdays
// untagged, the target tags them MISC. The general one is the larger.
const GENERAL = [
  doc('Acme/B-ORG met/O on/O Monday/O ./O'),
  doc('Jones/B-PER spoke/O on/O Monday/O ./O'),
  doc('Smith/B-PER left/O on/O Monday/O ./O'),
  doc('Zeta/B-ORG closed/O on/O Monday/O ./O'),
  doc('Brown/B-PER came/O on/O Monday/O ./O'),
];
const TARGET = [doc('Beta/B-ORG opened/O on/O Monday/B-MISC ./O', 'target'), doc('Clark/B-PER won/O on/O Monday/B-MISC ./O', 'target')];
const train = (domain?: string) =>
  trainNer([...GENERAL, ...TARGET], TINY_GAZETTEER, { ...DEFAULT_TRAIN_OPTIONS, stages: 1, epochs: 8, folds: 1, ...(domain ? { domain } : {}) });
const UNSEEN = [['Kent', 'arrived', 'on', 'Monday', '.']];

describe('domain features', () => {
  it('gives every token the same number of features, which depend on the domain name', () => {
    const contexts = documentContext([['Acme', 'met', 'on', 'Monday']], new Gazetteer(TINY_GAZETTEER));
    const a = emptyDocumentFeatures(contexts);
    const b = emptyDocumentFeatures(contexts);
    addDomainFeatures(contexts, 'target', a);
    addDomainFeatures(contexts, 'other', b);
    const counts = (a[0] ?? []).map((f) => f?.length);
    expect(new Set(counts)).toEqual(new Set([6]));
    (a[0] ?? []).forEach((features, i) => expect(features).not.toEqual(b[0]?.[i]));
  });

  it('lets the target corpus keep its own convention where the larger corpus differs', () => {
    expect(tagTokens(train().model, UNSEEN)[0]?.[3]).toBe('O');
    expect(tagTokens(train('target').model, UNSEEN)[0]?.[3]).toBe('B-MISC');
  });

  it('saves the domain with the model, and only when there is one', () => {
    const { model, saved } = train('target');
    expect(saved.domain).toBe('target');
    const reloaded = loadModel(serialiseModel(saved));
    expect(reloaded.domain).toBe('target');
    expect(tagTokens(reloaded, UNSEEN)).toEqual(tagTokens(model, UNSEEN));
    expect(serialiseModel(train().saved)).not.toContain('"domain"');
  });
});
