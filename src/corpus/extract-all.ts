// Every article's extraction: in this thread (one job), shared with a
// recogniser worker (two jobs, ./split.ts), or whole articles spread over
// worker threads (more jobs, ./pool.ts). Every way gives the same list in
// the same order; articles whose extraction failed are listed with the
// reason instead of ending the build.
import { extract } from '../pipeline.js';
import { loadRecogniser } from '../io/recogniser.js';
import type { Skipped } from '../io/read-inputs.js';
import type { Doc, Extraction } from '../types.js';
import { extractInWorkers, type Outcome } from './pool.js';
import { extractSplit, type EarlyRecogniser } from './split.js';
import { shareEvidenceText, slimExtraction, type SlimOptions } from './slim.js';

export interface ExtractAllOptions {
  /**
   * 1 extracts in this thread; 2 shares each article with a worker that runs
   * the recogniser (with rulesOnly, which has none, two workers); more starts
   * that many workers.
   */
  jobs: number;
  rulesOnly: boolean;
  /**
   * Keep only what the graph reads (./slim.ts), article by article, for a
   * build; without it the whole extraction is kept (the store saves it all).
   */
  slim?: SlimOptions;
  onDone?: (done: number) => void;
  /** A recogniser worker started ahead (./split.ts), used when two jobs share the articles and stopped otherwise. */
  started?: EarlyRecogniser;
}

export interface ExtractAllResult {
  extractions: Extraction[];
  failed: Skipped[];
}

export async function extractAll(docs: readonly Doc[], options: ExtractAllOptions): Promise<ExtractAllResult> {
  const split = options.jobs === 2 && !options.rulesOnly;
  if (!split) options.started?.stop();
  const outcomes = options.jobs === 1 ? extractHere(docs, options) : split ? await extractSplit(docs, options) : await extractInWorkers(docs, options);
  const extractions: Extraction[] = [];
  const failed: Skipped[] = [];
  outcomes.forEach((outcome, n) => {
    if ('extraction' in outcome) extractions.push(outcome.extraction);
    else failed.push({ path: docs[n]?.path ?? docs[n]?.id ?? `article ${n + 1}`, reason: `extraction failed: ${outcome.error}` });
  });
  return { extractions, failed };
}

function extractHere(docs: readonly Doc[], options: ExtractAllOptions): Outcome[] {
  const recogniser = options.rulesOnly ? null : loadRecogniser();
  return docs.map((doc, n) => {
    let outcome: Outcome;
    try {
      const extraction = extract(doc, { recogniser });
      if (options.slim) shareEvidenceText(extraction.relations);
      outcome = { extraction: options.slim ? slimExtraction(extraction, options.slim) : extraction };
    } catch (error) {
      outcome = { error: error instanceof Error ? error.message : String(error) };
    }
    options.onDone?.(n + 1);
    return outcome;
  });
}
