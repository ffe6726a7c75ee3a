// Shared by the stage tests: run the whole extractor on a short text.
import { ingest } from '../src/ingest/index.js';
import { extract } from '../src/pipeline.js';
import type { Extraction } from '../src/types.js';

export function extractText(text: string, id = 'test'): Extraction {
  return extract(ingest({ content: text, id, format: 'text' }));
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
