// Whether the opening paragraph of an article is its title: the title the
// document states (a Markdown heading, an HTML title), or a short first line
// that reads like a headline.
import { subBlock, textOf, type Block } from './blocks.js';
import { matchHeader } from './header-rules.js';

const TITLE_REASONS = {
  stated: 'title-stated: matches the title the document states',
  firstLine: 'title-first-line: a short opening line without closing punctuation',
  labelled: 'title-labelled: a "Title:" or "Headline:" line, as scraped articles write it',
} as const;

/** "Title: ..." or "Headline: ..." opening a scraped article: the label says what the line is. */
export const TITLE_LABEL = /^(?:title|headline)\s*:\s*/i;

export interface TitleFound {
  block: Block;
  rest?: Block;
  reason: string;
}

export function readTitle(text: string, block: Block, statedTitle: string | undefined, moreFollows: boolean): TitleFound | undefined {
  if (statedTitle !== undefined && comparable(textOf(text, block)) === comparable(statedTitle)) {
    return { block, reason: TITLE_REASONS.stated };
  }
  const first = block.lines[0];
  if (first && TITLE_LABEL.test(textOf(text, first)) && looksLikeTitle(textOf(text, first).replace(TITLE_LABEL, ''))) {
    return { block: subBlock(block, 0, 1), ...(block.lines.length > 1 ? { rest: subBlock(block, 1) } : {}), reason: TITLE_REASONS.labelled };
  }
  if (!first || !looksLikeTitle(textOf(text, first))) return undefined;
  // A one-paragraph text is all story, whatever its first line looks like.
  if (block.lines.length === 1) return moreFollows ? { block, reason: TITLE_REASONS.firstLine } : undefined;
  // Inside a paragraph the first line may just be hard-wrapped prose: it is a
  // title only when a byline or dateline follows, or it is written in Title Case.
  const second = block.lines[1];
  const next = second === undefined ? undefined : matchHeader(textOf(text, second));
  if (next?.rule.kind !== 'byline' && next?.rule.kind !== 'dateline' && !isTitleCase(textOf(text, first))) return undefined;
  return { block: subBlock(block, 0, 1), rest: subBlock(block, 1), reason: TITLE_REASONS.firstLine };
}

function looksLikeTitle(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/).length;
  return text.length >= 3 && text.length <= 200 && words <= 30 && /^[\p{Lu}\p{N}"'“‘«¿¡]/u.test(text) && !/[.,;:]$/.test(text);
}

/** Most longer words capitalised, as headlines are written. */
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length >= 2 && capitalised / words.length >= 0.6;
}

function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
