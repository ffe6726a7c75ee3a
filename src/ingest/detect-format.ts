// Which reader a document needs. A file name decides when it can; ".txt"
// pages saved from the web often carry Markdown links, so their content may
// still turn them into Markdown.
import type { DocFormat } from '../types.js';

const BY_EXTENSION: Readonly<Record<string, DocFormat>> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
};

interface Sniff {
  id: string;
  format: DocFormat;
  pattern: RegExp;
}

/** Checked in order on the start of the content; the first that matches wins. */
const SNIFFS: readonly Sniff[] = [
  { id: 'html-document', format: 'html', pattern: /<(?:!doctype\s+html|html|head|body)[\s>]/i },
  { id: 'html-blocks', format: 'html', pattern: /<(?:p|div|article|section|main|h[1-6])(?:\s[^<>]*)?>[\s\S]*?<\/(?:p|div|article|section|main|h[1-6])>/i },
  { id: 'markdown-link', format: 'markdown', pattern: /!?\[[^\]\n]+\]\([^()\s]*(?:\s+"[^"\n]*")?\)/ },
  { id: 'markdown-heading', format: 'markdown', pattern: /^#{1,6}[ \t]+\S/m },
  { id: 'markdown-emphasis', format: 'markdown', pattern: /(?:^|\s)\*\*[^*\n]+\*\*(?:\s|[.,;:!?]|$)/m },
];

/** How much of the start of a document sniffing reads. */
const SNIFF_LENGTH = 64 * 1024;

export function extensionOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function formatFromPath(path: string | undefined): DocFormat | undefined {
  return path === undefined ? undefined : BY_EXTENSION[extensionOf(path)];
}

export function sniffFormat(text: string): DocFormat {
  const head = text.slice(0, SNIFF_LENGTH);
  return SNIFFS.find((sniff) => sniff.pattern.test(head))?.format ?? 'text';
}

export function detectFormat(text: string, path: string | undefined): DocFormat {
  const byPath = formatFromPath(path);
  if (byPath === 'html' || byPath === 'markdown') return byPath;
  const sniffed = sniffFormat(text);
  // A .txt file is never read as HTML: a story may quote a tag.
  if (byPath === 'text') return sniffed === 'markdown' ? 'markdown' : 'text';
  return sniffed;
}
