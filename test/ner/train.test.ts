import { describe, expect, it } from 'vitest';
import { loadModel, serialiseModel } from '../../src/ner/model-format.js';
import { recognise } from '../../src/ner/recognise.js';
import { tagTokens } from '../../src/ner/tagger.js';
import { TINY_TRAINING, trainTiny } from './helpers.js';

describe('training', () => {
  it('learns a handful of sentences it was trained on', () => {
    const { model, history } = trainTiny();
    for (const document of TINY_TRAINING) expect(tagTokens(model, document.sentences)).toEqual(document.tags);
    expect(history.filter((h) => h.stage === 2)).toHaveLength(8);
    expect(history[history.length - 1]?.mistakes).toBe(0);
  });

  it('is reproducible: same data and seed, same bytes', () => {
    const a = serialiseModel(trainTiny({ stages: 1, epochs: 3 }).saved);
    const b = serialiseModel(trainTiny({ stages: 1, epochs: 3 }).saved);
    expect(a).toBe(b);
  });

  it('gives identical tags after a save and load round trip', () => {
    const { model, saved } = trainTiny();
    const reloaded = loadModel(serialiseModel(saved));
    const unseen = [
      ['Peter', 'Smith', 'flew', 'to', 'New', 'York', 'with', 'Acme', 'Corp', '.'],
      ['PARIS', 'WINS'],
      ['Smith', 'said', 'nothing', '.'],
    ];
    expect(tagTokens(reloaded, unseen)).toEqual(tagTokens(model, unseen));
    for (const document of TINY_TRAINING) expect(tagTokens(reloaded, document.sentences)).toEqual(tagTokens(model, document.sentences));
    expect(reloaded.stages).toHaveLength(2);
  });

  it('recognise returns typed spans and sets MISC aside', () => {
    const { model } = trainTiny();
    const sentences = TINY_TRAINING[2]?.sentences ?? [];
    const spans = recognise(model, sentences);
    expect(spans.map((s) => [s.start, s.end, s.type])).toEqual([
      [4, 6, 'organisation'],
      [7, 8, 'place'],
    ]);
    for (const span of spans) expect(span.score).toBeGreaterThan(0.5);
    const withMisc = recognise(model, sentences, { includeMisc: true });
    expect(withMisc.find((s) => s.label === 'MISC')).toMatchObject({ start: 1, end: 2, type: undefined });
  });

  it('rejects a file that is not a model', () => {
    expect(() => loadModel('{"format":"other"}')).toThrow(expect.objectContaining({ name: 'BadInputError' }));
    expect(() => loadModel('not json')).toThrow(expect.objectContaining({ name: 'BadInputError' }));
  });
});
