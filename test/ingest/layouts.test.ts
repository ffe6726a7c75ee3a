// Article layouts other than the seed, so the rules are general, not tuned.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { expectZonesCoverText, fixture, kindAt, zoneTexts } from './helpers.js';

describe('ingest: a wire story', () => {
  const doc = ingest({ content: fixture('wire-story.txt'), path: 'wire-story.txt' });

  it('reads title, authors, date and agency', () => {
    expect(doc.format).toBe('text');
    expect(doc.meta).toEqual({
      title: 'Port Authority Halts Grain Shipments After Dock Fire',
      author: 'Daniel Okafor and Lena Brandt',
      date: '2022-03-14',
      outlet: 'Reuters',
      tags: [],
    });
  });

  it('keeps the place-and-agency opening out of the story', () => {
    expectZonesCoverText(doc);
    expect(zoneTexts(doc, 'dateline')).toEqual(['March 14, 2022', 'HAMBURG (Reuters) -']);
    expect(zoneTexts(doc, 'body')[0]).toMatch(/^The Hamburg Port Authority suspended/);
  });

  it.each([
    ['"We expect to resume loading', 'body'],
    ['(Reporting by Daniel Okafor', 'boilerplate'],
    ['Our Standards', 'boilerplate'],
  ] as const)('puts "%s" in a %s zone', (needle, kind) => {
    expect(kindAt(doc, needle)).toBe(kind);
  });
});

describe('ingest: a Markdown blog post', () => {
  const doc = ingest({ content: fixture('blog-post.md'), path: 'posts/blog-post.md' });

  it('reads the heading as title and the "Posted by" line as author and date', () => {
    expect(doc.format).toBe('markdown');
    expect(doc.meta).toEqual({
      title: 'Why the Riverside Library Is Closing',
      author: 'Jane Doe',
      date: '2021-03-03',
      tags: ['libraries', 'city council', 'budget'],
    });
  });

  it('converts Markdown to plain text', () => {
    expect(doc.text).toContain('The Riverside Library will close in June after the city council voted');
    expect(doc.text).toContain('Librarian Maria Santos said');
    expect(doc.text).toContain('on our campaign page.');
    expect(doc.text).toContain('budget_office@example.org');
    expect(doc.text).not.toMatch(/[*#[\]]|library\.jpg|https:/);
  });

  it.each([
    ['Why the Riverside Library', 'title'],
    ['A council vote ends', 'lede'],
    ['Posted by Jane Doe', 'byline'],
    ['Tom Reyes, called the decision', 'body'],
    ['Share this:', 'boilerplate'],
    ['Twitter, Facebook, Email', 'boilerplate'],
    ['Subscribe to our newsletter', 'boilerplate'],
    ['Tags: libraries', 'meta'],
  ] as const)('puts "%s" in a %s zone', (needle, kind) => {
    expect(kindAt(doc, needle)).toBe(kind);
  });

  it('covers the text', () => expectZonesCoverText(doc));
});

describe('ingest: plain text without metadata', () => {
  const doc = ingest({ content: fixture('plain.txt') });

  it('is all body, with no metadata and a content-hash id', () => {
    expect(doc.zones).toEqual([{ start: 0, end: doc.text.length, kind: 'body', reason: 'story: paragraph of the story' }]);
    expect(doc.meta).toEqual({ tags: [] });
    expect(doc.id).toMatch(/^doc-[0-9a-f]{8}$/);
    expect(doc.path).toBeUndefined();
  });

  it('keeps a one-line text as body, not as a title', () => {
    const one = ingest({ content: 'Fires Spread Across the Northern Hills' });
    expect(one.zones.map((zone) => zone.kind)).toEqual(['body']);
  });
});

describe('ingest: an HTML news page', () => {
  const doc = ingest({ content: fixture('news-page.html'), path: 'news-page.html' });

  it('reads metadata from the page tags', () => {
    expect(doc.format).toBe('html');
    expect(doc.meta).toEqual({
      title: 'Coastal Town Votes to Build Sea Wall',
      author: 'Priya Natarajan',
      date: '2023-05-02',
      outlet: 'The Harbour Times',
      url: 'https://harbourtimes.example/2023/05/sea-wall',
      tags: ['Climate', 'Local politics', 'sea wall', 'flooding'],
    });
  });

  it('keeps the article and drops scripts, navigation, cookie banner, share buttons and footer', () => {
    expect(doc.text).toMatch(/^Coastal Town Votes to Build Sea Wall\n\nBy Priya Natarajan\n\n/);
    expect(doc.text).toContain('Work is due to start next spring.\nResidents who lost homes');
    expect(doc.text).toContain('Westhaven Fishermen\'s Association');
    for (const furniture of ['script-content-must-not-appear', 'tracking-secret', 'injected ad copy', 'cookies', 'Sport', 'Share on Facebook', 'Related stories', 'All rights reserved', 'font-family']) {
      expect(doc.text).not.toContain(furniture);
    }
  });

  it('zones the title, byline and story', () => {
    expectZonesCoverText(doc);
    expect(zoneTexts(doc, 'title')).toEqual(['Coastal Town Votes to Build Sea Wall']);
    expect(zoneTexts(doc, 'byline')).toEqual(['By Priya Natarajan']);
    expect(kindAt(doc, 'Councillors in Westhaven voted')).toBe('body');
    expect(kindAt(doc, 'Opponents, led by')).toBe('body');
  });
});

describe('ingest: determinism across layouts', () => {
  it.each(['wire-story.txt', 'blog-post.md', 'plain.txt', 'news-page.html', 'malformed.html'])('%s twice gives equal docs', (name) => {
    const first = ingest({ content: fixture(name), path: name });
    const second = ingest({ content: fixture(name), path: name });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });
});
