// The Layout button: ForceAtlas2 in a web worker until stopped, then one
// pass of noverlap so no two nodes cover each other.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ViewGraph } from './load.js';

export interface LayoutControl {
  running: () => boolean;
  toggle: () => void;
  kill: () => void;
}

export function createLayout(graph: ViewGraph, onChange: (running: boolean) => void): LayoutControl {
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
  const worker = new FA2Layout(graph, { settings, getEdgeWeight: 'weight' });
  const stop = (): void => {
    worker.stop();
    noverlap.assign(graph, { maxIterations: 300, settings: { ratio: 1.1, margin: 1 } });
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
