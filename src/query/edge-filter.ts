// The default view of a graph shows what the articles assert. Co-occurrence,
// denied and merely suggested relations are kept in the file for the reader
// who asks, but they do not count as links unless asked for.
import type { EdgeAttributes } from '../types.js';
import type { EdgeFilterOptions } from './graph-types.js';

/** True when an edge belongs in a query's view under these options. */
export function edgeIsIncluded(attributes: EdgeAttributes, options: EdgeFilterOptions = {}): boolean {
  if (attributes.type === 'cooccurs' && !options.includeCooccurs) return false;
  if (attributes.negated === true && !options.includeNegated) return false;
  if (attributes.hedged === true && !options.includeHedged) return false;
  return true;
}
