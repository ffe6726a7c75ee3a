import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSpert, serialiseSpert } from '../../src/re/spert.js';

const fixture = new URL('../fixtures/re/small.json', import.meta.url).pathname;

describe('SpERT JSON', () => {
  it('reads the fixture and writes it back to an equal value', () => {
    const sentences = parseSpert(readFileSync(fixture, 'utf8'), 'small.json');
    expect(sentences).toHaveLength(4);
    expect(sentences[0]?.entities[1]).toEqual({ type: 'Org', start: 6, end: 8 });
    expect(sentences[1]?.relations).toEqual([
      { type: 'Live_In', head: 0, tail: 1 },
      { type: 'Kill', head: 0, tail: 2 },
    ]);
    const written = serialiseSpert(sentences);
    expect(parseSpert(written)).toEqual(sentences);
    expect(JSON.parse(written)).toEqual(JSON.parse(readFileSync(fixture, 'utf8')));
    // Same input, same bytes.
    expect(serialiseSpert(parseSpert(written))).toBe(written);
  });

  it('writes an empty list as []', () => {
    expect(serialiseSpert([])).toBe('[]\n');
    expect(parseSpert('[]')).toEqual([]);
  });

  it('names the input and the problem on bad data', () => {
    expect(() => parseSpert('{', 'x.json')).toThrow(/x\.json: not valid JSON/);
    expect(() => parseSpert('{}', 'x.json')).toThrow(/expected a JSON list/);
    expect(() => parseSpert('[{"tokens":"a b"}]', 'x.json')).toThrow(/item 0: "tokens" must be a list/);
    expect(() => parseSpert('[{"tokens":["a"],"entities":[{"type":"Peop","start":0,"end":2}]}]', 'x.json')).toThrow(/entity 0/);
    expect(() => parseSpert('[{"tokens":["a"],"entities":[{"type":"Peop","start":0,"end":1}],"relations":[{"type":"Kill","head":0,"tail":1}]}]')).toThrow(/relation 0/);
  });
});
