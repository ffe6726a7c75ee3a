import { describe, expect, it } from 'vitest';
import { applyDefaultDate, isIsoDate, parseDefaultDate } from '../../src/ingest/default-date.js';
import { ingest } from '../../src/ingest/index.js';

describe('parseDefaultDate', () => {
  it('accepts a real day written YYYY-MM-DD', () => {
    expect(parseDefaultDate('2017-08-12')).toBe('2017-08-12');
    expect(parseDefaultDate(' 2016-02-29 ')).toBe('2016-02-29');
  });

  it('refuses anything else with a UsageError that names the flag and the value', () => {
    for (const bad of ['2017-02-30', '2017-13-01', '12/08/2017', 'August 12, 2017', '2017-08-12T10:00:00Z', '', '20170812']) {
      expect(() => parseDefaultDate(bad, '--date'), bad).toThrowError(expect.objectContaining({ name: 'UsageError' }));
      expect(() => parseDefaultDate(bad, '--date'), bad).toThrowError(`--date "${bad}" is not a date`);
    }
  });

  it('isIsoDate checks the calendar', () => {
    expect(isIsoDate('2015-02-29')).toBe(false);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate(undefined)).toBe(false);
  });
});

describe('applyDefaultDate', () => {
  const dated = ingest({ content: 'Title\n\nPublished August 9, 2017.\n\nThe Pentagon said so.', id: 'dated', format: 'text' });
  const undated = ingest({ content: 'The Pentagon said so.', id: 'undated', format: 'text' });

  it('fills the date of articles without one and leaves stated dates alone', () => {
    expect(dated.meta.date).toBe('2017-08-09');
    expect(undated.meta.date).toBeUndefined();
    const [a, b] = applyDefaultDate([dated, undated], '2020-01-31');
    expect(a).toBe(dated);
    expect(b?.meta.date).toBe('2020-01-31');
    expect(b?.text).toBe(undated.text);
    expect(undated.meta.date, 'the input is not changed').toBeUndefined();
  });

  it('changes nothing without a date', () => {
    expect(applyDefaultDate([dated, undated], undefined)).toEqual([dated, undated]);
  });
});
