// Turns what was handed in (bytes or a string) into a string, refusing input
// that is too large, binary, not UTF-8 or empty with a message that names it.
import { BadInputError } from '../errors.js';

/** Inputs above this are refused before any parsing: 10 MB. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** How much of the input the binary sniff looks at. */
const SNIFF_LENGTH = 8192;
/** Share of control characters above which text is taken for binary. */
const MAX_CONTROL_SHARE = 0.1;

export function decodeInput(content: string | Uint8Array, label: string): string {
  const size = typeof content === 'string' ? utf8LengthUpTo(content, MAX_INPUT_BYTES + 1) : content.byteLength;
  if (size > MAX_INPUT_BYTES) {
    const shown = typeof content === 'string' && size === MAX_INPUT_BYTES + 1 ? `more than ${formatBytes(MAX_INPUT_BYTES)}` : formatBytes(size);
    throw new BadInputError(`${label}: is too large (${shown}); the limit is ${formatBytes(MAX_INPUT_BYTES)}. Split it into smaller articles.`);
  }
  if (looksBinary(content)) {
    throw new BadInputError(`${label}: looks like a binary file, not an article (expected text, Markdown or HTML)`);
  }
  const text = typeof content === 'string' ? content : decodeUtf8(content, label);
  if (text.trim() === '') throw new BadInputError(`${label}: is empty`);
  return text;
}

function decodeUtf8(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new BadInputError(`${label}: is not valid UTF-8 (byte offset ${offset}); save it as UTF-8 and try again`, { cause: error });
  }
}

/** Where the first byte that breaks UTF-8 sits (the decoder does not say). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    let length: number;
    let min: number;
    if (lead < 0x80) { i += 1; continue; }
    else if (lead >= 0xc2 && lead <= 0xdf) { length = 2; min = 0x80; }
    else if (lead >= 0xe0 && lead <= 0xef) { length = 3; min = 0x800; }
    else if (lead >= 0xf0 && lead <= 0xf4) { length = 4; min = 0x10000; }
    else return i;
    let codePoint = lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return i;
    i += length;
  }
  return bytes.length;
}

function looksBinary(content: string | Uint8Array): boolean {
  const length = Math.min(content.length, SNIFF_LENGTH);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const code = typeof content === 'string' ? content.charCodeAt(i) : (content[i] ?? 0);
    if (code === 0) return true;
    if (isBinaryControl(code)) control++;
  }
  return length > 0 && control / length > MAX_CONTROL_SHARE;
}

/** C0 controls other than tab, newline, form feed and carriage return. */
function isBinaryControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
}

/** UTF-8 length of a string, counting no further than `stop`. */
function utf8LengthUpTo(text: string, stop: number): number {
  if (text.length >= stop) return stop;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes < stop; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) { bytes += 4; i++; }
    else bytes += 3;
  }
  return Math.min(bytes, stop);
}

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${bytes} bytes`;
}
