// The query API: load a graph file and ask it questions. Everything here but
// loadGraph and readGraphFile also runs in a browser (see browser.ts).
export * from './browser.js';
export { loadGraph, type LoadGraphOptions } from './load-graph.js';
export { readGraphFile } from './load-file.js';
