import { describe, expect, it } from 'vitest';
import { resolveAcross, type AcrossResult } from '../../../src/resolve/across/index.js';
import { samePersonName } from '../../../src/resolve/across/compatible.js';
import { consonantSkeleton } from '../../../src/resolve/across/forms.js';
import { article, shuffled, type EntitySpec } from './corpus.js';

// Shared context: each side of a case also names these, so pairs that need
// neighbours' support get it.
const PENTAGON: EntitySpec = { key: 'organisation:pentagon', label: 'Pentagon' };
const TANF: EntitySpec = { key: 'place:al-tanf', label: 'al-Tanf' };
const DAMASCUS: EntitySpec = { key: 'place:damascus', label: 'Damascus' };

const merged = (result: AcrossResult) => result.merges.map((m) => `${m.from} -> ${m.into} [${m.rule}]`);

describe('merges across articles', () => {
  it.each([
    {
      name: 'an acronym another article defines',
      articles: [
        [{ key: 'group:syrian-democratic-forces', label: 'Syrian Democratic Forces', aliases: ['SDF'], mentions: 3 }],
        [{ key: 'group:sdf', label: 'SDF' }],
      ],
      expected: 'group:sdf -> group:syrian-democratic-forces [acronym-defined]',
      reason: /"SDF" is how an article shortens "Syrian Democratic Forces"/,
    },
    {
      name: '"U.S." and "United States"',
      articles: [[{ key: 'place:united-states', label: 'United States', aliases: ['US'], mentions: 4 }], [{ key: 'place:u-s', label: 'U.S.' }]],
      expected: 'place:u-s -> place:united-states [acronym-defined]',
      reason: /"U\.S\." is how an article shortens "United States"/,
    },
    {
      name: 'names that differ in dots and spacing',
      articles: [[{ key: 'organisation:hong-kong-newsroom', label: 'Hong Kong Newsroom', mentions: 2 }], [{ key: 'organisation:hong-kong-news-room', label: 'Hong Kong News Room' }]],
      expected: 'organisation:hong-kong-news-room -> organisation:hong-kong-newsroom [compact-form]',
      reason: /"Hong Kong News Room" ~ "Hong Kong Newsroom"/,
    },
    {
      name: 'transliterations "Al-Qaeda" and "al Qaida"',
      articles: [[{ key: 'group:al-qaeda', label: 'Al-Qaeda', mentions: 2 }], [{ key: 'group:al-qaida', label: 'al Qaida' }]],
      expected: 'group:al-qaida -> group:al-qaeda [transliteration]',
      reason: /"Al-Qaeda" ~ "al Qaida"/,
    },
    {
      name: 'a surname unique in the corpus, with shared neighbours',
      articles: [
        [{ key: 'person:ryan-dillon', label: 'Ryan Dillon', mentions: 2 }, PENTAGON, TANF, DAMASCUS],
        [{ key: 'person:dillon', label: 'Dillon' }, PENTAGON, TANF, DAMASCUS],
      ],
      expected: 'person:dillon -> person:ryan-dillon [surname]',
      reason: /"Dillon" is the surname of "Ryan Dillon"; 3 shared neighbours/,
    },
    {
      name: 'a name another article gives as an alias',
      articles: [[{ key: 'place:syria', label: 'Syria', mentions: 5 }], [{ key: 'place:syrian-arab-republic', label: 'Syrian Arab Republic', aliases: ['Syria'] }]],
      expected: 'place:syrian-arab-republic -> place:syria [same-name]',
      reason: /"Syrian Arab Republic" is also called "Syria"/,
    },
    {
      name: 'an organisation in one article, a group in another (the more-mentioned key decides)',
      articles: [[{ key: 'organisation:hezbollah', label: 'Hezbollah', mentions: 3 }], [{ key: 'group:hezbollah', label: 'Hezbollah' }]],
      expected: 'group:hezbollah -> organisation:hezbollah [same-name]',
      reason: /typed group and organisation/,
    },
  ])('$name', ({ articles, expected, reason }) => {
    const result = resolveAcross(articles.map((entities, n) => article(`doc-${n + 1}`, entities)));
    expect(merged(result)).toEqual([expected]);
    expect(result.merges[0]!.reason).toMatch(reason);
    expect(result.merges[0]!.score).toBeGreaterThanOrEqual(0.75);
    expect(result.merges[0]!.score).toBeLessThanOrEqual(1);
    expect(result.keyMap.get(result.merges[0]!.from)).toBe(result.merges[0]!.into);
  });

  it('records the articles on each side and the labels', () => {
    const result = resolveAcross([
      article('b', [{ key: 'group:sdf', label: 'SDF' }]),
      article('a', [{ key: 'group:syrian-democratic-forces', label: 'Syrian Democratic Forces', aliases: ['SDF'], mentions: 3 }]),
      article('c', [{ key: 'group:sdf', label: 'SDF' }]),
    ]);
    expect(result.merges).toEqual([
      expect.objectContaining({ fromLabel: 'SDF', intoLabel: 'Syrian Democratic Forces', docs: { from: ['b', 'c'], into: ['a'] } }),
    ]);
  });
});

