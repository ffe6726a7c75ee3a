import { describe, expect, it } from 'vitest';
import { gazetteer, matchAt, phraseTokens } from '../../src/mentions/gazetteer.js';
import { tokenize } from '../../src/segment/tokenize.js';
import places from '../../src/mentions/data/places.json' with { type: 'json' };

describe('gazetteer phrases', () => {
  it('split as the tokenizer splits them, on the fast path and off it', () => {
    const names = [
      ...places.cities.map(([name]) => name as string),
      ...places.countries.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]),
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
