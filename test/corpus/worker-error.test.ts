import { describe, expect, it } from 'vitest';
import { fromWorker } from '../../src/corpus/worker-error.js';
import { BadInputError, NotFoundError, UsageError } from '../../src/errors.js';

describe('fromWorker', () => {
  it.each([
    ['NotFoundError', NotFoundError],
    ['BadInputError', BadInputError],
    ['UsageError', UsageError],
  ] as const)('raises a %s from a worker again as its own kind, message unchanged', (name, Kind) => {
    const error = fromWorker({ name, message: 'NER model "x" cannot be read (ENOENT)', code: 'ENOENT' }, 'the recogniser worker');
    expect(error).toBeInstanceOf(Kind);
    expect(error.name).toBe(name);
    expect(error.message).toBe('NER model "x" cannot be read (ENOENT)');
    expect((error as { code?: string }).code).toBe('ENOENT');
  });

  it('says which worker failed for anything else, keeping the failure as the cause', () => {
    const failure = new TypeError('x is undefined');
    const error = fromWorker(failure, 'the recogniser worker');
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error.name).toBe('Error');
    expect(error.message).toBe('the recogniser worker failed: x is undefined');
    expect(error.cause).toBe(failure);
  });
});
