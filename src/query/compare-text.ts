// Sorting by localeCompare depends on the machine's locale and ICU data;
// output must be the same bytes everywhere, so ties sort by code units.
import { normalizeName } from './normalize-name.js';

/** Code-unit order of two strings: -1, 0 or 1. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Order for names shown to people: by folded form first, so "al-Tanf" sorts
 * among the A's and not after every capital, then by code units.
 */
export function compareLabels(a: string, b: string): number {
  return compareText(normalizeName(a), normalizeName(b)) || compareText(a, b);
}
