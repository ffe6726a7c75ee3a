import { describe, expect, it } from 'vitest';
import { pairFeatures } from '../../src/re/features.js';
import type { SpertEntity } from '../../src/re/spert.js';

const tokens = ['John', 'Smith', ',', 'a', 'spokesman', 'for', 'Acme', 'Corp', 'in', 'Boston', ',', 'killed', 'Bob', '.'];
const entities: SpertEntity[] = [
  { type: 'Peop', start: 0, end: 2 },
  { type: 'Org', start: 6, end: 8 },
  { type: 'Loc', start: 9, end: 10 },
  { type: 'Peop', start: 12, end: 13 },
];

const cases: Array<{ name: string; head: number; tail: number; has: string[]; lacks: string[] }> = [
  {
    name: 'person before organisation, role noun between',
    head: 0,
    tail: 1,
    has: ['tp=Peop>Org', 'order=HT|Peop>Org', 'dist=4-5|HT|Peop>Org', 'bseq=, a spokesman for|HT|Peop>Org', 'bw=spokesman|Peop>Org', 'cue=role|HT|Peop>Org', 'cue=prep|HT|Peop>Org', 'hlast=smith|Peop>Org', 'tlast=corp|Peop>Org', 'hshape=Xx Xx', 'others=0|Peop>Org'],
    lacks: ['verbclass=killed|HT|Peop>Org'],
  },
  {
    name: 'tail before head reads the order',
    head: 2,
    tail: 1,
    has: ['tp=Loc>Org', 'order=TH|Loc>Org', 'bseq=in|TH|Loc>Org', 'dist=1|TH|Loc>Org'],
    lacks: ['order=HT|Loc>Org'],
  },
  {
    name: 'other entities between are read as their type, a class verb is found',
    head: 0,
    tail: 3,
    has: ['others=2|Peop>Peop', 'othertypes=Loc,Org|Peop>Peop', 'bw=[Org]|Peop>Peop', 'verbclass=killed|HT|Peop>Peop', 'verblemma=kill|Peop>Peop', 'cue=kill|HT|Peop>Peop', 'dist=9-12|HT|Peop>Peop', 'bfirst=,|HT|Peop>Peop', 'blast=killed|HT|Peop>Peop'],
    lacks: ['bw=acme|Peop>Peop', 'bw=boston|Peop>Peop'],
  },
  {
    name: 'adjacent place after organisation',
    head: 1,
    tail: 2,
    has: ['tp=Org>Loc', 'bseq=in|HT|Org>Loc', 'cue=prep|HT|Org>Loc', 'tbefore=in|Org>Loc', 'hbefore=for|Org>Loc'],
    lacks: ['others=1|Org>Loc'],
  },
];

describe('pair features', () => {
  it.each(cases)('$name', ({ head, tail, has, lacks }) => {
    const features = pairFeatures(tokens, entities, head, tail);
    for (const f of has) expect(features).toContain(f);
    for (const f of lacks) expect(features).not.toContain(f);
  });

  it('is deterministic and empty for a missing entity', () => {
    expect(pairFeatures(tokens, entities, 0, 1)).toEqual(pairFeatures(tokens, entities, 0, 1));
    expect(pairFeatures(tokens, entities, 0, 9)).toEqual([]);
  });
});
