import { describe, expect, it } from 'vitest';
import { segment, tokenize } from '../../src/segment/index.js';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['US Army Col. Ryan Dillon', ['US', 'Army', 'Col.', 'Ryan', 'Dillon']],
    ['ISIS-held Deir ez-Zor', ['ISIS-held', 'Deir', 'ez-Zor']],
    ['the regime’s forces', ['the', 'regime', '’s', 'forces']],
    ["don't go", ['do', "n't", 'go']],
    ['the U.S. Army', ['the', 'U.S.', 'Army']],
    ['“Commandos of the Revolution” fighters,', ['“', 'Commandos', 'of', 'the', 'Revolution', '”', 'fighters', ',']],
    ['AT&T paid $3.5 billion...', ['AT&T', 'paid', '$', '3.5', 'billion', '...']],
    ['emoji 🙂 stays whole', ['emoji', '🙂', 'stays', 'whole']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives offsets that slice the text back', () => {
    const text = 'Marko Marjanović told CNN’s reporters: “no.”';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});

describe('segment', () => {
  const sentences = (text: string) => {
    const zones = [{ start: 0, end: text.length, kind: 'body' as const, reason: 'test' }];
    return segment({ text, zones }).map((s) => text.slice(s.start, s.end));
  };

  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['US Army Col. Ryan Dillon told CNN. He left.', ['US Army Col. Ryan Dillon told CNN.', 'He left.']],
    ['He said “no.” Then he left.', ['He said “no.”', 'Then he left.']],
    ['It moved to the U.S. The talks ended.', ['It moved to the U.S.', 'The talks ended.']],
    ['Title line\n\nBody starts here.', ['Title line', 'Body starts here.']],
    ['A sentence without an end', ['A sentence without an end']],
    ['Amazon bought iRobot Corp. Amazon said so.', ['Amazon bought iRobot Corp.', 'Amazon said so.']],
    ['Acme Corp. said so.', ['Acme Corp. said so.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('never crosses a zone boundary', () => {
    const text = 'By Jane Doe Syria said so.';
    const zones = [
      { start: 0, end: 12, kind: 'byline' as const, reason: 'test' },
      { start: 12, end: text.length, kind: 'body' as const, reason: 'test' },
    ];
    const result = segment({ text, zones });
    expect(result.map((s) => [s.zone, text.slice(s.start, s.end)])).toEqual([
      ['byline', 'By Jane Doe'],
      ['body', 'Syria said so.'],
    ]);
  });
});
