import { describe, expect, it } from 'vitest';
import { prf, round4, scoreRelations } from '../../src/re/score.js';
import type { SpertSentence } from '../../src/re/spert.js';

// Worked by hand:
//   gold: 3 entities, 2 relations (Work_For 0→1, Live_In 0→2).
//   pred: Peop [0,2) right, Org [3,5) with the wrong type (Loc), Loc [6,7) right,
//         one wrong extra entity; Work_For 0→1 (tail typed wrong), Live_In 0→2 right.
//   NER strict: tp 2 of gold 3, pred 4 → P 0.5, R 0.6667, F1 0.5714.
//   RE strict: tp 1 of gold 2, pred 2 → P 0.5, R 0.5, F1 0.5.
//   RE boundaries (types ignored): both right, but Work_For's tail is typed Loc
//   and the label still says Work_For → tp 2 → P 1, R 1, F1 1.
const gold: SpertSentence[] = [
  {
    tokens: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
    entities: [
      { type: 'Peop', start: 0, end: 2 },
      { type: 'Org', start: 3, end: 5 },
      { type: 'Loc', start: 6, end: 7 },
    ],
    relations: [
      { type: 'Work_For', head: 0, tail: 1 },
      { type: 'Live_In', head: 0, tail: 2 },
    ],
  },
];
const pred: SpertSentence[] = [
  {
    tokens: gold[0]!.tokens,
    entities: [
      { type: 'Peop', start: 0, end: 2 },
      { type: 'Loc', start: 3, end: 5 },
      { type: 'Loc', start: 6, end: 7 },
      { type: 'Other', start: 7, end: 8 },
    ],
    relations: [
      { type: 'Work_For', head: 0, tail: 1 },
      { type: 'Live_In', head: 0, tail: 2 },
    ],
  },
];

describe('scorer (as score_re.py)', () => {
  it('scores a small gold/pred pair as worked by hand', () => {
    const s = scoreRelations(gold, pred);
    expect(s.ner).toEqual({ p: 0.5, r: 0.6667, f1: 0.5714, gold: 3, pred: 4, tp: 2 });
    expect(s.strict).toEqual({ p: 0.5, r: 0.5, f1: 0.5, gold: 2, pred: 2, tp: 1 });
    expect(s.bound).toEqual({ p: 1, r: 1, f1: 1, gold: 2, pred: 2, tp: 2 });
    expect(s['strict:Work_For']).toEqual({ p: 0, r: 0, f1: 0, gold: 1, pred: 1, tp: 0 });
    expect(s['strict:Live_In']).toEqual({ p: 1, r: 1, f1: 1, gold: 1, pred: 1, tp: 1 });
  });

  it('counts a duplicated prediction once, as sets do', () => {
    const doubled = [{ ...pred[0]!, relations: [...pred[0]!.relations, { type: 'Live_In', head: 0, tail: 2 }] }];
    expect(scoreRelations(gold, doubled).strict.pred).toBe(2);
  });

  it('rounds like Python: ties to even on the exact value', () => {
    expect(round4(42 / 64)).toBe(0.6562); // exactly 0.65625
    expect(round4(0.65635)).toBe(0.6563); // stored a little below ...635
    expect(round4(0.00015)).toBe(0.0001); // stored below the tie
    expect(round4(1)).toBe(1);
    expect(round4(2 / 3)).toBe(0.6667);
    expect(round4(0)).toBe(0);
  });

  it('gives zeros, not NaN, for empty sets', () => {
    expect(prf(new Set(), new Set())).toEqual({ p: 0, r: 0, f1: 0, gold: 0, pred: 0, tp: 0 });
  });

  it('refuses lists that do not line up', () => {
    expect(() => scoreRelations(gold, [])).toThrow(/item count differs/);
    expect(() => scoreRelations(gold, [{ ...pred[0]!, tokens: ['x'] }])).toThrow(/tokens differ at item 0/);
  });
});
