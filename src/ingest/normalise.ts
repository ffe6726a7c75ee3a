// One shape of text for every later stage: no BOM, "\n" line ends, plain
// spaces, no invisible control characters. Quotes, dashes and accents stay as
// written so quoted names and offsets keep meaning what the reader sees.

const BOM = '\uFEFF';

/** Characters that are dropped: C0/C1 controls (but \t and \n), zero-width space, soft hyphen, stray BOMs. */
const DROPPED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B\uFEFF]/g;
/** Spaces that only stop a line break: read as plain spaces. */
const HARD_SPACES = /[\u00A0\u2007\u202F]/g;

export function normaliseText(raw: string): string {
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(HARD_SPACES, ' ')
    .replace(DROPPED, '');
}

/**
 * The final layout of a document's text: lines without trailing blanks,
 * paragraphs separated by exactly one blank line, nothing around the whole.
 */
export function tidyText(text: string): string {
  return normaliseText(text)
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');
}
