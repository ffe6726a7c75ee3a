import { describe, expect, it } from 'vitest';
import { computeWordInfo, FLAG, TEMPLATE, wordFlags } from '../../src/ner/features.js';
import { hashString, mix } from '../../src/ner/hash.js';
import { shortShape, wordShape } from '../../src/ner/shape.js';

describe('word shapes', () => {
  it.each([
    ['Washington', 'Xxxxx', 'Xx'],
    ['EU', 'XX', 'X'],
    ['1996-08-22', 'dddd-dd-dd', 'd-d-d'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['anti-war', 'xxxx-xxx', 'x-x'],
    ['McDonald', 'XxXxxxx', 'XxXx'],
    ['3.5', 'd.d', 'd.d'],
    ['Łódź', 'Xxxx', 'Xx'],
  ])('%s → %s / %s', (word, shape, short) => {
    expect(wordShape(word)).toBe(shape);
    expect(shortShape(word)).toBe(short);
  });

  it('sets the orthographic flags', () => {
    expect(wordFlags('Paris')).toBe(FLAG.title | FLAG.upperStart);
    expect(wordFlags('NATO')).toBe(FLAG.allCaps | FLAG.upperStart);
    expect(wordFlags('well-known')).toBe(FLAG.hyphen | FLAG.lower);
    expect(wordFlags('1996')).toBe(FLAG.digit | FLAG.noLetter);
    expect(wordFlags('U.S.')).toBe(FLAG.allCaps | FLAG.upperStart | FLAG.period);
  });
});

describe('word features', () => {
  it.each([
    ['Reuters', ['r', 're', 'reu', 'reut'], ['s', 'rs', 'ers', 'ters']],
    ['of', ['o', 'of'], ['f', 'of']],
  ])('%s has lowercased prefixes and suffixes up to 4', (word, prefixes, suffixes) => {
    const features = new Set(computeWordInfo(word).intrinsic);
    prefixes.forEach((p, k) => expect(features.has(mix(TEMPLATE.prefix + k + 1, hashString(p)))).toBe(true));
    suffixes.forEach((s, k) => expect(features.has(mix(TEMPLATE.suffix + k + 1, hashString(s)))).toBe(true));
    expect(features.has(mix(TEMPLATE.prefix + prefixes.length + 1, hashString(word.toLowerCase())))).toBe(false);
    expect(features.has(mix(TEMPLATE.lower, hashString(word.toLowerCase())))).toBe(true);
    expect(features.has(mix(TEMPLATE.shortShape, hashString(shortShape(word))))).toBe(true);
  });

  it('tells words apart only by what differs', () => {
    const a = new Set(computeWordInfo('Paris').intrinsic);
    const b = computeWordInfo('PARIS').intrinsic;
    expect(b.some((f) => a.has(f))).toBe(true); // same lowercase form
    expect(b.every((f) => a.has(f))).toBe(false); // different shape
  });
});

describe('fast path of word features', () => {
  it.each(['Washington', 'EU', '1996-08-22', 'U.S.', 'anti-war', 'McDonald', '3.5', 'a', 'A', 'x1', 'NATO-led', "O'Neill", '(', 'iPhone', 'Łódź', 'Müller'])(
    'gives %s the same flags and shape hashes as the string functions',
    (word) => {
      const info = computeWordInfo(word);
      expect(info.flags).toBe(wordFlags(word));
      expect(info.shortShapeHash).toBe(hashString(shortShape(word)));
      expect(info.intrinsic).toContain(mix(TEMPLATE.shape, hashString(wordShape(word))));
      expect(info.intrinsic).toContain(mix(TEMPLATE.word, hashString(word)));
    },
  );
});
