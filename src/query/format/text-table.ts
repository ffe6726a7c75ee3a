// Aligned plain-text tables for the terminal. Cells are made printable, the
// narrow columns keep their width and the last column takes what is left of
// the line, cut with an ellipsis when it does not fit.
import { printable } from './printable.js';

export interface TableOptions {
  /** Line width to fit. Undefined: no limit, nothing is cut. */
  width?: number;
  /** Widest any column but the last may grow. Default: a fifth of `width`, at least 10 and at most 36. */
  maxColumnWidth?: number;
}

const GAP = '  ';
const ELLIPSIS = '…';
/** The last column always gets at least this much, even on a narrow terminal. */
const MIN_LAST_COLUMN = 12;
/** No other column is narrowed below this; past that a line may overflow. */
const MIN_COLUMN = 4;

/** Formats `rows` under `headers`, one line each, every line ending in "\n". */
export function formatTable(headers: string[], rows: string[][], options: TableOptions = {}): string {
  // On a narrow line the names give way before the evidence does.
  const maxColumnWidth = options.maxColumnWidth ?? (options.width === undefined ? 36 : Math.min(36, Math.max(10, Math.floor(options.width / 5))));
  const cells = [headers, ...rows].map((row) => headers.map((_, column) => printable(row[column] ?? '')));
  const last = headers.length - 1;
  const widths = headers.map((_, column) =>
    Math.min(column === last ? Infinity : maxColumnWidth, Math.max(...cells.map((row) => displayWidth(row[column] as string)))),
  );
  if (options.width !== undefined) {
    const used = (): number => widths.slice(0, last).reduce((sum, width) => sum + width + GAP.length, 0);
    // Still too wide: narrow the widest of the other columns, one character at a time.
    while (used() + MIN_LAST_COLUMN > options.width) {
      const widest = widths.slice(0, last).reduce((best, width, column) => (width > (widths[best] as number) ? column : best), 0);
      if ((widths[widest] as number) <= MIN_COLUMN) break;
      widths[widest] = (widths[widest] as number) - 1;
    }
    widths[last] = Math.max(MIN_LAST_COLUMN, options.width - used());
  }
  return cells
    .map((row) =>
      row
        .map((cell, column) => {
          const fitted = truncate(cell, widths[column] as number);
          return column === last ? fitted : fitted.padEnd((widths[column] as number) + fitted.length - displayWidth(fitted));
        })
        .join(GAP)
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** Cuts `text` to `width` characters, the last one an ellipsis when anything was cut. */
export function truncate(text: string, width: number): string {
  const characters = [...text];
  if (characters.length <= width) return text;
  return `${characters.slice(0, Math.max(0, width - 1)).join('')}${ELLIPSIS}`;
}

/** Characters (code points) in `text`: close to what a terminal shows for most scripts. */
function displayWidth(text: string): number {
  return [...text].length;
}
