// The ingest stage: raw article bytes or text in, a Doc out (normalised
// text, metadata, zones). Pure and browser-safe: no file system, no Node APIs.
import type { Doc, DocFormat } from '../types.js';
import { BadInputError } from '../errors.js';
import { decodeInput } from './decode.js';
import { detectFormat } from './detect-format.js';
import { docId } from './doc-id.js';
import { htmlToText } from './html.js';
import { markdownToText } from './markdown.js';
import { finishMeta, type PartialMeta } from './meta.js';
import { normaliseText, tidyText } from './normalise.js';
import { findZones } from './zones.js';

export { MAX_INPUT_BYTES } from './decode.js';
export { detectFormat } from './detect-format.js';
export { zoneDecisions } from './decisions.js';

export interface IngestInput {
  content: string | Uint8Array;
  id?: string;
  /** Where the content came from: names it in errors, gives the id and the format. */
  path?: string;
  /** Skips format detection. */
  format?: DocFormat;
  /** How errors name the input when it has no path ("standard input"). */
  label?: string;
}

interface FormatResult {
  text: string;
  title?: string;
  meta: PartialMeta;
}

export function ingest(input: IngestInput): Doc {
  const label = input.path ?? input.label ?? (input.id !== undefined ? `document "${input.id}"` : 'input');
  const raw = normaliseText(decodeInput(input.content, label));
  const format = input.format ?? detectFormat(raw, input.path);
  const read = readFormat(raw, format, label);
  const text = tidyText(read.text);
  if (text === '') throw new BadInputError(`${label}: no article text found (nothing is left once the ${format} markup is removed)`);
  const { zones, meta } = findZones(text, read.meta, read.title);
  const path = input.path === undefined ? {} : { path: input.path };
  return { id: docId(text, input.id, input.path), ...path, format, text, meta: finishMeta(meta), zones };
}

function readFormat(raw: string, format: DocFormat, label: string): FormatResult {
  switch (format) {
    case 'html':
      return htmlToText(raw, label);
    case 'markdown': {
      const md = markdownToText(raw);
      return md.heading === undefined ? { text: md.text, meta: md.meta } : { text: md.text, title: md.heading, meta: md.meta };
    }
    case 'text':
      return { text: raw, meta: {} };
  }
}
