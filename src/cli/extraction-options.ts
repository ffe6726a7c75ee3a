// The options that say how articles are read, shared by `build` and `add`.
import { ARTICLES_PER_WORKER, SPLIT_FROM } from '../corpus/jobs.js';

export const EXTRACTION_OPTIONS = {
  date: { type: 'string' },
  'rules-only': { type: 'boolean', default: false },
  jobs: { type: 'string' },
} as const;

/** The options that say how articles are extracted (what `refresh` takes too). */
export const EXTRACTOR_HELP = `  --rules-only         do not use the trained recogniser
  --jobs N             extraction threads: 1 extracts in-process; 2 share each
                       article (a worker runs the trained recogniser); more take
                       whole articles each (default: 2 from ${SPLIT_FROM} articles on
                       two or more cores, a third and more from ${ARTICLES_PER_WORKER} articles
                       per thread)
`;

export const EXTRACTION_HELP = `  --date YYYY-MM-DD    the articles' date where their metadata gives none
${EXTRACTOR_HELP}`;
