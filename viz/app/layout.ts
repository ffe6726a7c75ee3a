// The Layout button: ForceAtlas2 in a module worker (layout-worker.ts) until
// stopped, then (on graphs up to a few thousand nodes) one pass of noverlap
// so no two nodes cover each other.
//
// Why not graphology's own worker supervisor: it writes every result the
// worker sends into the graph at once and asks for more straight away, so on
// 10,000 nodes sigma re-processed the graph message after message and the
// page drew no frame and answered a search Enter after 7 s (bench/viz).
// Here positions are written once per animation frame at most, and the next
// are asked for only after a pause as long as the last draw took, so at
// least half of the page's thread stays free for the reader.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ViewGraph } from './load.js';
import { toMatrices, type FromWorker, type LayoutSettings, type ToWorker } from './layout-protocol.js';

export interface LayoutControl {
  running: () => boolean;
  toggle: () => void;
  kill: () => void;
}

export interface LayoutHooks {
  /** The button's state changed. */
  onChange: (running: boolean) => void;
  /** Calls back once the positions just written are on screen. */
  afterDraw: (callback: () => void) => void;
}

// noverlap has no Barnes-Hut shortcut: on 10,000 nodes its 300 iterations
// blocked the page for minutes (bench/viz). Above this size the ForceAtlas2
// result is kept as it is.
const NOVERLAP_MAX_NODES = 3000;
/** Shortest pause between two position updates: a steady picture without hogging the thread. */
const MIN_PAUSE_MS = 50;

const DEFAULTS: LayoutSettings = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

export function createLayout(graph: ViewGraph, hooks: LayoutHooks): LayoutControl {
  let worker: Worker | null = null;
  let running = false;
  let pending: FromWorker | null = null;
  let frame: number | null = null;
  let pauseTimer: number | null = null;

  const write = (xy: Float32Array): void => {
    // The worker's order is the graph's node order at start; a graph that changed since gets no stale positions.
    if (xy.length !== graph.order * 2) return;
    let i = 0;
    graph.updateEachNodeAttributes(
      (_node, attributes) => {
        attributes.x = xy[i] as number;
        attributes.y = xy[i + 1] as number;
        i += 2;
        return attributes;
      },
      { attributes: ['x', 'y'] },
    );
  };

  const finish = (): void => {
    if (graph.order <= NOVERLAP_MAX_NODES) noverlap.assign(graph, { maxIterations: 300, settings: { ratio: 1.1, margin: 1 } });
  };

  const apply = (): void => {
    frame = null;
    const message = pending;
    pending = null;
    if (message === null) return;
    const started = performance.now();
    write(message.xy);
    if (message.final) return finish();
    if (!running) return;
    hooks.afterDraw(() => {
      // Writing and drawing took this long; wait as long again before the next.
      const pause = Math.max(MIN_PAUSE_MS, performance.now() - started);
      pauseTimer = window.setTimeout(() => {
        pauseTimer = null;
        if (running) post({ kind: 'send' });
      }, pause);
    });
  };

  const post = (message: ToWorker, transfer: Transferable[] = []): void => worker?.postMessage(message, transfer);

  const spawn = (): Worker => {
    const created = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'layout' });
    created.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      pending = event.data;
      frame ??= requestAnimationFrame(apply);
    });
    created.addEventListener('error', (event) => {
      event.preventDefault();
      console.warn(`the layout worker failed: ${event.message}`);
      stop();
    });
    return created;
  };

  const start = (): void => {
    worker ??= spawn();
    const settings: LayoutSettings = { ...DEFAULTS, ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
    const { nodes, edges } = toMatrices(graph);
    running = true;
    post({ kind: 'start', nodes: nodes.buffer, edges: edges.buffer, settings }, [nodes.buffer, edges.buffer]);
    hooks.onChange(true);
  };

  function stop(): void {
    running = false;
    if (pauseTimer !== null) window.clearTimeout(pauseTimer);
    pauseTimer = null;
    // The worker answers with its last positions, marked final.
    post({ kind: 'stop' });
    hooks.onChange(false);
  }

  return {
    running: () => running,
    toggle: () => (running ? stop() : start()),
    kill: () => {
      running = false;
      if (frame !== null) cancelAnimationFrame(frame);
      if (pauseTimer !== null) window.clearTimeout(pauseTimer);
      worker?.terminate();
      worker = null;
    },
  };
}
