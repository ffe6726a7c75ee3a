// The hand-written graph every query test reads.
import { fileURLToPath } from 'node:url';
import { loadGraph } from '../../src/query/index.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/query/', import.meta.url));
export const SMALL_GRAPH_PATH = `${FIXTURE_DIR}small-graph.json`;

export function smallGraph() {
  return loadGraph(SMALL_GRAPH_PATH);
}
