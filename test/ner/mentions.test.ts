import { describe, expect, it } from 'vitest';
import { nerMentions } from '../../src/ner/mentions.js';
import type { Sentence } from '../../src/types.js';
import { trainTiny } from './helpers.js';

function sentencesOf(text: string): Sentence[] {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  return [{ index: 0, start: 0, end: text.length, zone: 'body', tokens }];
}

describe('nerMentions', () => {
  it('gives character offsets, project types and the method', () => {
    const text = 'John Smith visited Paris .';
    const mentions = nerMentions(trainTiny().model, text, sentencesOf(text));
    expect(mentions.map((m) => [m.text, m.type, m.start, m.end, m.method, m.form])).toEqual([
      ['John Smith', 'person', 0, 10, 'model:ner', 'name'],
      ['Paris', 'place', 19, 24, 'model:ner', 'name'],
    ]);
  });

  it('turns ORG spans that a group rule matches into groups and drops MISC', () => {
    const text = 'The French team beat Acme United in Paris .';
    const model = trainTiny().model;
    const plain = nerMentions(model, text, sentencesOf(text));
    expect(plain.map((m) => m.type)).toEqual(['organisation', 'place']);
    const rebels = 'The French team beat Acme Brigades in Paris .';
    expect(nerMentions(model, rebels, sentencesOf(rebels))[0]).toMatchObject({
      text: 'Acme Brigades',
      type: 'group',
      method: 'model:ner+group:armed-formation',
    });
  });
});
