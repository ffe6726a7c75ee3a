import { describe, expect, it } from 'vitest';
import { addCaseFeatures, addLabelFeatures, emptyDocumentFeatures } from '../../src/ner/document-features.js';
import { TEMPLATE } from '../../src/ner/features.js';
import { Gazetteer } from '../../src/ner/gazetteer.js';
import { mix } from '../../src/ner/hash.js';
import { labelIndex } from '../../src/ner/tags.js';
import { documentContext } from '../../src/ner/tagger.js';

const gazetteer = new Gazetteer({ source: 'test', lists: { city: ['new york'] } });

describe('document features', () => {
  it('tell a headline word how it is written in the body', () => {
    const contexts = documentContext([['JAPAN', 'WIN'], ['Japan', 'beat', 'Syria', '.']], gazetteer);
    const features = emptyDocumentFeatures(contexts);
    addCaseFeatures(contexts, features);
    const headlineJapan = features[0]?.[0] ?? [];
    const headlineWin = features[0]?.[1] ?? [];
    expect(headlineJapan).toHaveLength(1);
    expect(headlineJapan).not.toEqual(headlineWin); // "WIN" is never seen elsewhere
    expect(features[1]?.[1]).toBeUndefined(); // lower-case words get none
  });

  it('tell a lone surname that it ended a person name elsewhere, but not the name itself', () => {
    const contexts = documentContext([['Peter', 'Blackburn', 'spoke', '.'], ['Blackburn', 'left', '.']], gazetteer);
    const labels = [Int32Array.from(['B-PER', 'I-PER', 'O', 'O'], labelIndex), Int32Array.from(['O', 'O', 'O'], labelIndex)];
    const features = emptyDocumentFeatures(contexts);
    addLabelFeatures(contexts, labels, features);
    const perClass = 1;
    const lastPosition = 2;
    const longerLast = mix(TEMPLATE.documentLonger, perClass * 3 + lastPosition);
    expect(features[1]?.[0]).toContain(longerLast);
    expect(features[1]?.[0]).toContain(mix(TEMPLATE.documentSeen, perClass));
    expect(features[0]?.[1] ?? []).not.toContain(longerLast);
    expect(features[0]?.[1]).toContain(mix(TEMPLATE.documentSeen, 0)); // the other "Blackburn" was O
  });
});

describe('gazetteer', () => {
  it('marks the first and following tokens of the longest capitalised match', () => {
    const marks = gazetteer.mark(['in', 'new', 'york', 'and', 'new', 'york'], ['in', 'New', 'York', 'and', 'new', 'york']);
    expect([...marks]).toEqual([0, 1, 2, 0, 0, 0]);
  });
});
