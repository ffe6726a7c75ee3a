// The query API without file access, for the viewer page and other browser code.
export type { EdgeFilterOptions, EdgeRecord, NewsGraph, NodeRecord } from './graph-types.js';
export { parseGraph, MAX_GRAPH_TEXT_LENGTH, type ParseGraphOptions } from './parse-graph.js';
export { graphFromData } from './graph-from-data.js';
export { findJsonSyntaxProblem, type JsonSyntaxProblem } from './json-error-position.js';
export { normalizeName } from './normalize-name.js';
export { entity } from './entity.js';
export { findEntityKey } from './find-entity-key.js';
export { search, SEARCH_DEFAULTS, type SearchHit, type SearchOptions } from './search.js';
export { neighbors, DIRECTIONS, type Direction, type Neighbor, type NeighborsOptions } from './neighbors.js';
export { relations, type RelationsOptions } from './relations.js';
export { path } from './path.js';
export { subgraph } from './subgraph.js';
export { edgeIsIncluded } from './edge-filter.js';
export { NODE_TYPES } from './options.js';
