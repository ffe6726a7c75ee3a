import { describe, expect, it } from 'vitest';
import { BOILERPLATE_RULES, matchBoilerplate } from '../../src/ingest/boilerplate-rules.js';
import { matchHeader } from '../../src/ingest/header-rules.js';
import { findZones } from '../../src/ingest/zones.js';
import { ingest } from '../../src/ingest/index.js';
import { expectZonesCoverText, kindAt } from './helpers.js';

const STORY = 'The committee met on Tuesday and agreed to the plan after a long debate among its members.';

describe('boilerplate rules', () => {
  it.each([
    ['Copyright © Jane Roe, The Post, 2019', 'copyright'],
    ['© 2024 Northwind Media Ltd', 'copyright'],
    ['(c) 2020 Some Paper', 'copyright'],
    ['Disclaimer: views are the author\'s own.', 'disclaimer'],
    ['This site contains copyrighted material; we use it under "fair use".', 'fair-use'],
    ['Comment on Global Research Articles on our Facebook page', 'comment-on-social'],
    ['Become a Member of Global Research', 'become-member'],
    ['Share this article', 'share-this'],
    ['Share this:', 'share-this'],
    ['Facebook | Twitter | Email', 'share-this'],
    ['Subscribe to our newsletter for the daily briefing', 'newsletter'],
    ['Sign up for our free email updates', 'newsletter'],
    ['We use cookies to give you the best experience.', 'cookie-notice'],
    ['Featured image is from the author.', 'featured-image'],
    ['Articles by: Jane Roe', 'articles-by'],
    ['For media inquiries: press@example.org', 'media-inquiries'],
    ['The original source of this article is The Daily Example', 'original-source'],
    ['This article was originally published on Example News on 3 May 2019.', 'originally-published'],
    ['(Reporting by Ann Lee; Editing by Bo Chan)', 'wire-credits'],
    ['You may also like', 'more-stories'],
    ['Related: Ten things to know about the vote', 'related-link'],
    ['Advertisement', 'advertisement'],
    ['Photo: Ann Lee/Example Images', 'photo-credit'],
    ['Follow us on Twitter', 'follow-us'],
    ['12 Comments', 'comments-section'],
  ])('%s → %s', (line, id) => {
    expect(matchBoilerplate(line)?.rule.id).toBe(id);
  });

  it.each([
    'Copyright law in the union changed in 2019, the court noted.',
    'The disclaimer on the packet was too small to read, inspectors found.',
    'Share prices fell sharply on Monday after the announcement.',
    'Subscribers complained about the new fees.',
    'Photographers gathered outside the court.',
    'Featured speakers included two ministers and a general.',
    'Comments by the minister angered the opposition.',
    STORY,
  ])('%s → no rule', (line) => {
    expect(matchBoilerplate(line)).toBeUndefined();
  });

  it('gives every rule an id and a reason, ids unique', () => {
    const ids = BOILERPLATE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of BOILERPLATE_RULES) {
      expect(rule.id).toMatch(/^[a-z][a-z-]+$/);
      expect(rule.reason.length).toBeGreaterThan(5);
    }
  });
});

