import { describe, expect, it } from 'vitest';
import { chooseClassBias, goldCountsOf } from '../../src/re/class-bias.js';
import { foldsOf, withEntities } from '../../src/re/jackknife.js';
import { loadRelationModel, saveModel } from '../../src/re/model-format.js';
import type { SpertSentence } from '../../src/re/spert.js';

const sentence: SpertSentence = {
  tokens: ['Ann', 'Lee', 'works', 'for', 'IBM', 'in', 'Rome'],
  entities: [
    { type: 'Peop', start: 0, end: 2 },
    { type: 'Org', start: 4, end: 5 },
    { type: 'Loc', start: 6, end: 7 },
  ],
  relations: [
    { type: 'Work_For', head: 0, tail: 1 },
    { type: 'OrgBased_In', head: 1, tail: 2 },
  ],
};

describe('training on predicted entities', () => {
  it('keeps a relation only when both arguments were found exactly', () => {
    // "Lee" alone (a boundary error) loses Work_For; IBM and Rome keep OrgBased_In, re-indexed.
    const out = withEntities(sentence, [
      { type: 'Loc', start: 6, end: 7 },
      { type: 'Peop', start: 1, end: 2 },
      { type: 'Org', start: 4, end: 5 },
    ]);
    expect(out.relations).toEqual([{ type: 'OrgBased_In', head: 2, tail: 0 }]);
    // A type error loses it too.
    expect(withEntities(sentence, [{ type: 'Loc', start: 4, end: 5 }, { type: 'Loc', start: 6, end: 7 }]).relations).toEqual([]);
  });

  it('splits sentences into disjoint folds that cover them all, the same for the same seed', () => {
    const folds = foldsOf(11, 3, 5);
    expect(folds.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, i) => i));
    expect(folds.map((f) => f.length).sort()).toEqual([3, 4, 4]);
    expect(foldsOf(11, 3, 5)).toEqual(folds);
  });

  it('chooses each type its own bias by F1 on held-out pairs', () => {
    const pairs = [
      { label: 1, margin: 2, gold: true },
      { label: 1, margin: -1, gold: true },
      { label: 1, margin: -3, gold: false },
      { label: 5, margin: 1, gold: false },
      { label: 5, margin: 3, gold: true },
    ];
    const bias = chooseClassBias(pairs, [0, 2, 0, 0, 0, 1], [-4, -2, 0, 2]);
    expect(bias[1]).toBe(2); // takes the -1 pair in, not the -3 one
    expect(bias[5]).toBe(-2); // leaves the margin-1 false pair out
    expect(goldCountsOf([sentence])).toEqual([0, 1, 0, 0, 1, 0]);
  });

  it('judges a bias by its neighbours too, so a lone peak loses to the middle of a plateau', () => {
    // Gold 4. F1 by bias -3..3: 0, 0.4, 0.667, 0.571, 0.667, 0.667, 0.667.
    const pairs = [
      { label: 1, margin: 2.75, gold: true },
      { label: 1, margin: 1.75, gold: true },
      { label: 1, margin: 0.75, gold: false },
      { label: 1, margin: -0.25, gold: false },
      { label: 1, margin: -0.75, gold: true },
      { label: 1, margin: -3.25, gold: false },
    ];
    const candidates = [-3, -2, -1, 0, 1, 2, 3];
    expect(chooseClassBias(pairs, [0, 4, 0, 0, 0, 0], candidates)[1]).toBe(-1);
    expect(chooseClassBias(pairs, [0, 4, 0, 0, 0, 0], candidates, 1)[1]).toBe(2);
  });

  it('saves and loads per-type biases, and rejects damaged ones', () => {
    const saved = saveModel(new Uint32Array([7]), [0, 1, 0, 0, 0, 0], 0, {}, [0, 1.5, 2, 0, -1, 0]);
    expect(loadRelationModel(saved).classBias).toEqual([0, 1.5, 2, 0, -1, 0]);
    expect(() => loadRelationModel({ ...saved, classBias: [1, 2] })).toThrow(/classBias/);
  });
});
