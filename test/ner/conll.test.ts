import { describe, expect, it } from 'vitest';
import { appendTagColumn, parseConll } from '../../src/ner/conll.js';
import { scoreTags } from '../../src/ner/evaluate.js';

const TEXT = '-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP I-MISC\n\nPeter NNP B-NP I-PER\nBlackburn NNP I-NP I-PER\n-DOCSTART- -X- -X- O\n\nBRUSSELS NNP B-NP I-LOC\n';

describe('CoNLL reading and writing', () => {
  it('splits documents and sentences and turns IOB1 into IOB2', () => {
    const file = parseConll(TEXT);
    expect(file.documents).toHaveLength(2);
    expect(file.documents[0]?.sentences.map((s) => s.tokens)).toEqual([['EU', 'rejects', 'German'], ['Peter', 'Blackburn']]);
    expect(file.documents[0]?.sentences.map((s) => s.tags)).toEqual([['B-ORG', 'O', 'B-MISC'], ['B-PER', 'I-PER']]);
    expect(file.documents[1]?.sentences[0]?.lines).toEqual([10]);
  });

  it('appends one column to token lines only', () => {
    const file = parseConll(TEXT);
    const out = appendTagColumn(file, [[['B-ORG', 'O', 'B-MISC'], ['B-PER', 'I-PER']], [['B-LOC']]]);
    const lines = out.split('\n');
    expect(lines[0]).toBe('-DOCSTART- -X- -X- O');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('EU NNP B-NP I-ORG B-ORG');
    expect(lines[10]).toBe('BRUSSELS NNP B-NP I-LOC B-LOC');
    expect(out.endsWith('\n')).toBe(true);
  });
});

describe('token-only CoNLL', () => {
  it('reads files with one column and writes two', () => {
    const file = parseConll('Paris\nwins\n\nBerlin\n');
    expect(file.documents[0]?.sentences.map((s) => [s.tokens, s.tags])).toEqual([
      [['Paris', 'wins'], []],
      [['Berlin'], []],
    ]);
    expect(appendTagColumn(file, [[['B-LOC', 'O'], ['B-LOC']]])).toBe('Paris B-LOC\nwins O\n\nBerlin B-LOC\n');
  });
});

describe('span scoring', () => {
  it('counts exact spans, ignores predictions equal to gold MISC spans', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-MISC', 'B-LOC']];
    const predicted = [['B-PER', 'O', 'O', 'B-ORG', 'B-LOC']];
    const report = scoreTags(gold, predicted);
    expect(report.ALL).toMatchObject({ gold: 2, pred: 2, tp: 1, p: 0.5, r: 0.5, f1: 0.5 });
    expect(report.LOC).toMatchObject({ tp: 1, f1: 1 });
    expect(report.PER).toMatchObject({ tp: 0, pred: 1 });
  });
});
