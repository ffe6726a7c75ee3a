// The graph every exporter reads. Typed through graphology-types so that any
// graphology class holding contract attributes (MultiDirectedGraph in the
// builder, a plain Graph in a test) can be exported.
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';

export type ExportGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
