import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';
import { compilePattern, patternRequirements } from '../../src/relations/compile.js';
import { FALLBACK_PATTERN, RELATION_PATTERNS } from '../../src/relations/patterns.js';
import { RequirementChecker, requiredText, type Clause } from '../../src/relations/required-text.js';
import { slotString } from '../../src/relations/sentence-string.js';

const ALL = [...RELATION_PATTERNS, FALLBACK_PATTERN];

describe('requiredText reads what every match contains', () => {
  it.each([
    ['a literal', 'abc', [['abc']]],
    ['an alternation inside a sequence', '(?:a|bb)c', [['ac', 'bbc']]],
    ['an optional part joins both ways', 'x(?:y )?z', [['xz', 'xy z']]],
    ['a class splits the text', 'ab[^ ]+cd', [['ab'], ['cd']]],
    ['a repeated group keeps its own clause', '(?:ab)+', [['ab']]],
    ['a lookaround claims nothing', '(?<= )(?<! by )(?=zz)q', [['q']]],
    ['an optional or counted group claims nothing', '(?:ab)?(?:cd)*(?:ef){0,2}', []],
    ['a string holding another adds nothing', '(?:ab|xaby)', [['ab']]],
    ['escapes are their characters, classes are not', '\\.\\d\\-', [['.'], ['-']]],
  ])('%s', (_, source, expected) => {
    expect(requiredText(source).map((c) => [...c].sort())).toEqual(expected.map((c) => [...c].sort()));
  });

  it('a wide word list (past 64 words) claims nothing, a short one a clause', () => {
    const words = Array.from({ length: 65 }, (_, i) => `w${i}x`);
    expect(requiredText(`(?:${words.join('|')})`)).toEqual([]);
    expect(requiredText(`(?:${words.slice(0, 3).join('|')})`)).toHaveLength(1);
  });

  it('the passive needs "by " and both slots; a sentence without "by" fails it', () => {
    const clauses = patternRequirements(RELATION_PATTERNS.find((p) => p.id === 'passive-by')!);
    expect(clauses.some((c) => c.length === 1 && c[0] === 'by ')).toBe(true);
    const check = new RequirementChecker([clauses]);
    expect(check.use(' ⟦0:place:name⟧ was held by ⟦1:group:name⟧ . ').satisfies(0)).toBe(true);
    expect(check.use(' ⟦0:place:name⟧ fell to ⟦1:group:name⟧ . ').satisfies(0)).toBe(false);
  });

  it('a person pattern is skipped in a sentence with no person slot', () => {
    const clauses = patternRequirements(RELATION_PATTERNS.find((p) => p.id === 'leader-title')!);
    const check = new RequirementChecker([clauses]);
    expect(check.use(' ⟦0:place:demonym⟧ president ⟦1:group:name⟧ spoke . ').satisfies(0)).toBe(false);
    expect(check.use(' ⟦0:place:demonym⟧ president ⟦1:person:name⟧ spoke . ').satisfies(0)).toBe(true);
  });
});

describe('the precheck never skips a pattern that matches', () => {
  // Slot strings of every pattern example: each pattern's expression is run on
  // each of them, and wherever it matches its requirements must hold.
  const texts = ALL.flatMap((p) => p.examples).flatMap((example) => {
    const extraction = extractText(example);
    const typed = extraction.mentions.flatMap((mention, index) => {
      const entity = extraction.entities.find((e) => e.mentions.includes(index));
      return entity ? [{ index, mention, type: entity.type }] : [];
    });
    return extraction.sentences.map((sentence) => slotString(sentence, typed.filter((t) => t.mention.sentence === sentence.index)));
  });

  it('holds on every example sentence', () => {
    let matched = 0;
    let skipped = 0;
    const check = new RequirementChecker(ALL.map(patternRequirements));
    for (const text of texts) {
      check.use(text);
      for (const [n, pattern] of ALL.entries()) {
        const regex = compilePattern(pattern);
        regex.lastIndex = 0;
        const matches = regex.exec(text) !== null;
        const passes = check.satisfies(n);
        if (matches) {
          matched++;
          expect(passes, `${pattern.id} on "${text}"`).toBe(true);
        }
        if (!passes) skipped++;
      }
    }
    // Not vacuous: patterns match here, and most pairings are skipped unread.
    expect(matched).toBeGreaterThan(ALL.length / 2);
    expect(skipped).toBeGreaterThan((texts.length * ALL.length) / 2);
  });
});

describe('RequirementChecker', () => {
  it('answers as checking each clause of each requirement against the text would, sharing clauses between them', () => {
    const by: Clause = ['by '];
    const person: Clause = [':person:name⟧', ':person:nominal⟧'];
    const check = new RequirementChecker([[by, person], [person], [], [['nowhere'], by]]);
    const expectations: Array<[string, boolean[]]> = [
      [' ⟦0:place:name⟧ was held by ⟦1:person:name⟧ . ', [true, true, true, false]],
      [' ⟦0:place:name⟧ was held by ⟦1:group:name⟧ . ', [false, false, true, false]],
      [' ⟦0:person:nominal⟧ spoke . ', [false, true, true, false]],
    ];
    for (const [text, answers] of expectations) {
      check.use(text);
      expect(answers.map((_, n) => check.satisfies(n)), text).toEqual(answers);
      // Asked again, from the kept answers: the same.
      expect(answers.map((_, n) => check.satisfies(n)), text).toEqual(answers);
    }
  });
});
