import { describe, expect, it } from 'vitest';
import { ingest, zoneDecisions } from '../../src/ingest/index.js';

describe('zoneDecisions', () => {
  it('gives one decision per zone with its rule id and reason', () => {
    const doc = ingest({ content: 'A Short Headline\n\nBy Ann Lee\n\nThe story starts here and goes on.\n\nCopyright © 2020 Example', format: 'text' });
    expect(zoneDecisions(doc)).toEqual([
      { stage: 'ingest', rule: 'title-first-line', message: 'title [0, 18) "A Short Headline": a short opening line without closing punctuation' },
      { stage: 'ingest', rule: 'byline', message: 'byline [18, 30) "By Ann Lee": names the author' },
      { stage: 'ingest', rule: 'story', message: 'body [30, 66) "The story starts here and goes on.": paragraph of the story' },
      { stage: 'ingest', rule: 'copyright', message: 'boilerplate [66, 90) "Copyright © 2020 Example": copyright notice' },
    ]);
  });
});
