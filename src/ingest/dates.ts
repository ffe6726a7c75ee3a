// Dates as articles write them ("August 12, 2017", "9 August 2017",
// "2017-08-12T10:00:00Z") turned into ISO calendar dates. The calendar day is
// taken as written: a time zone never moves it to another day.

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

// Longest names first so "September" is not read as "Sep" + "tember".
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .join('|');

interface DateForm {
  id: string;
  pattern: RegExp;
  /** Year, month (number or name) and day from a match. */
  parts: (m: RegExpExecArray) => [string, string, string];
}

const DATE_FORMS: readonly DateForm[] = [
  {
    id: 'iso',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/g,
    parts: (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? ''],
  },
  {
    id: 'month-day-year',
    pattern: new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    parts: (m) => [m[3] ?? '', m[1] ?? '', m[2] ?? ''],
  },
  {
    id: 'day-month-year',
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES})\\.?,?\\s+(\\d{4})\\b`, 'gi'),
    parts: (m) => [m[3] ?? '', m[2] ?? '', m[1] ?? ''],
  },
];

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

/** The earliest valid date written in `text`, or undefined. */
export function findDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const form of DATE_FORMS) {
    const pattern = new RegExp(form.pattern.source, form.pattern.flags);
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const iso = toIso(...form.parts(m));
      if (iso === undefined) continue;
      if (best === undefined || m.index < best.start) best = { iso, start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return best;
}

/** An ISO date for a value that should be a date (a meta tag, front matter). */
export function parseDate(value: string): string | undefined {
  return findDate(value.trim())?.iso;
}

function toIso(year: string, month: string, day: string): string | undefined {
  const y = Number(year);
  const mo = /^\d+$/.test(month) ? Number(month) : MONTHS[month.toLowerCase()];
  const d = Number(day);
  if (mo === undefined || !Number.isInteger(y) || y < 1000 || y > 2999) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
