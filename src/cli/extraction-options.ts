// The options that say how articles are read, shared by `build` and `add`.
import { ARTICLES_PER_WORKER } from '../corpus/jobs.js';

export const EXTRACTION_OPTIONS = {
  date: { type: 'string' },
  'rules-only': { type: 'boolean', default: false },
  jobs: { type: 'string' },
} as const;

export const EXTRACTION_HELP = `  --date YYYY-MM-DD    the articles' date where their metadata gives none
  --rules-only         do not use the trained recogniser
  --jobs N             extraction threads (default: one per core, at most one per
                       ${ARTICLES_PER_WORKER} articles; 1 extracts in-process)
`;
