import { describe, expect, it } from 'vitest';
import { commaPlacePairs, propagateAcrossPlaces } from '../../src/re/propagate.js';
import type { SpertEntity } from '../../src/re/spert.js';

// "Ann Lee , of Bethany , Conn. , works for Acme ."
const tokens = ['Ann', 'Lee', ',', 'of', 'Bethany', ',', 'Conn.', ',', 'works', 'for', 'Acme', '.'];
const entities: SpertEntity[] = [
  { type: 'Peop', start: 0, end: 2 },
  { type: 'Loc', start: 4, end: 5 },
  { type: 'Loc', start: 6, end: 7 },
  { type: 'Org', start: 10, end: 11 },
];
const copy = <R extends { tail: number }>(from: R, tail: number): R => ({ ...from, tail });

describe('relations across "City , State"', () => {
  it('finds places written "A , B"', () => {
    expect(commaPlacePairs(tokens, entities)).toEqual([[1, 2]]);
  });

  it('copies Live_In from the town to the state, and from the state to the town', () => {
    const town = [{ type: 'Live_In', head: 0, tail: 1, confidence: 0.8 }];
    expect(propagateAcrossPlaces(tokens, entities, town, copy)).toEqual([...town, { type: 'Live_In', head: 0, tail: 2, confidence: 0.8 }]);
    const state = [{ type: 'Live_In', head: 0, tail: 2, confidence: 0.7 }];
    expect(propagateAcrossPlaces(tokens, entities, state, copy)).toEqual([...state, { type: 'Live_In', head: 0, tail: 1, confidence: 0.7 }]);
  });

  it('leaves other relations, places not joined by a comma, and pairs already there alone', () => {
    const work = [{ type: 'Work_For', head: 0, tail: 3, confidence: 0.9 }];
    expect(propagateAcrossPlaces(tokens, entities, work, copy)).toEqual(work);
    const both = [{ type: 'Live_In', head: 0, tail: 1, confidence: 0.8 }, { type: 'Live_In', head: 0, tail: 2, confidence: 0.6 }];
    expect(propagateAcrossPlaces(tokens, entities, both, copy)).toEqual(both);
    const apart: SpertEntity[] = [entities[0]!, { type: 'Loc', start: 4, end: 5 }, { type: 'Loc', start: 8, end: 9 }];
    expect(commaPlacePairs(tokens, apart)).toEqual([]);
  });
});
