// The `---` block of key: value lines that opens many Markdown posts. Only
// the few keys that say what the article is are read; it is not a YAML parser.
import { parseDate } from './dates.js';
import type { PartialMeta } from './meta.js';

const FIELDS: Readonly<Record<string, keyof PartialMeta>> = {
  title: 'title',
  author: 'author',
  authors: 'author',
  by: 'author',
  date: 'date',
  published: 'date',
  publishdate: 'date',
  pubdate: 'date',
  url: 'url',
  canonical: 'url',
  canonical_url: 'url',
  source: 'source',
  outlet: 'outlet',
  site: 'outlet',
  publisher: 'outlet',
  tags: 'tags',
  categories: 'tags',
  keywords: 'tags',
};

export interface FrontMatter {
  meta: PartialMeta;
  /** Number of lines the block took, fences included. */
  lineCount: number;
}

export function readFrontMatter(lines: readonly string[]): FrontMatter | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  const close = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
  if (close < 0) return undefined;
  const meta: PartialMeta = {};
  let listKey: keyof PartialMeta | undefined;
  for (const line of lines.slice(1, close)) {
    const item = /^\s+-\s+(.+)$/.exec(line);
    if (item && listKey !== undefined) {
      addValue(meta, listKey, unquote(item[1] ?? ''));
      continue;
    }
    const entry = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!entry) continue;
    const field = FIELDS[(entry[1] ?? '').toLowerCase()];
    listKey = field;
    const value = (entry[2] ?? '').trim();
    if (field === undefined || value === '') continue;
    const list = /^\[(.*)\]$/.exec(value);
    const values = list ? (list[1] ?? '').split(',') : field === 'tags' ? value.split(',') : [value];
    for (const v of values) addValue(meta, field, unquote(v));
  }
  return { meta, lineCount: close + 1 };
}

function addValue(meta: PartialMeta, field: keyof PartialMeta, value: string): void {
  if (value === '') return;
  if (field === 'tags') meta.tags = [...(meta.tags ?? []), value];
  else if (field === 'date') meta.date ??= parseDate(value);
  else if (field === 'author' && meta.author !== undefined) meta.author = `${meta.author}, ${value}`;
  else meta[field] ??= value;
}

function unquote(value: string): string {
  return value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
}
