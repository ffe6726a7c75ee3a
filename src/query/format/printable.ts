// Names and sentences come from untrusted articles. Printed raw, an escape
// sequence in a name could recolour a terminal, move the cursor or rewrite
// the title bar, and bidirectional controls could reorder what a reader sees.
// Everything printed for people passes through here.

/**
 * C0 and C1 controls, DEL, zero-width and bidirectional formatting
 * characters, line and paragraph separators, and the byte order mark.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/gu;
const LINE_BREAKS_AND_TABS = /[\t\n\r\u2028\u2029]+/gu;
/** What JSON.stringify leaves raw inside strings but a terminal would act on. */
const UNESCAPED_BY_JSON = /[\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/** One line of text safe for a terminal: line breaks and tabs become spaces, other controls are dropped. */
export function printable(text: string): string {
  return text.replace(LINE_BREAKS_AND_TABS, ' ').replace(UNPRINTABLE, '');
}

/** Like `printable`, but keeps line breaks: for multi-line messages. */
export function printableLines(text: string): string {
  return text
    .split('\n')
    .map((line) => printable(line))
    .join('\n');
}

/**
 * JSON for a terminal or a pipe: JSON.stringify already escapes C0 controls,
 * but not DEL, C1 controls or bidirectional marks; those are escaped here too.
 * The result parses back to the same value.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNESCAPED_BY_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
