// Metadata that a page states about itself in <meta>, <link> and <time>.
// Each rule says where to look and which field it fills; earlier rules win.
import { parseDate } from './dates.js';
import type { DomDocument } from './html-dom.js';
import type { PartialMeta } from './meta.js';

interface MetaRule {
  id: string;
  field: keyof PartialMeta;
  selector: string;
  attribute: string;
  /** Values that are lists ("a, b, c"). */
  list?: boolean;
}

const META_RULES: readonly MetaRule[] = [
  { id: 'og-title', field: 'title', selector: 'meta[property="og:title"]', attribute: 'content' },
  { id: 'twitter-title', field: 'title', selector: 'meta[name="twitter:title"]', attribute: 'content' },
  { id: 'article-author', field: 'author', selector: 'meta[property="article:author"]', attribute: 'content' },
  { id: 'meta-author', field: 'author', selector: 'meta[name="author"]', attribute: 'content' },
  { id: 'dc-creator', field: 'author', selector: 'meta[name="dc.creator"]', attribute: 'content' },
  { id: 'article-published', field: 'date', selector: 'meta[property="article:published_time"]', attribute: 'content' },
  { id: 'meta-date', field: 'date', selector: 'meta[name="date"]', attribute: 'content' },
  { id: 'meta-pubdate', field: 'date', selector: 'meta[name="pubdate"]', attribute: 'content' },
  { id: 'dc-date', field: 'date', selector: 'meta[name="dc.date"]', attribute: 'content' },
  { id: 'time-datetime', field: 'date', selector: 'time[datetime]', attribute: 'datetime' },
  { id: 'og-site-name', field: 'outlet', selector: 'meta[property="og:site_name"]', attribute: 'content' },
  { id: 'og-url', field: 'url', selector: 'meta[property="og:url"]', attribute: 'content' },
  { id: 'canonical', field: 'url', selector: 'link[rel="canonical"]', attribute: 'href' },
  { id: 'article-tag', field: 'tags', selector: 'meta[property="article:tag"]', attribute: 'content', list: true },
  { id: 'keywords', field: 'tags', selector: 'meta[name="keywords"]', attribute: 'content', list: true },
  { id: 'news-keywords', field: 'tags', selector: 'meta[name="news_keywords"]', attribute: 'content', list: true },
];

export function readHtmlMeta(document: DomDocument): PartialMeta {
  const meta: PartialMeta = {};
  for (const rule of META_RULES) {
    const elements = Array.from(document.querySelectorAll(rule.selector));
    for (const element of elements) {
      const value = element.getAttribute(rule.attribute)?.replace(/\s+/g, ' ').trim();
      if (value) addValue(meta, rule, value);
    }
  }
  return meta;
}

function addValue(meta: PartialMeta, rule: MetaRule, value: string): void {
  switch (rule.field) {
    case 'tags':
      meta.tags = [...(meta.tags ?? []), ...(rule.list ? value.split(',') : [value])];
      return;
    case 'date':
      meta.date ??= parseDate(value);
      return;
    case 'author':
      // Facebook-style pages put a profile address here, which names no one.
      if (!/^[a-z]+:\/\//i.test(value)) meta.author ??= value;
      return;
    default:
      meta[rule.field] ??= value;
  }
}
