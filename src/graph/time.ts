// When things were seen: an article's date (its metadata's ISO day) and the
// first and last of a set of such dates. ISO days sort as text, so no date
// is parsed and the result is the same on every machine and time zone.
import { isIsoDate } from '../ingest/default-date.js';
import type { Extraction } from '../types.js';

/** Each article's date by document id; articles without a usable date are left out. */
export function articleDates(extractions: readonly Extraction[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const { doc } of extractions) if (isIsoDate(doc.meta.date)) dates.set(doc.id, doc.meta.date);
  return dates;
}

export interface SeenSpan {
  firstSeen?: string;
  lastSeen?: string;
}

/**
 * The earliest and latest of `dates`, skipping the missing ones; an empty
 * object when none is there, so that nothing (not even a null) is written.
 */
export function seenSpan(dates: ReadonlyArray<string | undefined>): SeenSpan {
  let first: string | undefined;
  let last: string | undefined;
  for (const date of dates) {
    if (date === undefined) continue;
    if (first === undefined || date < first) first = date;
    if (last === undefined || date > last) last = date;
  }
  return first === undefined || last === undefined ? {} : { firstSeen: first, lastSeen: last };
}
