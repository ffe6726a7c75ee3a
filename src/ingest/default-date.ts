// The date a user gives for articles whose metadata has none (`build --date`,
// and the store's `add`). It only fills gaps: a date the article states
// itself always wins. Browser-safe like the rest of ingest.
import { UsageError } from '../errors.js';
import type { Doc } from '../types.js';
import { parseDate } from './dates.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2017-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && parseDate(value) === value;
}

/**
 * The value of a date option, checked: YYYY-MM-DD and a real day. `flag`
 * names the option in the error ("--date").
 */
export function parseDefaultDate(value: string, flag = '--date'): string {
  const trimmed = value.trim();
  if (isIsoDate(trimmed)) return trimmed;
  throw new UsageError(`${flag} "${value}" is not a date: give the day as YYYY-MM-DD, e.g. ${flag} 2017-08-12`);
}

/**
 * The docs, each with `date` as its date where its metadata has none (or
 * none that is a YYYY-MM-DD day). Docs that have one are returned as they
 * are; the others are copies (the input is not changed). Without a date, the
 * same docs come back.
 */
export function applyDefaultDate(docs: readonly Doc[], date: string | undefined): Doc[] {
  if (date === undefined) return [...docs];
  return docs.map((doc) => (isIsoDate(doc.meta.date) ? doc : { ...doc, meta: { ...doc.meta, date } }));
}
