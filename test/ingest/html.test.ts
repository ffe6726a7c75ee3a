import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { htmlToText } from '../../src/ingest/html.js';
import { expectZonesCoverText, fixture } from './helpers.js';

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('ingest: HTML', () => {
  it('survives malformed HTML: unclosed tags, stray brackets and ampersands', () => {
    const doc = ingest({ content: fixture('malformed.html'), path: 'malformed.html' });
    expect(doc.format).toBe('html');
    expect(doc.text).toContain('Rebels seized the northern checkpoint on Friday, according to local officials in Tarvel');
    expect(doc.text).toContain('The army said it would retake the position.');
    expect(doc.text).toContain('Residents fled towards the coast.');
    expect(doc.text).not.toMatch(/<\/?(?:div|p|b|i|span|table)\b/);
    expectZonesCoverText(doc);
  });

  it.each([
    ['garbage', '<<<<>>>> </div></div> <p <p <p> &&&; &#xZZ; text here.'],
    ['a lone closing tag', '</html>'],
    ['attributes without end', '<div class="a id=b><p>Still readable words.'],
  ])('does not crash on %s', (_, html) => {
    try {
      const doc = ingest({ content: html, format: 'html' });
      expect(doc.text.length).toBeGreaterThan(0);
      expectZonesCoverText(doc);
    } catch (error) {
      expect((error as Error).name).toBe('BadInputError');
    }
  });

  it('refuses a page of scripts with no article text, never returning script text', () => {
    const error = errorOf(() => ingest({ content: fixture('scripts-only.html'), path: 'scripts-only.html' }));
    expect(error.name).toBe('BadInputError');
    expect(error.message).toMatch(/^scripts-only\.html: no article text found/);
    expect(error.message).not.toContain('script-content');
  });

  it('keeps what little text a script-heavy page has, without the scripts', () => {
    const html = `<html><body><script>var a = "SCRIPT-TEXT";</script><p>The ministry confirmed the visit.</p><script>track("SCRIPT-TEXT")</script><style>p{}</style></body></html>`;
    const doc = ingest({ content: html, format: 'html' });
    expect(doc.text).toBe('The ministry confirmed the visit.');
  });

  it('reads a fragment without <html> or <body>', () => {
    const doc = ingest({ content: '<p>First paragraph of the note.</p><p>Second one<br>with a break.</p>' });
    expect(doc.format).toBe('html');
    expect(doc.text).toBe('First paragraph of the note.\n\nSecond one\nwith a break.');
  });

  it('drops navigation, header, footer and asides when Readability finds no article', () => {
    const html = `<html><body><header>Site Name</header><nav>Home News Sport</nav><p>Short note.</p><aside>Popular now</aside><footer>Contact us</footer></body></html>`;
    expect(ingest({ content: html, format: 'html' }).text).toBe('Short note.');
  });

  it('drops a picture\'s caption, whose credit names no actor of the story', () => {
    const html = '<body><figure><img src="x.jpg"><figcaption>Firefighters at the site. Photo: Reuters</figcaption></figure><p>KYIV — Drones hit the city overnight, officials said.</p></body>';
    const doc = ingest({ content: html, format: 'html' });
    expect(doc.text).not.toContain('Reuters');
    expect(doc.zones.map((zone) => zone.kind)).toEqual(['dateline', 'body']);
  });

  it('decodes entities and turns NBSP into spaces', () => {
    const doc = ingest({ content: '<p>Tom&nbsp;&amp;&nbsp;Jerry said &ldquo;no&rdquo; &#8212; twice.</p>', format: 'html' });
    expect(doc.text).toBe('Tom & Jerry said “no” — twice.');
  });

  it('keeps a preformatted block as written', () => {
    const doc = ingest({ content: '<p>Intro text.</p><pre>line one\n  line two</pre>', format: 'html' });
    expect(doc.text).toBe('Intro text.\n\nline one\n  line two');
  });
});

describe('htmlToText: page metadata', () => {
  it.each([
    ['og:title over <title>', '<title>Page | Site</title><meta property="og:title" content="Real Title">', { title: 'Real Title' }],
    ['<title> when nothing else', '<title>Only Title</title>', { title: 'Only Title' }],
    ['author meta', '<meta name="author" content="Ana Ruiz">', { author: 'Ana Ruiz' }],
    ['article:author that is a profile address is ignored', '<meta property="article:author" content="https://social.example/ana"><meta name="author" content="Ana Ruiz">', { author: 'Ana Ruiz' }],
    ['published time', '<meta property="article:published_time" content="2019-11-05T23:10:00-05:00">', { date: '2019-11-05' }],
    ['<time datetime>', '', { date: '2018-01-31' }],
    ['site name', '<meta property="og:site_name" content="The Courier">', { outlet: 'The Courier' }],
    ['canonical link', '<link rel="canonical" href="https://courier.example/a">', { url: 'https://courier.example/a' }],
    ['tags and keywords, united', '<meta property="article:tag" content="Energy"><meta name="keywords" content="energy, Oil ,gas">', { tags: ['Energy', 'Oil', 'gas'] }],
  ])('%s', (_, head, expected) => {
    const page = `<html><head>${head}</head><body><article><p>The refinery reopened on <time datetime="2018-01-31">Wednesday</time> after repairs that took most of the winter and cost the operator dearly.</p></article></body></html>`;
    const { meta } = htmlToText(page, 'page.html');
    expect(meta).toMatchObject(expected);
  });

  it('starts the text with the stated title when the article lacks it', () => {
    const page = '<html><head><meta property="og:title" content="Refinery Reopens"></head><body><p>The refinery reopened after repairs.</p></body></html>';
    const result = htmlToText(page, 'page.html');
    expect(result.title).toBe('Refinery Reopens');
    expect(result.text).toBe('Refinery Reopens\n\nThe refinery reopened after repairs.');
  });
});

describe('ingest: furniture inside the article container', () => {
  const story = 'The regional parliament approved the budget on Thursday after three days of debate, with the governing coalition holding firm against a late rebellion.';
  const html = `<html><head><title>Budget Approved - Example Daily</title></head><body><div id="content"><h1>Budget Approved</h1><p>${story}</p><p>${story}</p><p>Sign up for our newsletter to get the morning briefing.</p><p>${story}</p><p>Share this article</p><p>© 2023 Example Daily. All rights reserved.</p><p>Most read</p><p>Some other headline about the weather</p></div></body></html>`;
  const doc = ingest({ content: html, format: 'html' });

  it('drops the site name from the page title', () => {
    expect(doc.meta.title).toBe('Budget Approved');
    expect(doc.text.startsWith('Budget Approved\n\n')).toBe(true);
  });

  it('zones in-story boxes and end furniture as boilerplate', () => {
    expectZonesCoverText(doc);
    expect(doc.zones.map((zone) => [zone.kind, zone.reason.split(':')[0]])).toEqual([
      ['title', 'title-stated'],
      ['body', 'story'],
      ['boilerplate', 'newsletter'],
      ['body', 'story'],
      ['boilerplate', 'share-this'],
      ['boilerplate', 'copyright'],
      ['boilerplate', 'more-stories'],
      ['boilerplate', 'after-furniture'],
    ]);
  });
});