describe('pairs that must not merge', () => {
  it.each([
    {
      name: 'two different Smiths, and a "Smith" that could be either',
      articles: [
        [{ key: 'person:john-smith', label: 'John Smith', mentions: 2 }, PENTAGON],
        [{ key: 'person:anna-smith', label: 'Anna Smith', mentions: 2 }, PENTAGON],
        [{ key: 'person:smith', label: 'Smith' }, PENTAGON],
      ],
    },
    {
      name: 'Georgia the country and Georgia typed as an organisation',
      articles: [[{ key: 'place:georgia', label: 'Georgia', mentions: 3 }, TANF], [{ key: 'organisation:georgia', label: 'Georgia' }, TANF]],
    },
    {
      name: 'a person and an organisation sharing a name',
      articles: [[{ key: 'person:john-lewis', label: 'John Lewis' }, PENTAGON], [{ key: 'organisation:john-lewis', label: 'John Lewis', aliases: ['John Lewis Partnership'] }, PENTAGON]],
    },
    {
      name: 'two people whose first names only look alike',
      articles: [[{ key: 'person:danny-rose', label: 'Danny Rose' }, PENTAGON], [{ key: 'person:dionne-rose', label: 'Dionne Rose' }, PENTAGON]],
    },
    {
      name: 'an English "At" is no Arabic article',
      articles: [[{ key: 'place:colchester', label: 'Colchester' }], [{ key: 'place:at-colchester', label: 'At Colchester' }]],
    },
    {
      name: 'a full name and a short name one article kept apart',
      articles: [[{ key: 'person:ryan-dillon', label: 'Ryan Dillon' }, { key: 'person:dillon', label: 'Dillon' }, PENTAGON, TANF, DAMASCUS], [{ key: 'person:dillon', label: 'Dillon' }, PENTAGON, TANF, DAMASCUS]],
    },
  ])('$name', ({ articles }) => {
    const result = resolveAcross(articles.map((entities, n) => article(`doc-${n + 1}`, entities)));
    expect(merged(result)).toEqual([]);
    expect(result.keyMap.size).toBe(0);
  });

  it('lists a surname without supporting neighbours as uncertain, and does not apply it', () => {
    const result = resolveAcross([article('a', [{ key: 'person:ryan-dillon', label: 'Ryan Dillon', mentions: 2 }]), article('b', [{ key: 'person:dillon', label: 'Dillon' }])]);
    expect(result.merges).toEqual([]);
    expect(result.uncertain).toEqual([expect.objectContaining({ from: 'person:dillon', into: 'person:ryan-dillon', rule: 'surname', score: 0.7 })]);
  });

  it('applies a unique surname with one shared neighbour, but not when that neighbour is in every article', () => {
    const dillons = () => [
      article('a', [{ key: 'person:ryan-dillon', label: 'Ryan Dillon', mentions: 2 }, PENTAGON]),
      article('b', [{ key: 'person:dillon', label: 'Dillon' }, PENTAGON]),
    ];
    // A neighbour in just the two articles weighs 0.5 (1 / log2(2 + 2 articles)): 0.7 + 0.05 reaches the threshold.
    const pair = resolveAcross(dillons());
    expect(merged(pair)).toEqual(['person:dillon -> person:ryan-dillon [surname]']);
    expect(pair.merges[0]!.score).toBe(0.75);
    // Named in six more articles, it says less about who is who: 0.7 + 0.033 stays under.
    const common = resolveAcross([...dillons(), ...Array.from({ length: 6 }, (_, n) => article(`other-${n}`, [PENTAGON]))]);
    expect(common.merges).toEqual([]);
    expect(common.uncertain).toEqual([expect.objectContaining({ from: 'person:dillon', into: 'person:ryan-dillon', rule: 'surname' })]);
  });

  it('applies a person\'s full name spelt another way with one shared neighbour, and only lists it without', () => {
    const hoddles = (shared: EntitySpec[]) => [
      article('a', [{ key: 'person:glenn-hoddle', label: 'Glenn Hoddle', mentions: 2 }, ...shared]),
      article('b', [{ key: 'person:glen-hoddle', label: 'Glen Hoddle' }, ...shared]),
    ];
    const supported = resolveAcross(hoddles([PENTAGON]));
    expect(merged(supported)).toEqual(['person:glen-hoddle -> person:glenn-hoddle [transliteration]']);
    expect(supported.merges[0]!.score).toBe(0.75);
    const alone = resolveAcross(hoddles([]));
    expect(alone.merges).toEqual([]);
    expect(alone.uncertain).toEqual([expect.objectContaining({ from: 'person:glen-hoddle', into: 'person:glenn-hoddle', rule: 'transliteration', score: 0.7 })]);
    // Both words spelt differently: still only suggested, even with the neighbour.
    const twoWords = resolveAcross([
      article('a', [{ key: 'person:vassiliy-kaptyukh', label: 'Vassiliy Kaptyukh', mentions: 2 }, PENTAGON]),
      article('b', [{ key: 'person:vasily-kaptiukh', label: 'Vasily Kaptiukh' }, PENTAGON]),
    ]);
    expect(twoWords.merges).toEqual([]);
    expect(twoWords.uncertain[0]?.score).toBeLessThan(0.75);
  });

  it('does not list two places the gazetteer knows apart, nor a two-letter acronym with nothing in common', () => {
    const result = resolveAcross([
      article('a', [{ key: 'place:florence', label: 'Florence', mentions: 2 }]),
      article('b', [{ key: 'place:florencia', label: 'Florencia' }]),
      article('c', [{ key: 'place:colombo', label: 'COLOMBO' }]),
      article('d', [{ key: 'place:colombia', label: 'Colombia' }]),
      article('e', [{ key: 'organisation:morgan-stanley', label: 'Morgan Stanley' }]),
      article('f', [{ key: 'organisation:ms', label: 'MS' }]),
      article('g', [{ key: 'organisation:pacific-stock-exchange', label: 'Pacific Stock Exchange' }]),
      article('h', [{ key: 'organisation:pse', label: 'PSE' }]),
      article('i', [{ key: 'place:hannover', label: 'Hannover' }]),
      article('j', [{ key: 'place:hanover', label: 'HANOVER' }]),
    ]);
    expect(result.merges).toEqual([]);
    expect(result.uncertain.map((m) => `${m.from} ~ ${m.into}`).sort()).toEqual(['organisation:pse ~ organisation:pacific-stock-exchange', 'place:hanover ~ place:hannover']);
  });

  it('never joins a bare "Foreign Ministry" to one whose country an article gave', () => {
    const result = resolveAcross([
      article('a', [{ key: 'organisation:chinese-foreign-ministry', label: 'Chinese Foreign Ministry', aliases: ['Foreign Ministry'] }, PENTAGON]),
      article('b', [{ key: 'organisation:foreign-ministry', label: 'Foreign Ministry' }, PENTAGON]),
    ]);
    expect(result.merges).toEqual([]);
    expect(result.uncertain).toEqual([]);
  });

  it('never applies an ambiguous surname, even with neighbours', () => {
    const result = resolveAcross([
      article('a', [{ key: 'person:john-smith', label: 'John Smith', mentions: 2 }, PENTAGON, TANF, DAMASCUS]),
      article('b', [{ key: 'person:anna-smith', label: 'Anna Smith', mentions: 2 }, PENTAGON]),
      article('c', [{ key: 'person:smith', label: 'Smith' }, PENTAGON, TANF, DAMASCUS]),
    ]);
    expect(result.merges).toEqual([]);
    const smith = result.uncertain.find((m) => m.from === 'person:smith' && m.into === 'person:john-smith');
    expect(smith?.reason).toMatch(/ambiguous: could also be "Anna Smith"/);
    expect(smith!.score).toBeLessThan(0.75);
  });

  it('tells full names of one person from two people', () => {
    expect(samePersonName('Mohammed Azharuddin', 'Mohamed Azharuddin')).toBe(true);
    expect(samePersonName('J. Smith', 'John Smith')).toBe(true);
    expect(samePersonName('John Smith', 'Anna Smith')).toBe(false);
    expect(samePersonName('John Smith', 'John Brown')).toBe(false);
    expect(consonantSkeleton('Hussein')).toBe(consonantSkeleton('Husayn'));
  });
});

