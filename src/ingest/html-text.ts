// A DOM subtree as plain text: each block element its own paragraph, <br> a
// line break, inline runs of white space one space. Page furniture that
// carries no story (scripts, navigation, headers, footers, asides, forms,
// picture captions, cookie and share widgets) is skipped whole.
import { isElement, tagOf, TEXT_NODE, type DomElement, type DomNode } from './html-dom.js';

const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button',
  'iframe', 'svg', 'canvas', 'select', 'input', 'textarea', 'object', 'embed', 'video', 'audio',
  'img', 'picture', 'head', 'title', 'meta', 'link', 'dialog', 'menu',
  // A picture's caption is no story text: it repeats the story or credits a photographer ("Photo: Reuters").
  'figcaption',
]);

const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'html',
]);

/** Class or id words that mark widgets, not story (matched as whole words). */
const FURNITURE_NAMES = /(?:^|[\s_-])(?:cookies?|consent|gdpr|share|sharing|social|newsletter|subscribe|subscription|related|recommended|promo|advert|advertisement|ads|comments?|breadcrumbs?|sidebar|popup|modal|banner|masthead|menu|navbar|skip-link)(?:$|[\s_-])/i;
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu']);

export function elementToText(root: DomElement, options: { skipWidgets: boolean }): string {
  const paragraphs: string[] = [];
  let current = '';
  // Preformatted text keeps its indentation; other lines are tidied.
  let preformatted = false;
  const breakBlock = (): void => {
    const lines = current.split('\n').map((line) => (preformatted ? line.trimEnd() : line.replace(/[ \t]+/g, ' ').trim()));
    while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
    const text = lines.join('\n').trimEnd();
    if (text !== '') paragraphs.push(text);
    current = '';
    preformatted = false;
  };
  const walk = (node: DomNode, inPre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      current += inPre ? value : value.replace(/\s+/g, ' ');
      if (inPre) preformatted = true;
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (isSkipped(node, tag, options.skipWidgets)) return;
    if (tag === 'br') { current += '\n'; return; }
    if (tag === 'td' || tag === 'th') current += ' ';
    const block = BLOCK_TAGS.has(tag);
    if (block) breakBlock();
    const pre = inPre || tag === 'pre';
    for (const child of Array.from(node.childNodes)) walk(child, pre);
    if (block) breakBlock();
  };
  walk(root, false);
  breakBlock();
  return paragraphs.join('\n\n');
}

function isSkipped(element: DomElement, tag: string, skipWidgets: boolean): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  if (element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return true;
  if (/display\s*:\s*none/i.test(element.getAttribute('style') ?? '')) return true;
  if (!skipWidgets) return false;
  const role = element.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return FURNITURE_NAMES.test(names);
}
