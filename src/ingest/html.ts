// HTML pages: Readability finds the article in the page, the page's own
// metadata tags say who wrote it and when, and the article becomes plain
// text. Pages where Readability finds nothing fall back to the body text
// without the page furniture.
import { Readability } from '@mozilla/readability';
import { BadInputError } from '../errors.js';
import { parseDocument, type DomDocument, type DomElement } from './html-dom.js';
import { readHtmlMeta } from './html-meta.js';
import { elementToText } from './html-text.js';
import { mergeMeta, type PartialMeta } from './meta.js';

export interface HtmlResult {
  text: string;
  /** The article's title as the page states it; the text starts with it. */
  title?: string;
  meta: PartialMeta;
}

export function htmlToText(html: string, label: string): HtmlResult {
  try {
    return readHtml(html, label);
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    throw new BadInputError(`${label}: could not be read as HTML (${(error as Error)?.message ?? String(error)})`, { cause: error });
  }
}

function readHtml(html: string, label: string): HtmlResult {
  const document = parseDocument(html);
  // Read the tags first: Readability rewrites the document it is given.
  const tagMeta = readHtmlMeta(document);
  const pageTitle = document.title.replace(/\s+/g, ' ').trim();
  const firstHeading = document.querySelectorAll('h1')[0]?.textContent?.replace(/\s+/g, ' ').trim();
  const article = findArticle(document);

  let body = '';
  if (article?.content) body = elementToText(contentRoot(article.content), { skipWidgets: true });
  if (body === '') body = fallbackText(html);
  if (body === '') throw new BadInputError(`${label}: no article text found in the HTML (only scripts, styles or page furniture)`);

  const readabilityMeta: PartialMeta = {};
  const byline = article?.byline?.replace(/^\s*by\s+/i, '').trim();
  if (byline) readabilityMeta.author = byline;
  if (article?.siteName) readabilityMeta.outlet = article.siteName;
  if (article?.title) readabilityMeta.title = article.title;
  const meta = mergeMeta(tagMeta, readabilityMeta);
  if (meta.title === undefined && pageTitle !== '') meta.title = pageTitle;

  const title = meta.title === undefined ? undefined : withoutSiteName(meta.title, firstHeading, meta.outlet);
  if (title !== undefined) meta.title = title;
  const result: HtmlResult = { text: body, meta };
  if (title) {
    result.title = title;
    const firstParagraph = body.split('\n\n', 1)[0] ?? '';
    if (comparable(firstParagraph) !== comparable(title)) result.text = `${title}\n\n${body}`;
  }
  return result;
}

/** Readability's article, or null when it finds none or trips over the page. */
function findArticle(document: DomDocument): ReturnType<Readability['parse']> {
  try {
    return new Readability(document as never).parse();
  } catch {
    return null;
  }
}

function contentRoot(content: string): DomElement {
  const root = parseDocument(content).body;
  if (root === null) throw new Error('the article content has no body');
  return root;
}

/** The page's body text, without furniture; without the widget filter if that leaves nothing. */
function fallbackText(html: string): string {
  const document: DomDocument = parseDocument(html);
  const body = document.body;
  if (body === null) return '';
  return elementToText(body, { skipWidgets: true }) || elementToText(body, { skipWidgets: false });
}

/**
 * Page titles often carry the site's name ("Budget Approved - Example Daily").
 * It goes when the page's own heading or its outlet shows where the article's title ends.
 */
function withoutSiteName(raw: string, heading: string | undefined, outlet: string | undefined): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  const separator = String.raw`\s+[-|–—:·•»]\s+`;
  if (heading && new RegExp(`^${escapeRegExp(heading)}${separator}`, 'i').test(title)) return heading;
  if (outlet) {
    const suffix = new RegExp(`${separator}${escapeRegExp(outlet)}$`, 'i').exec(title);
    if (suffix && suffix.index > 0) return title.slice(0, suffix.index);
  }
  return title;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