describe('determinism', () => {
  const corpus = [
    article('a', [{ key: 'group:syrian-democratic-forces', label: 'Syrian Democratic Forces', aliases: ['SDF'], mentions: 2 }, PENTAGON]),
    article('b', [{ key: 'group:sdf', label: 'SDF', mentions: 2 }, PENTAGON, TANF]),
    article('c', [{ key: 'group:al-qaeda', label: 'Al-Qaeda' }, TANF]),
    article('d', [{ key: 'group:al-qaida', label: 'al Qaida' }, DAMASCUS]),
    article('e', [{ key: 'person:ryan-dillon', label: 'Ryan Dillon' }, PENTAGON, TANF, DAMASCUS]),
    article('f', [{ key: 'person:dillon', label: 'Dillon' }, PENTAGON, TANF, DAMASCUS]),
    article('g', [{ key: 'person:john-smith', label: 'John Smith' }]),
    article('h', [{ key: 'person:smith', label: 'Smith' }]),
  ];
  const serialise = (r: AcrossResult) => JSON.stringify({ merges: r.merges, uncertain: r.uncertain, keyMap: [...r.keyMap], labels: [...r.labels] });

  it('gives the same result whatever the order of the articles', () => {
    const expected = serialise(resolveAcross(corpus));
    for (const seed of [1, 2, 3, 42, 1234]) expect(serialise(resolveAcross(shuffled(corpus, seed)))).toBe(expected);
  });

  it('keeps the key of the most-mentioned, at a tie the first key', () => {
    // Both have two mentions: "group:sdf" < "group:syrian-democratic-forces".
    expect(merged(resolveAcross(corpus))).toContain('group:syrian-democratic-forces -> group:sdf [acronym-defined]');
    const result = resolveAcross(corpus);
    expect(result.labels.get('group:sdf')).toBe('SDF');
    expect(result.keyMap.get('group:al-qaida')).toBe('group:al-qaeda');
  });

  it('keeps the key and label of the fullest name, however often the short one is mentioned', () => {
    const result = resolveAcross([
      article('a', [{ key: 'person:ryan-dillon', label: 'Ryan Dillon' }, PENTAGON, TANF, DAMASCUS]),
      article('b', [{ key: 'person:dillon', label: 'Dillon', mentions: 4 }, PENTAGON, TANF, DAMASCUS]),
    ]);
    expect(merged(result)).toEqual(['person:dillon -> person:ryan-dillon [surname]']);
    expect(result.keyMap).toEqual(new Map([['person:dillon', 'person:ryan-dillon']]));
    expect(result.labels.get('person:ryan-dillon')).toBe('Ryan Dillon');
  });

  it('keeps the most-mentioned key for other entities', () => {
    const result = resolveAcross([
      article('a', [{ key: 'group:syrian-democratic-forces', label: 'Syrian Democratic Forces', aliases: ['SDF'] }]),
      article('b', [{ key: 'group:sdf', label: 'SDF', mentions: 4 }]),
    ]);
    expect(merged(result)).toEqual(['group:syrian-democratic-forces -> group:sdf [acronym-defined]']);
  });
});
