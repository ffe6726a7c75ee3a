import { describe, expect, it } from 'vitest';
import { gazetteer, matchAt, phraseTokens } from '../../src/mentions/gazetteer.js';
import { tokenize } from '../../src/segment/tokenize.js';
import places from '../../src/mentions/data/places.json' with { type: 'json' };
import { US_STATES } from '../../src/mentions/lexicon/us-states.js';

describe('gazetteer phrases', () => {
  it('split as the tokenizer splits them, on the fast path and off it', () => {
    const names = [
      ...places.cities.map(([name]) => name as string),
      ...places.countries.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]),
      ...US_STATES.flatMap((s) => [s.name, ...s.abbreviations]),
      "Côte d'Ivoire", 'U.S.', 'Saint-Denis', 'New  York', ' Lead', 'Trail ', "Americans'", 'AT&T',
    ];
    for (const name of names) expect(phraseTokens(name), name).toEqual(tokenize(name).map((t) => t.text));
  });

  it('keep the first entry of a phrase (a country before a city of that name)', () => {
    const hit = matchAt(['Georgia'], 0, gazetteer());
    expect(hit?.entry.method).toBe('gazetteer:countries');
    const longest = matchAt(['New', 'York', 'City'], 0, gazetteer());
    expect(longest?.length).toBeGreaterThan(1);
  });
});

describe('US states', () => {
  const stateOf = (text: string) => {
    const words = tokenize(text).map((t) => t.text);
    const hit = matchAt(words, 0, gazetteer());
    return hit && hit.length === words.length ? hit.entry.name : null;
  };

  it('name the state by its AP abbreviation, with or without the stop a sentence end takes', () => {
    expect(stateOf('N.J.')).toBe('New Jersey');
    expect(stateOf('N.J')).toBe('New Jersey');
    expect(stateOf('S.C.')).toBe('South Carolina');
    expect(stateOf('W.Va')).toBe('West Virginia');
    expect(stateOf('Va')).toBe('Virginia');
    expect(stateOf('Calif')).toBe('California');
    expect(stateOf('Wash')).toBe('Washington State');
    expect(stateOf('D.C.')).toBe('Washington');
  });

  it('leave out forms that are words, names or another place', () => {
    for (const word of ['Miss', 'Ill', 'La', 'Del', 'Kan', 'Mo', 'IN', 'OR', 'Ga']) expect(stateOf(word), word).toBeNull();
    expect(matchAt(['Georgia'], 0, gazetteer())?.entry.name).toBe('Georgia');
    expect(matchAt(['Washington'], 0, gazetteer())?.entry.method).not.toBe('gazetteer:us-states');
  });
});
