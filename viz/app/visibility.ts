// Which nodes and edges the filters leave on screen. Display only: the graph
// itself is never changed by a filter.
import type { ViewGraph } from './load.js';
import { COOCCURS, type ViewState } from './state.js';

export function isNodeVisible(graph: ViewGraph, node: string, state: ViewState): boolean {
  return !state.hiddenNodeTypes.has(graph.getNodeAttribute(node, 'type'));
}

export function isEdgeVisible(graph: ViewGraph, edge: string, state: ViewState): boolean {
  const a = graph.getEdgeAttributes(edge);
  if (state.hiddenEdgeTypes.has(a.type)) return false;
  if (a.type === COOCCURS ? a.weight < state.minWeight : a.confidence < state.minConfidence) return false;
  return isNodeVisible(graph, graph.source(edge), state) && isNodeVisible(graph, graph.target(edge), state);
}

/** The part of the graph on screen, with its attributes, for the JSON export. */
export function visibleSubgraph(graph: ViewGraph, state: ViewState): ViewGraph {
  const copy = graph.nullCopy() as ViewGraph;
  copy.replaceAttributes(structuredClone(graph.getAttributes()));
  graph.forEachNode((node, attributes) => {
    if (isNodeVisible(graph, node, state)) copy.addNode(node, structuredClone(attributes));
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (isEdgeVisible(graph, edge, state)) copy.addDirectedEdgeWithKey(edge, source, target, structuredClone(attributes));
  });
  return copy;
}
