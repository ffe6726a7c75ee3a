import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from '../../src/ingest/dates.js';

describe('parseDate', () => {
  it.each([
    ['August 12, 2017', '2017-08-12'],
    ['9 August 2017', '2017-08-09'],
    ['Aug. 9, 2017', '2017-08-09'],
    ['9th of August, 2017', '2017-08-09'],
    ['March 3rd, 2021', '2021-03-03'],
    ['Sept 30 2020', '2020-09-30'],
    ['2017-08-12', '2017-08-12'],
    ['2017-08-12T23:30:00-05:00', '2017-08-12'],
    ['2017-08-12 10:00', '2017-08-12'],
    ['29 February 2020', '2020-02-29'],
  ])('%s → %s', (written, iso) => {
    expect(parseDate(written)).toBe(iso);
  });

  it.each(['29 February 2021', 'February 30, 2020', '2017-13-01', '2017-00-10', 'tomorrow', '12/08/2017', 'May 2017', 'march on 12 2017'])('%s → undefined', (written) => {
    expect(parseDate(written)).toBeUndefined();
  });
});

describe('findDate', () => {
  it('finds the earliest date with its position', () => {
    const text = 'Russia Insider 9 August 2017, updated August 12, 2017';
    expect(findDate(text)).toEqual({ iso: '2017-08-09', start: 15, end: 28 });
  });

  it('finds none in prose without dates', () => {
    expect(findDate('The May Day parade marched for 2017 metres.')).toBeUndefined();
  });
});
