export { buildGraph, DEFAULT_GRAPH_OPTIONS } from './build.js';
export type { GraphOptions, NewsGraph } from './build.js';
export type { Position } from './place.js';
