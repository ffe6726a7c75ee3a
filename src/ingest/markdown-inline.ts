// Inline Markdown to plain text, by a small scanner: links keep their text,
// images vanish, emphasis and code markers go, escapes resolve. Anything that
// does not parse as Markdown stays as it was written.

/** Tags that a Markdown author may write inline; they are dropped, their text kept. */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'cite', 'code', 'del', 'em', 'i', 'ins', 'kbd', 'mark', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u']);
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
// Bounds that keep garbage input linear: no real link, code span or emphasis
// pair is longer or further apart than these.
const MAX_LINK_LENGTH = 2048;
const MAX_CODE_SPAN_LENGTH = 4096;
const MAX_OPENERS_SEARCHED = 64;
const MAX_NESTING = 8;

/** A run of emphasis markers waiting to learn whether it pairs with another. */
interface Delimiter {
  kind: 'delimiter';
  char: string;
  count: number;
  canOpen: boolean;
  canClose: boolean;
  /** How many of its markers found a partner (and so disappear). */
  paired: number;
}
type Piece = { kind: 'text'; text: string } | Delimiter;

export function convertInline(source: string, references: ReadonlySet<string>): string {
  const pieces: Piece[] = [];
  const push = (text: string): void => {
    const last = pieces[pieces.length - 1];
    if (last?.kind === 'text') last.text += text;
    else if (text !== '') pieces.push({ kind: 'text', text });
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (ch === '\\' && ASCII_PUNCTUATION.test(source[i + 1] ?? '')) {
      push(source[i + 1] ?? '');
      i += 2;
    } else if (ch === '`') {
      const span = readCodeSpan(source, i);
      push(span.text);
      i = span.end;
    } else if (ch === '!' && source[i + 1] === '[') {
      const link = readLink(source, i + 1, references);
      if (link) i = link.end; // images carry no story text
      else { push('!'); i += 1; }
    } else if (ch === '[') {
      const link = readLink(source, i, references);
      if (link) {
        push(link.footnote ? '' : convertInline(link.label, references));
        i = link.end;
      } else { push('['); i += 1; }
    } else if (ch === '<') {
      const tag = readInlineTag(source, i);
      if (tag) { push(tag.text); i = tag.end; }
      else { push('<'); i += 1; }
    } else if (ch === '*' || ch === '_' || (ch === '~' && source[i + 1] === '~')) {
      let end = i;
      while (source[end] === ch) end++;
      pieces.push(delimiterRun(source, i, end));
      i = end;
    } else {
      let end = i + 1;
      while (end < source.length && !'\\`![<*_~'.includes(source[end] ?? '')) end++;
      push(source.slice(i, end));
      i = end;
    }
  }
  return resolveEmphasis(pieces);
}

function delimiterRun(source: string, start: number, end: number): Delimiter {
  const char = source[start] ?? '*';
  const before = source[start - 1] ?? ' ';
  const after = source[end] ?? ' ';
  const spaceBefore = /\s/.test(before);
  const spaceAfter = /\s/.test(after);
  const punctBefore = PUNCTUATION.test(before);
  const punctAfter = PUNCTUATION.test(after);
  const leftFlanking = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
  const rightFlanking = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
  // An underscore inside a word (snake_case, file_name) is never emphasis.
  const canOpen = char === '_' ? leftFlanking && (!rightFlanking || punctBefore) : leftFlanking;
  const canClose = char === '_' ? rightFlanking && (!leftFlanking || punctAfter) : rightFlanking;
  const count = end - start;
  // Strikethrough is exactly two tildes; other tilde runs are text.
  const usable = char !== '~' || count === 2;
  return { kind: 'delimiter', char, count, canOpen: usable && canOpen, canClose: usable && canClose, paired: 0 };
}

/** Pairs each closing run with the nearest opener of the same marker; unpaired markers stay as text. */
function resolveEmphasis(pieces: Piece[]): string {
  const openers: Delimiter[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'delimiter') continue;
    let remaining = piece.count;
    if (piece.canClose) {
      const stop = Math.max(0, openers.length - MAX_OPENERS_SEARCHED);
      for (let k = openers.length - 1; k >= stop && remaining > 0; k--) {
        const opener = openers[k];
        if (opener === undefined || opener.char !== piece.char) continue;
        const used = Math.min(opener.count - opener.paired, remaining);
        opener.paired += used;
        remaining -= used;
        // Openers between a pair can no longer pair across it.
        openers.length = opener.paired < opener.count ? k + 1 : k;
      }
    }
    piece.paired += piece.count - remaining;
    if (piece.canOpen && remaining > 0) openers.push(piece);
  }
  return pieces.map((piece) => (piece.kind === 'text' ? piece.text : piece.char.repeat(piece.count - piece.paired))).join('');
}

function readCodeSpan(source: string, start: number): { text: string; end: number } {
  let ticks = start;
  while (source[ticks] === '`') ticks++;
  const fence = source.slice(start, ticks);
  const found = source.slice(ticks, ticks + MAX_CODE_SPAN_LENGTH).indexOf(fence);
  const close = found < 0 ? -1 : ticks + found;
  if (close < 0) return { text: fence, end: ticks };
  return { text: source.slice(ticks, close).replace(/^ (.*) $/s, '$1'), end: close + fence.length };
}

interface Link {
  label: string;
  end: number;
  footnote: boolean;
}

/** `[label](target)`, `[label][ref]`, `[label][]` or a defined `[label]`, from the `[` at `start`. */
function readLink(source: string, start: number, references: ReadonlySet<string>): Link | undefined {
  const close = matchingBracket(source, start, '[', ']');
  if (close === undefined) return undefined;
  const label = source.slice(start + 1, close);
  if (label.startsWith('^')) return { label, end: close + 1, footnote: true };
  const next = source[close + 1];
  if (next === '(') {
    const end = matchingBracket(source, close + 1, '(', ')');
    if (end !== undefined) return { label, end: end + 1, footnote: false };
  }
  if (next === '[') {
    const end = matchingBracket(source, close + 1, '[', ']');
    if (end !== undefined) return { label, end: end + 1, footnote: false };
  }
  if (references.has(normaliseLabel(label))) return { label, end: close + 1, footnote: false };
  return undefined;
}

/** Index of the bracket closing the one at `start`, skipping escapes; none across a blank line. */
function matchingBracket(source: string, start: number, open: string, close: string): number | undefined {
  let depth = 0;
  const end = Math.min(source.length, start + MAX_LINK_LENGTH);
  for (let i = start; i < end; i++) {
    const ch = source[i];
    if (ch === '\\') { i++; continue; }
    if (ch === '\n' && source[i + 1] === '\n') return undefined;
    if (ch === open && ++depth > MAX_NESTING) return undefined;
    else if (ch === close && --depth === 0) return i;
  }
  return undefined;
}

function readInlineTag(source: string, start: number): { text: string; end: number } | undefined {
  const autolink = /^<((?:https?|ftp|mailto):[^\s<>]+)>/i.exec(source.slice(start, start + 2048));
  if (autolink) return { text: autolink[1] ?? '', end: start + autolink[0].length };
  const tag = /^<\/?([a-z][a-z0-9]*)\b[^<>]*>/i.exec(source.slice(start, start + 512));
  if (!tag) return undefined;
  const name = (tag[1] ?? '').toLowerCase();
  if (name === 'br') return { text: '\n', end: start + tag[0].length };
  return INLINE_TAGS.has(name) ? { text: '', end: start + tag[0].length } : undefined;
}

export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}
