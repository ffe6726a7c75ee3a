import { describe, expect, it } from 'vitest';
import { joinPlaces } from '../../src/re/join-places.js';
import type { SpertSentence } from '../../src/re/spert.js';

// "Smith was born in Portland , Ore. ." with Smith, Portland and Ore. found apart.
const tokens = ['Smith', 'was', 'born', 'in', 'Portland', ',', 'Ore.', '.'];
const entities = [
  { type: 'Peop', start: 0, end: 1 },
  { type: 'Loc', start: 4, end: 5 },
  { type: 'Loc', start: 6, end: 7 },
];
const sentence = (relations: SpertSentence['relations']): SpertSentence => ({ tokens, entities, relations });

describe('joinPlaces', () => {
  it('makes "A , B" one place when a person lives in it, and keeps that relation once', () => {
    const joined = joinPlaces(
      sentence([
        { type: 'Live_In', head: 0, tail: 1 },
        { type: 'Live_In', head: 0, tail: 2 },
      ]),
    );
    expect(joined.entities).toEqual([
      { type: 'Peop', start: 0, end: 1 },
      { type: 'Loc', start: 4, end: 7 },
    ]);
    expect(joined.relations).toEqual([{ type: 'Live_In', head: 0, tail: 1 }]);
  });

  it('keeps the places apart when one is found to lie in the other', () => {
    const apart = sentence([
      { type: 'Live_In', head: 0, tail: 1 },
      { type: 'Located_In', head: 1, tail: 2 },
    ]);
    expect(joinPlaces(apart)).toEqual(apart);
  });

  it('keeps the places apart when nobody lives there', () => {
    const none = sentence([]);
    expect(joinPlaces(none)).toEqual(none);
  });

  it('renumbers relations to entities after the joined place', () => {
    const more: SpertSentence = {
      tokens: [...tokens, 'Jones', 'too'],
      entities: [...entities, { type: 'Peop', start: 8, end: 9 }],
      relations: [
        { type: 'Live_In', head: 3, tail: 2 },
        { type: 'Kill', head: 0, tail: 3 },
      ],
    };
    const joined = joinPlaces(more);
    expect(joined.entities.map((e) => [e.start, e.end])).toEqual([
      [0, 1],
      [4, 7],
      [8, 9],
    ]);
    expect(joined.relations).toEqual([
      { type: 'Live_In', head: 2, tail: 1 },
      { type: 'Kill', head: 0, tail: 2 },
    ]);
  });
});
