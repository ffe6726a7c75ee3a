import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedPath, fixtures, SEED, summarise } from './golden.js';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/pipeline.js';
import { loadRecogniser } from '../../src/io/recogniser.js';
import { STORY_ZONES } from '../../src/types.js';

describe('golden articles', () => {
  it.each(fixtures().map((f) => [f.name, f] as const))('%s matches its expected.json', (_name, fixture) => {
    const expected = JSON.parse(readFileSync(expectedPath(fixture), 'utf8'));
    expect(summarise(fixture.input)).toEqual(expected);
  });
});

describe('the seed article', () => {
  const doc = ingest({ content: readFileSync(SEED), path: SEED });
  const extraction = extract(doc, { recogniser: loadRecogniser() });
  const byKey = new Map(extraction.entities.map((e) => [e.key, e]));

  it.each([
    ['organisation:pentagon', 'Pentagon'],
    ['organisation:syrian-army', 'Syrian army'],
    ['group:commandos-of-the-revolution', 'Commandos of the Revolution'],
    ['place:at-tanf', 'al-Tanf'],
    ['place:syria', 'Syria'],
    ['organisation:us-military', 'US military'],
    ['person:ryan-dillon', 'Ryan Dillon'],
    ['organisation:cnn', 'CNN'],
    ['place:russia', 'Russia'],
    ['place:moscow', 'Moscow'],
    ['place:damascus', 'Damascus'],
    ['place:tehran', 'Tehran'],
    ['place:middle-euphrates-river-valley', 'Middle Euphrates River Valley'],
    ['group:isis', 'ISIS'],
    ['place:deir-ez-zor', 'Deir ez-Zor'],
    ['person:marko-marjanovic', 'Marko Marjanović'],
    ['organisation:global-research', 'Global Research'],
    ['organisation:russia-insider', 'Russia Insider'],
  ])('has %s, named "%s"', (key, alias) => {
    expect(byKey.get(key)?.aliases).toContain(alias);
  });

  it('has each actor exactly once', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of extraction.entities) {
      for (const alias of e.aliases) owners.set(alias.toLowerCase(), (owners.get(alias.toLowerCase()) ?? new Set()).add(e.key));
    }
    const shared = [...owners].filter(([, keys]) => keys.size > 1).map(([alias, keys]) => `${alias}: ${[...keys].join(', ')}`);
    expect(shared).toEqual([]);
  });

  const sentenceOf = (head: string, type: string, tail: string) =>
    extraction.relations.filter((r) => r.head === head && r.type === type && r.tail === tail && !r.negated).map((r) => r.evidence.text);

  it.each([
    ['organisation:pentagon', 'supports', 'group:commandos-of-the-revolution', 'trained, armed and salaried by the Pentagon'],
    ['group:commandos-of-the-revolution', 'defected_to', 'organisation:syrian-army', 'have indeed defected to the Syrian army'],
    ['group:commandos-of-the-revolution', 'based_in', 'place:at-tanf', 'who share the al-Tanf base with the US military'],
    ['organisation:us-military', 'based_in', 'place:at-tanf', 'who share the al-Tanf base with the US military'],
    ['person:ryan-dillon', 'communicated_with', 'organisation:cnn', 'a coalition spokesman, told CNN'],
    ['group:isis', 'controls', 'place:deir-ez-zor', 'ISIS-held Deir ez-Zor province'],
    ['place:at-tanf', 'located_in', 'place:syria', 'with the US military in southern Syria'],
  ])('%s -%s-> %s, with its sentence', (head, type, tail, words) => {
    expect(sentenceOf(head, type, tail).some((s) => s.includes(words))).toBe(true);
  });

  it('takes no relation from the disclaimer or other furniture', () => {
    const zoneOf = (offset: number) => doc.zones.find((z) => offset >= z.start && offset < z.end)!.kind;
    for (const r of extraction.relations) {
      if (r.method.startsWith('metadata:')) continue;
      expect(STORY_ZONES.has(zoneOf(r.evidence.start)), `${r.head} ${r.type} ${r.tail}: ${r.evidence.text}`).toBe(true);
    }
    expect(extraction.entities.some((e) => /Centre|Facebook|Globalization/.test(e.label))).toBe(false);
  });

  it('keeps the article metadata', () => {
    expect(doc.meta).toMatchObject({ author: 'Marko Marjanović', outlet: 'Global Research', source: 'Russia Insider', date: '2017-08-12' });
  });
});
