import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_PATH, loadModelFile } from '../../src/ner/load-file.js';
import { loadModel } from '../../src/ner/model-format.js';
import { recognise } from '../../src/ner/recognise.js';
import { tagTokens } from '../../src/ner/tagger.js';

describe('the shipped model (models/ner/model.json)', () => {
  const model = loadModelFile();

  it('tags a short news document', () => {
    const document = [
      ['GERMANY', 'BEAT', 'FRANCE', 'IN', 'PARIS'],
      ['Peter', 'Blackburn', 'of', 'the', 'European', 'Commission', 'said', 'on', 'Thursday', 'that', 'Germany', 'won', '.'],
      ['Blackburn', 'flew', 'back', 'to', 'Brussels', '.'],
    ];
    const tags = tagTokens(model, document);
    expect(tags[1]?.slice(0, 2)).toEqual(['B-PER', 'I-PER']);
    expect(tags[1]?.slice(4, 6)).toEqual(['B-ORG', 'I-ORG']);
    expect(tags[2]?.[0]).toBe('B-PER');
    expect(tags[2]?.[4]).toBe('B-LOC');
    expect(tags[0]?.[4]).toBe('B-LOC');
    const spans = recognise(model, document);
    expect(spans.find((s) => s.sentence === 1 && s.start === 0)).toMatchObject({ end: 2, type: 'person' });
  });

  it('copes with empty sentences, empty tokens and a long sentence', () => {
    const long = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? 'Paris' : 'and'));
    const tags = tagTokens(model, [[], [''], long]);
    expect(tags.map((t) => t.length)).toEqual([0, 1, 3000]);
    expect(tags[2]?.[0]).toBe('B-LOC');
  });

  it('decodes the same with the portable base64 decoder as with Buffer', () => {
    const portable = loadModel(readFileSync(DEFAULT_MODEL_PATH, 'utf8'));
    const sentence = [['Reuters', 'reported', 'that', 'NATO', 'met', 'in', 'Madrid', '.']];
    expect(tagTokens(portable, sentence)).toEqual(tagTokens(model, sentence));
    expect(portable.stages[1]?.weights).toEqual(model.stages[1]?.weights);
  });
});

describe('curly quotes', () => {
  it('are read as the straight quotes the model was trained on', () => {
    const model = loadModelFile();
    const straight = tagTokens(model, [['"', 'We', 'won', '"', ',', 'Germany', "'s", 'coach', 'said', '.']]);
    const curly = tagTokens(model, [['“', 'We', 'won', '”', ',', 'Germany', '’s', 'coach', 'said', '.']]);
    expect(curly).toEqual(straight);
  });
});
