import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_WORKER, SPLIT_FROM, chooseJobs, parseJobs } from '../../src/corpus/jobs.js';
import { UsageError } from '../../src/errors.js';

describe('chooseJobs', () => {
  it('keeps small inputs in-process', () => {
    expect(chooseJobs(1, 8)).toBe(1);
    expect(chooseJobs(SPLIT_FROM - 1, 8)).toBe(1);
  });

  it('shares articles between two threads from SPLIT_FROM articles, given two cores', () => {
    expect(chooseJobs(SPLIT_FROM, 8)).toBe(2);
    expect(chooseJobs(3 * ARTICLES_PER_WORKER - 1, 8)).toBe(2);
    expect(chooseJobs(100 * ARTICLES_PER_WORKER, 2)).toBe(2);
    expect(chooseJobs(100 * ARTICLES_PER_WORKER, 1)).toBe(1);
  });

  it('starts a third and further thread per ARTICLES_PER_WORKER articles, at most one per core', () => {
    expect(chooseJobs(3 * ARTICLES_PER_WORKER, 8)).toBe(3);
    expect(chooseJobs(100 * ARTICLES_PER_WORKER, 8)).toBe(8);
  });

  it('without the recogniser, has nothing to share: whole-article workers from 2 x ARTICLES_PER_WORKER articles', () => {
    const rulesOnly = { recogniser: false };
    expect(chooseJobs(SPLIT_FROM, 8, undefined, rulesOnly)).toBe(1);
    expect(chooseJobs(2 * ARTICLES_PER_WORKER - 1, 8, undefined, rulesOnly)).toBe(1);
    expect(chooseJobs(2 * ARTICLES_PER_WORKER, 8, undefined, rulesOnly)).toBe(2);
  });

  it('follows --jobs, but never more workers than articles', () => {
    expect(chooseJobs(5, 8, 2)).toBe(2);
    expect(chooseJobs(5000, 2, 16)).toBe(16);
    expect(chooseJobs(3, 8, 16)).toBe(3);
    expect(chooseJobs(5000, 8, 1)).toBe(1);
  });
});

describe('parseJobs', () => {
  it('reads whole numbers from 1', () => {
    expect(parseJobs(undefined)).toBeUndefined();
    expect(parseJobs('4')).toBe(4);
  });

  it.each(['0', '-1', '2.5', 'lots', ''])('refuses "%s" as a usage error', (value) => {
    expect(() => parseJobs(value)).toThrow(UsageError);
  });
});
