// The progress line of a long build: articles done out of the total, the
// rate and the time left. It is one line redrawn in place with a carriage
// return, so it is only drawn on a terminal; piped output never sees it.

export interface ProgressOptions {
  total: number;
  write: (text: string) => void;
  /** Draw at all: true only when the stream is a terminal. */
  enabled: boolean;
  /** Milliseconds now; a parameter so tests can drive the clock. */
  now?: () => number;
  /** Least milliseconds between redraws, so a fast build does not flood the terminal. */
  interval?: number;
}

export interface Progress {
  tick: (done: number) => void;
  /** Clears the line so the summary starts on a clean one. */
  finish: () => void;
}

export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const interval = options.interval ?? 100;
  const started = now();
  const line = createStatus(options.write, options.enabled);
  let lastDrawn = -Infinity;
  return {
    tick(done) {
      if (!options.enabled) return;
      const at = now();
      if (at - lastDrawn < interval && done < options.total) return;
      lastDrawn = at;
      line.show(progressLine(done, options.total, (at - started) / 1000));
    },
    finish: line.clear,
  };
}

/** "extracting 120/946 articles, 35.2/s, about 24 s left". */
export function progressLine(done: number, total: number, seconds: number): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? (total - done) / rate : undefined;
  return `extracting ${done}/${total} articles, ${rate.toFixed(1)}/s` + (left === undefined ? '' : `, about ${formatSeconds(left)} left`);
}

export function formatSeconds(seconds: number): string {
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 120) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(Math.round(seconds - minutes * 60)).padStart(2, '0')} s`;
}

/**
 * One line saying what a long command is doing after (or without) the
 * progress bar: "building the graph of 946 articles", "writing the files".
 * A corpus spends seconds there, and a silent terminal looks stuck. Drawn
 * only on a terminal; each show replaces the last, clear removes it before
 * the summary (or an error) is printed. The progress line above draws
 * through one too.
 */
export interface Status {
  show: (text: string) => void;
  clear: () => void;
}

export function createStatus(write: (text: string) => void, enabled: boolean): Status {
  let width = 0;
  return {
    show(text) {
      if (!enabled) return;
      write(`\r${text.padEnd(width)}`);
      width = text.length;
    },
    clear() {
      if (enabled && width > 0) write(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}
