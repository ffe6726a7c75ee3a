import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { expectZonesCoverText, fixture, kindAt, zoneTexts } from './helpers.js';

const seed = ingest({ content: fixture('seed-global-research.txt'), path: 'seeds/000_c61f085763ff7fbd.txt' });

describe('ingest: the Global Research seed', () => {
  it('reads it as Markdown-flavoured text with the file name as id', () => {
    expect(seed.id).toBe('000_c61f085763ff7fbd');
    expect(seed.path).toBe('seeds/000_c61f085763ff7fbd.txt');
    expect(seed.format).toBe('markdown');
  });

  it('turns links into their text', () => {
    expect(seed.text).toContain('By Marko Marjanović');
    expect(seed.text).toContain('Last week there were reports of two separate groups');
    expect(seed.text).not.toMatch(/\]\(|\[|\(#\)/);
    // Curly quotes stay as written.
    expect(seed.text).toContain('“Commandos of the Revolution”');
  });

  it('reads its metadata', () => {
    expect(seed.meta).toEqual({
      title: 'Pentagon Confirms Its In-House Rebels Defected to the Syrian Army',
      author: 'Marko Marjanović',
      date: '2017-08-12',
      outlet: 'Global Research',
      source: 'Russia Insider',
      tags: ['Middle East & North Africa', 'Intelligence', 'Media Disinformation', 'Military and WMD', 'Terrorism', 'US NATO War Agenda', 'SYRIA'],
    });
  });

  it('covers the text with sorted zones', () => {
    expectZonesCoverText(seed);
  });

  it.each([
    ['Pentagon Confirms Its In-House Rebels', 'title'],
    ['US-trained, US-armed fighters have taken', 'lede'],
    ['By Marko Marjanović', 'byline'],
    ['Global Research, August 12, 2017', 'dateline'],
    ['Russia Insider 9 August 2017', 'dateline'],
    ['Region: Middle East', 'meta'],
    ['Military and WMD, Terrorism', 'meta'],
    ['In-depth Report: SYRIA', 'meta'],
    ['Syrian fighters trained, armed and salaried', 'body'],
    ['US Army Col. Ryan Dillon, a coalition spokesman', 'body'],
    ['For the record: unlike what the US official', 'body'],
    ['Featured image is from the author', 'boilerplate'],
    ['The original source of this article is', 'boilerplate'],
    ['Copyright ©', 'boilerplate'],
    ['Comment on Global Research Articles on our Facebook page', 'boilerplate'],
    ['Become a Member of Global Research', 'boilerplate'],
    ['Articles by:', 'boilerplate'],
    ['Disclaimer: The contents of this article', 'boilerplate'],
    ['under the provisions of "fair use"', 'boilerplate'],
    ['For media inquiries', 'boilerplate'],
  ] as const)('puts "%s" in a %s zone', (needle, kind) => {
    expect(kindAt(seed, needle)).toBe(kind);
  });

  it('slices zones to the text they name', () => {
    expect(zoneTexts(seed, 'title')).toEqual(['Pentagon Confirms Its In-House Rebels Defected to the Syrian Army']);
    expect(zoneTexts(seed, 'byline')).toEqual(['By Marko Marjanović']);
    const body = zoneTexts(seed, 'body');
    expect(body).toHaveLength(1);
    expect(body[0]).toMatch(/^Syrian fighters trained/);
    expect(body[0]).toMatch(/more than 150 kilometers of Syria held by its government\.$/);
    expect(body[0]).not.toContain('Featured image');
  });

  it('gives every boilerplate zone the rule that made it', () => {
    const reasons = seed.zones.filter((zone) => zone.kind === 'boilerplate').map((zone) => zone.reason.split(':')[0]);
    expect(reasons).toEqual(['featured-image', 'original-source', 'copyright', 'comment-on-social', 'become-member', 'articles-by', 'disclaimer', 'fair-use', 'media-inquiries']);
  });

  it('is deterministic', () => {
    const again = ingest({ content: fixture('seed-global-research.txt'), path: 'seeds/000_c61f085763ff7fbd.txt' });
    expect(again).toEqual(seed);
    expect(JSON.stringify(again)).toBe(JSON.stringify(seed));
  });
});