describe('header rules', () => {
  it.each([
    ['By Marko Marjanović', 'byline', { author: 'Marko Marjanović' }],
    ['By Jane Doe and John Roe', 'byline', { author: 'Jane Doe and John Roe' }],
    ['BY ANNA KARLSSON', 'byline', { author: 'ANNA KARLSSON' }],
    ['By Ludwig van Beethoven, Reuters', 'byline', { author: 'Ludwig van Beethoven', publisher: 'Reuters' }],
    ['By Karen Liu, Springfield Gazette', 'byline', { author: 'Karen Liu', publisher: 'Springfield Gazette' }],
    ['By Jane Doe, Senior Correspondent', 'byline', { author: 'Jane Doe' }],
    ['By Wanjiru Kamau, Nairobi', 'byline', { author: 'Wanjiru Kamau' }],
    ['Posted by Jane Doe on 3 March 2021', 'byline', { author: 'Jane Doe', date: '2021-03-03' }],
    ['Written by Omar al Farsi | May 5, 2022', 'byline', { author: 'Omar al Farsi', date: '2022-05-05' }],
    ['Global Research, August 12, 2017', 'dateline', { publisher: 'Global Research', date: '2017-08-12' }],
    ['Russia Insider 9 August 2017', 'dateline', { publisher: 'Russia Insider', date: '2017-08-09' }],
    ['Published: 2020-01-02', 'dateline', { date: '2020-01-02' }],
    ['Updated on March 3, 2021', 'dateline', { date: '2021-03-03' }],
    ['Published by The Courier on 4 June 2019', 'dateline', { publisher: 'The Courier', date: '2019-06-04' }],
    ['Tags: energy, oil; gas', 'meta', { tags: ['energy', 'oil', 'gas'] }],
    ['In-depth Report: SYRIA', 'meta', { tags: ['SYRIA'] }],
  ] as const)('%s → %s', (line, kind, finding) => {
    const match = matchHeader(line);
    expect(match?.rule.kind).toBe(kind);
    expect(match?.finding).toEqual(finding);
  });

  it.each([
    'By the way, nobody asked.',
    'By Tuesday the water had receded.',
    'Protests Erupted in the Capital on March 3, 2021',
    'The deal was signed on August 12, 2017.',
    STORY,
  ])('%s → no rule', (line) => {
    expect(matchHeader(line)).toBeUndefined();
  });
});

describe('findZones', () => {
  it('ends the story at the first furniture line, even inside a paragraph', () => {
    const text = `A Title Here\n\n${STORY}\n\nMore story text, said the chair.\nCopyright © 2020 Example\nAnything after is furniture.\n\nStill furniture.`;
    const doc = ingest({ content: text, format: 'text' });
    expectZonesCoverText(doc);
    expect(kindAt(doc, 'More story text')).toBe('body');
    expect(kindAt(doc, 'Copyright')).toBe('boilerplate');
    expect(kindAt(doc, 'Anything after')).toBe('boilerplate');
    expect(kindAt(doc, 'Still furniture')).toBe('boilerplate');
    expect(doc.zones[doc.zones.length - 1]?.reason).toMatch(/^after-furniture: follows the copyright line/);
  });

  it('does not end the story at an in-story newsletter box or advert', () => {
    const text = `Headline Of The Day\n\n${STORY}\n\nSign up for our newsletter to get the news in your inbox.\n\nAdvertisement\n\nThe vote passed by nine to three.`;
    const doc = ingest({ content: text, format: 'text' });
    expect(kindAt(doc, 'Sign up')).toBe('boilerplate');
    expect(kindAt(doc, 'Advertisement')).toBe('boilerplate');
    expect(kindAt(doc, 'The vote passed')).toBe('body');
  });

  it('marks top-of-page furniture without ending the story', () => {
    const text = `Share this article\n\nHeadline Of The Day\n\n${STORY}`;
    const doc = ingest({ content: text, format: 'text' });
    expect(doc.zones.map((zone) => zone.kind)).toEqual(['boilerplate', 'title', 'body']);
  });

  it('splits a title, byline and date written on consecutive lines', () => {
    const text = `Headline Of The Day\nBy Ann Lee\nMay 5, 2022\n\n${STORY}`;
    const doc = ingest({ content: text, format: 'text' });
    expect(doc.zones.map((zone) => zone.kind)).toEqual(['title', 'byline', 'dateline', 'body']);
    expect(doc.meta).toMatchObject({ title: 'Headline Of The Day', author: 'Ann Lee', date: '2022-05-05' });
  });

  it('reads labelled header lines as scraped articles write them, the label kept out of the title', () => {
    const text = `Title: Headline Of The Day\nAuthor: Ann Lee\nPublished: 2022-05-05\nTags: Politics, Europe\n\n${STORY}`;
    const doc = ingest({ content: text, format: 'text' });
    expect(doc.meta).toMatchObject({ title: 'Headline Of The Day', author: 'Ann Lee', date: '2022-05-05', tags: ['Politics', 'Europe'] });
  });

  it('lets metadata the format stated win over what the text says', () => {
    const text = `By Ann Lee\n\nThe Courier, May 5, 2022\n\n${STORY}`;
    const { meta } = findZones(text, { author: 'Stated Author', outlet: 'The Courier', tags: ['x'] });
    expect(meta).toEqual({ author: 'Stated Author', outlet: 'The Courier', date: '2022-05-05', tags: ['x'] });
  });

  it('takes a second publisher as the original source', () => {
    const text = `First Outlet, May 5, 2022\n\nSecond Outlet 1 May 2022\n\n${STORY}`;
    expect(findZones(text, {}).meta).toMatchObject({ outlet: 'First Outlet', source: 'Second Outlet', date: '2022-05-05' });
  });

  it('reads a wire dateline with a date in it', () => {
    const doc = ingest({ content: `NEW YORK, March 3 (AP) — ${STORY}`, format: 'text' });
    expect(doc.zones.map((zone) => [zone.kind, doc.text.slice(zone.start, zone.end)])).toEqual([
      ['dateline', 'NEW YORK, March 3 (AP) — '],
      ['body', STORY],
    ]);
    expect(doc.meta.outlet).toBe('AP');
  });
});

