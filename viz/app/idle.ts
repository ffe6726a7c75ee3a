// Work the first picture does not need (search list, names for the
// autocomplete) runs after it, when the page is idle, in slices short enough
// that a click or a key never waits long behind it.

/** Longest slice of deferred work, in ms: well under a frame budget on a slow machine. */
const SLICE_MS = 12;

type Idle = (callback: (deadline: { timeRemaining: () => number }) => void, options?: { timeout: number }) => number;

/** requestIdleCallback where the browser has it (not Safari), else a timer. */
const requestIdle: Idle =
  typeof (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback === 'function'
    ? (callback, options) => (globalThis as unknown as { requestIdleCallback: Idle }).requestIdleCallback(callback, options)
    : (callback) => window.setTimeout(() => callback({ timeRemaining: () => SLICE_MS }), 16);

/**
 * Runs `step` in idle slices until it returns true (finished) or the
 * returned cancel function is called. The timeout makes sure a page kept
 * busy (the layout drawing frames) still gets the work done.
 */
export function runWhenIdle(step: () => boolean): () => void {
  let cancelled = false;
  const slice = (deadline: { timeRemaining: () => number }): void => {
    if (cancelled) return;
    const started = performance.now();
    const budget = Math.max(SLICE_MS / 2, Math.min(SLICE_MS, deadline.timeRemaining()));
    while (performance.now() - started < budget) {
      if (step()) return;
    }
    requestIdle(slice, { timeout: 500 });
  };
  requestIdle(slice, { timeout: 500 });
  return () => {
    cancelled = true;
  };
}
