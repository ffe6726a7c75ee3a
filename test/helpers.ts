// Shared by the stage tests: run the whole extractor on a short text.
import { ingest } from '../src/ingest/index.js';
import { extract } from '../src/pipeline.js';
import type { Extraction } from '../src/types.js';
import { loadRecogniser } from '../src/io/recogniser.js';

/** The shipped pipeline: rules and the trained recogniser. */
export function extractText(text: string, id = 'test', options: { rulesOnly?: boolean } = {}): Extraction {
  return extract(ingest({ content: text, id, format: 'text' }), { recogniser: options.rulesOnly ? null : loadRecogniser() });
}

/** Relations other than co-occurrence, as "head -type-> tail" strings. */
export function relationLines(extraction: Extraction, options: { flags?: boolean } = {}): string[] {
  return extraction.relations
    .filter((r) => r.type !== 'cooccurs')
    .map((r) => {
      const flags = options.flags ? `${r.negated ? ' [negated]' : ''}${r.hedged ? ' [hedged]' : ''}` : '';
      return `${r.head} -${r.type}-> ${r.tail}${flags}`;
    })
    .sort();
}
