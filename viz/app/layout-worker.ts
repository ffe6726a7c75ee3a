// ForceAtlas2 in a module worker. It iterates in short slices and sends
// positions only when the page asks for them (after it drew the last ones),
// so a page that draws slowly gets fewer, newer updates instead of a queue
// of stale ones, and its thread stays free for the reader between frames.
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { PER_NODE, type FromWorker, type LayoutSettings, type ToWorker } from './layout-protocol.js';

/** Work per slice before the worker looks at its messages again. */
const SLICE_MS = 30;

let nodes: Float32Array | null = null;
let edges: Float32Array | null = null;
let settings: LayoutSettings | null = null;
let running = false;
let wanted = false;
let iterations = 0;

function send(final: boolean): void {
  if (nodes === null) return;
  const count = nodes.length / PER_NODE;
  const xy = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    xy[2 * i] = nodes[i * PER_NODE] as number;
    xy[2 * i + 1] = nodes[i * PER_NODE + 1] as number;
  }
  const message: FromWorker = { kind: 'positions', xy, iterations, final };
  self.postMessage(message, { transfer: [xy.buffer] });
}

function slice(): void {
  if (!running || nodes === null || edges === null || settings === null) return;
  const started = performance.now();
  do {
    iterate(settings, nodes, edges);
    iterations++;
  } while (performance.now() - started < SLICE_MS);
  if (wanted) {
    wanted = false;
    send(false);
  }
  // A macrotask between slices lets 'send' and 'stop' arrive.
  setTimeout(slice, 0);
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'start') {
    nodes = new Float32Array(message.nodes);
    edges = new Float32Array(message.edges);
    settings = message.settings;
    iterations = 0;
    wanted = true;
    if (!running) {
      running = true;
      slice();
    }
  } else if (message.kind === 'send') {
    wanted = true;
  } else if (message.kind === 'stop') {
    running = false;
    send(true);
  }
});