describe('findZones: titles inside a paragraph', () => {
  it('does not take the first line of hard-wrapped prose for a title', () => {
    const text = 'The river rose three metres overnight and flooded the lower town of\nMarlow, where residents had been told to leave by Sunday evening.\n\nCrews worked through the night.';
    expect(findZones(text, {}).zones.map((zone) => zone.kind)).toEqual(['body']);
  });

  it('takes a Title Case first line for a title', () => {
    const text = 'River Floods the Lower Town of Marlow\nResidents had been told to leave by Sunday evening.\n\nCrews worked through the night.';
    expect(findZones(text, {}).zones.map((zone) => zone.kind)).toEqual(['title', 'body']);
  });
});

describe('findZones: what scraped and wire copies put around the story', () => {
  const zonesOf = (text: string) => {
    const doc = ingest({ content: text, format: 'text' });
    return { doc, zones: doc.zones.map((zone) => [zone.kind, doc.text.slice(zone.start, zone.end).trim()]) };
  };

  it('reads a labelled block of fields (title, source, address, date) above the story', () => {
    const text = `Title: Harbour Deal Signed\nSource: Northwind Courier\nURL: https://example.org/harbour\nDate: 2025-05-06\n\n${STORY}`;
    const { doc, zones } = zonesOf(text);
    expect(doc.meta).toMatchObject({ title: 'Harbour Deal Signed', outlet: 'Northwind Courier', url: 'https://example.org/harbour', date: '2025-05-06' });
    expect(zones).toEqual([
      ['title', 'Title: Harbour Deal Signed'],
      ['meta', 'Source: Northwind Courier'],
      ['meta', 'URL: https://example.org/harbour'],
      ['dateline', 'Date: 2025-05-06'],
      ['body', STORY],
    ]);
  });

  it('does not take a source line that reads as a sentence for a publisher', () => {
    expect(matchHeader('Source: officials speaking on condition of anonymity.')).toBeUndefined();
  });

  it('reads a dateline without an agency when the gazetteer knows the place, and not a shouted word', () => {
    expect(zonesOf(`NEW DELHI - ${STORY}`).zones).toEqual([
      ['dateline', 'NEW DELHI -'],
      ['body', STORY],
    ]);
    expect(zonesOf(`BERLIN, May 6 — ${STORY}`).zones[0]).toEqual(['dateline', 'BERLIN, May 6 —']);
    expect(zonesOf(`UPDATE — ${STORY}`).zones).toEqual([['body', `UPDATE — ${STORY}`]]);
  });

  it('takes the reporters of a credit line for the authors when no byline names them, not the editors', () => {
    const credits = 'Reporting by Jens Becker in Berlin and Sarah Marsh; Writing by Tom Ellis; Editing by Anna Schulz';
    expect(zonesOf(`${STORY}\n\n${credits}`).doc.meta.author).toBe('Jens Becker and Sarah Marsh and Tom Ellis');
    expect(zonesOf(`By Ann Lee\n\n${STORY}\n\n${credits}`).doc.meta.author).toBe('Ann Lee');
  });

  it('reads a byline that says where the author wrote from', () => {
    const { doc, zones } = zonesOf(`By Ravi Shankar in New Delhi\n\n${STORY}`);
    expect(doc.meta.author).toBe('Ravi Shankar');
    expect(zones[0]).toEqual(['byline', 'By Ravi Shankar in New Delhi']);
  });
});
