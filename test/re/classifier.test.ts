import { describe, expect, it } from 'vitest';
import { allowedLabels, fitsSignature, RELATION_LABELS } from '../../src/re/labels.js';
import { loadRelationModel, serialiseRelationModel } from '../../src/re/model-format.js';
import { candidatePairs, predictRelations } from '../../src/re/predict.js';
import type { SpertSentence } from '../../src/re/spert.js';
import { predictWithGoldEntities, trainRelations } from '../../src/re/train.js';

const work = (name: string, org: string): SpertSentence => ({
  tokens: [name, 'works', 'for', org, '.'],
  entities: [
    { type: 'Peop', start: 0, end: 1 },
    { type: 'Org', start: 3, end: 4 },
  ],
  relations: [{ type: 'Work_For', head: 0, tail: 1 }],
});
const visit = (name: string, org: string): SpertSentence => ({
  tokens: [name, 'sued', org, '.'],
  entities: [
    { type: 'Peop', start: 0, end: 1 },
    { type: 'Org', start: 2, end: 3 },
  ],
  relations: [],
});
const kill = (a: string, b: string): SpertSentence => ({
  tokens: [a, 'killed', b, '.'],
  entities: [
    { type: 'Peop', start: 0, end: 1 },
    { type: 'Peop', start: 2, end: 3 },
  ],
  relations: [{ type: 'Kill', head: 0, tail: 1 }],
});
const lives = (a: string, b: string): SpertSentence => ({
  tokens: [a, 'lives', 'in', b, '.'],
  entities: [
    { type: 'Peop', start: 0, end: 1 },
    { type: 'Loc', start: 3, end: 4 },
  ],
  relations: [{ type: 'Live_In', head: 0, tail: 1 }],
});

const train = [work('Ann', 'IBM'), work('Bob', 'Sony'), visit('Cy', 'Ford'), visit('Di', 'Exxon'), kill('Ed', 'Flo'), kill('Gus', 'Hal'), lives('Ida', 'Rome'), lives('Jo', 'Oslo')];

describe('relation classifier', () => {
  it('learns a tiny hand-made set and applies it to unseen names', () => {
    const { model, history } = trainRelations(train, { epochs: 5, seed: 1, biases: [] });
    expect(history.at(-1)?.mistakes).toBe(0);
    const rel = (s: SpertSentence) => predictRelations(model, s.tokens, s.entities).map(({ type, head, tail }) => ({ type, head, tail }));
    expect(rel(work('Kim', 'Acme'))).toEqual([{ type: 'Work_For', head: 0, tail: 1 }]);
    expect(rel(visit('Lee', 'Acme'))).toEqual([]);
    expect(rel(kill('Max', 'Ned'))).toEqual([{ type: 'Kill', head: 0, tail: 1 }]);
    expect(rel(lives('Oz', 'Pisa'))).toEqual([{ type: 'Live_In', head: 0, tail: 1 }]);
    const found = predictRelations(model, work('Kim', 'Acme').tokens, work('Kim', 'Acme').entities)[0];
    expect(found?.confidence).toBeGreaterThan(0.5);
    expect(found?.confidence).toBeLessThanOrEqual(1);
  });

  it('is reproducible and survives saving', () => {
    const a = trainRelations(train, { epochs: 3, seed: 7, biases: [] });
    const b = trainRelations(train, { epochs: 3, seed: 7, biases: [] });
    expect(serialiseRelationModel(a.saved)).toBe(serialiseRelationModel(b.saved));
    const reloaded = loadRelationModel(serialiseRelationModel(a.saved));
    expect(predictWithGoldEntities(reloaded, train)).toEqual(predictWithGoldEntities(a.model, train));
  });

  it('averages an ensemble: one member is the plain perceptron, more members move the weights', () => {
    const single = trainRelations(train, { epochs: 3, seed: 7, biases: [] });
    const one = trainRelations(train, { epochs: 3, seed: 7, biases: [], ensemble: 1 });
    const three = trainRelations(train, { epochs: 3, seed: 7, biases: [], ensemble: 3 });
    expect(serialiseRelationModel(one.saved)).toBe(serialiseRelationModel(single.saved));
    expect(serialiseRelationModel(three.saved)).not.toBe(serialiseRelationModel(single.saved));
    expect(three.saved.info.ensemble).toBe(3);
    const rel = (s: SpertSentence) => predictRelations(three.model, s.tokens, s.entities).map(({ type }) => type);
    expect(rel(work('Kim', 'Acme'))).toEqual(['Work_For']);
    expect(rel(visit('Lee', 'Acme'))).toEqual([]);
  });

  it('rejects a file of another format', () => {
    expect(() => loadRelationModel('{"format":"x","version":1}')).toThrow(/expected format "newsgraph-re"/);
    expect(() => loadRelationModel('nope')).toThrow(/not valid JSON/);
  });
});

describe('type signatures', () => {
  it.each([
    ['Peop', 'Org', ['Work_For']],
    ['Peop', 'Loc', ['Live_In']],
    ['Loc', 'Loc', ['Located_In']],
    ['Org', 'Loc', ['OrgBased_In']],
    ['Peop', 'Peop', ['Kill']],
    ['Org', 'Peop', []],
    ['Loc', 'Peop', []],
    ['Other', 'Loc', []],
  ])('%s → %s may be %j', (head, tail, labels) => {
    expect(allowedLabels(head, tail).map((i) => RELATION_LABELS[i])).toEqual(labels);
  });

  it('never pairs types outside the signatures, nor overlapping spans', () => {
    const entities = [
      { type: 'Org', start: 0, end: 1 },
      { type: 'Peop', start: 2, end: 3 },
      { type: 'Other', start: 4, end: 5 },
      { type: 'Loc', start: 2, end: 4 },
    ];
    // Peop 1 → Org 0 fits Work_For; Org 0 → Loc 3 fits OrgBased_In; Loc 3 overlaps Peop 1; Other fits nothing.
    expect(candidatePairs(entities).map((p) => [p.head, p.tail])).toEqual([
      [0, 3],
      [1, 0],
    ]);
    expect(fitsSignature('Kill', 'Peop', 'Org')).toBe(false);
    expect(fitsSignature('Work_For', 'Peop', 'Org')).toBe(true);
  });

  it('predicts nothing for a pair of the wrong types, whatever the words', () => {
    const { model } = trainRelations(train, { epochs: 5, seed: 1, biases: [] });
    // "works for" with an "Other" entity where the organisation should be: no relation fits.
    const other = { tokens: ['Kim', 'works', 'for', 'Acme', '.'], entities: [{ type: 'Peop', start: 0, end: 1 }, { type: 'Other', start: 3, end: 4 }] };
    expect(predictRelations(model, other.tokens, other.entities)).toEqual([]);
    const typed = { tokens: ['Kim', 'works', 'for', 'Acme', '.'], entities: [{ type: 'Peop', start: 0, end: 1 }, { type: 'Org', start: 3, end: 4 }] };
    expect(predictRelations(model, typed.tokens, typed.entities).map((r) => r.type)).toEqual(['Work_For']);
  });
});
