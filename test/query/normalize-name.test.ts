import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/query/index.js';

describe('normalizeName', () => {
  it.each([
    ['Marko Marjanović', 'marko marjanovic'],
    ['  MARKO   MARJANOVIĆ ', 'marko marjanovic'],
    ['al-Tanf', 'al tanf'],
    ['At Tanf', 'at tanf'],
    ['U.S. military', 'u s military'],
    ['Deir ez-Zor', 'deir ez zor'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['person:ryan-dillon', 'person ryan dillon'],
    ['ﬁrst', 'first'],
    ['---', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});
