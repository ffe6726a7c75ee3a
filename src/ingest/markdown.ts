// Markdown to plain text, line by line: headings keep their words, list and
// quote markers go, code keeps its text, front matter becomes metadata.
// Paragraphs are then handed whole to the inline scanner, so a link that
// wraps onto the next line still reads as one link.
import { readFrontMatter } from './front-matter.js';
import { convertInline, normaliseLabel } from './markdown-inline.js';
import type { PartialMeta } from './meta.js';

export interface MarkdownResult {
  text: string;
  /** The first top-level heading, the likeliest title. */
  heading?: string;
  meta: PartialMeta;
}

/** One line of output: either prose (inline Markdown still in it) or code kept as written. */
interface OutLine {
  text: string;
  code: boolean;
  heading?: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REFERENCE = /^ {0,3}\[([^\]]+)\]:[ \t]*\S+(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?/;
const BULLET = /^([ \t]*)[-*+][ \t]+/;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
const COMMENT = /^[ \t]*<!--.*-->[ \t]*$/;

export function markdownToText(source: string): MarkdownResult {
  let lines = source.split('\n');
  const front = readFrontMatter(lines);
  if (front) lines = lines.slice(front.lineCount);
  const references = new Set<string>();
  for (const line of lines) {
    const ref = REFERENCE.exec(line);
    if (ref) references.add(normaliseLabel(ref[1] ?? ''));
  }

  const out: OutLine[] = [];
  const blank = (): void => { out.push({ text: '', code: false }); };
  let fence: string | undefined;
  for (const line of lines) {
    if (fence !== undefined) {
      if (line.trim().startsWith(fence)) { fence = undefined; blank(); }
      else out.push({ text: line, code: true });
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen) { fence = fenceOpen[1] ?? '```'; blank(); continue; }
    let content = line;
    while (QUOTE.test(content)) content = content.replace(QUOTE, '');
    const previous = out[out.length - 1];
    if (SETEXT_UNDERLINE.test(content) && previous && !previous.code && previous.text.trim() !== '' && previous.heading === undefined) {
      previous.heading = content.trim().startsWith('=') ? 1 : 2;
      blank();
      continue;
    }
    if (RULE.test(content) || REFERENCE.test(content) || TABLE_RULE.test(content) || COMMENT.test(content)) { blank(); continue; }
    const heading = ATX_HEADING.exec(content);
    if (heading) {
      blank();
      out.push({ text: heading[2] ?? '', code: false, heading: (heading[1] ?? '#').length });
      blank();
      continue;
    }
    out.push({ text: content.replace(BULLET, '$1').replace(/^[ \t]+/, ''), code: false });
  }
  return assemble(out, references, front?.meta ?? {});
}

function assemble(out: readonly OutLine[], references: ReadonlySet<string>, meta: PartialMeta): MarkdownResult {
  const parts: string[] = [];
  let heading: string | undefined;
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) parts.push(convertInline(paragraph.join('\n'), references));
    paragraph = [];
  };
  for (const line of out) {
    if (line.code) { flush(); parts.push(line.text); continue; }
    if (line.heading !== undefined) {
      flush();
      const text = convertInline(line.text, references).trim();
      if (line.heading === 1 && heading === undefined && text !== '') heading = text;
      parts.push(text, '');
      continue;
    }
    if (line.text.trim() === '') { flush(); parts.push(''); continue; }
    paragraph.push(line.text);
  }
  flush();
  const result: MarkdownResult = { text: parts.join('\n'), meta };
  if (heading !== undefined) result.heading = heading;
  return result;
}
