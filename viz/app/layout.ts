// The Layout button: ForceAtlas2 in a web worker until stopped, then (on
// graphs up to a few thousand nodes) one pass of noverlap so no two nodes
// cover each other.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ViewGraph } from './load.js';

export interface LayoutControl {
  running: () => boolean;
  toggle: () => void;
  kill: () => void;
}

// noverlap has no Barnes-Hut shortcut: on 10,000 nodes its 300 iterations
// blocked the page for minutes (bench/viz). Above this size the ForceAtlas2
// result is kept as it is.
const NOVERLAP_MAX_NODES = 3000;

export function createLayout(graph: ViewGraph, onChange: (running: boolean) => void): LayoutControl {
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
  const worker = new FA2Layout(graph, { settings, getEdgeWeight: 'weight' });
  const stop = (): void => {
    worker.stop();
    if (graph.order <= NOVERLAP_MAX_NODES) noverlap.assign(graph, { maxIterations: 300, settings: { ratio: 1.1, margin: 1 } });
    onChange(false);
  };
  return {
    running: () => worker.isRunning(),
    toggle: () => {
      if (worker.isRunning()) return stop();
      worker.start();
      onChange(true);
    },
    kill: () => worker.kill(),
  };
}
