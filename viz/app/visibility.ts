// Which nodes and edges the filters leave on screen. Display only: the graph
// itself is never changed by a filter. The reducers call these for every
// item on every refresh, so they take the attributes they already hold.
import type { EdgeData, NodeData, ViewGraph } from './load.js';
import { COOCCURS, type ViewState } from './state.js';

/**
 * Whether [first, last] overlaps the time filter. An undated item has no
 * span to compare, so the time filter leaves it alone (the other filters still apply).
 */
export function inTimeRange(first: string | null, last: string | null, state: ViewState): boolean {
  if (first === null || last === null) return true;
  // ISO days compare as text.
  if (state.from !== null && last < state.from) return false;
  if (state.to !== null && first > state.to) return false;
  return true;
}

export function nodeShown(attributes: NodeData, state: ViewState): boolean {
  if (state.hiddenNodeTypes.has(attributes.type)) return false;
  // At 1 the filter is off, so a node from a graph file without article lists still shows.
  if (state.minArticles > 1 && attributes.docs.length < state.minArticles) return false;
  return inTimeRange(attributes.firstSeen, attributes.lastSeen, state);
}

/** The edge's own filters, without its ends. */
export function edgeOwnShown(a: EdgeData, state: ViewState): boolean {
  if (state.hiddenEdgeTypes.has(a.type)) return false;
  if (a.type === COOCCURS ? a.weight < state.minWeight : a.confidence < state.minConfidence) return false;
  return inTimeRange(a.firstSeen, a.lastSeen, state);
}

export function isNodeVisible(graph: ViewGraph, node: string, state: ViewState): boolean {
  return nodeShown(graph.getNodeAttributes(node), state);
}

export function isEdgeVisible(graph: ViewGraph, edge: string, state: ViewState): boolean {
  if (!edgeOwnShown(graph.getEdgeAttributes(edge), state)) return false;
  return nodeShown(graph.getSourceAttributes(edge), state) && nodeShown(graph.getTargetAttributes(edge), state);
}

/** How many nodes and edges the filters leave, in one pass over each. */
export function countVisible(graph: ViewGraph, state: ViewState): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  graph.forEachNode((_node, attributes) => void (nodes += nodeShown(attributes, state) ? 1 : 0));
  graph.forEachEdge((_edge, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    if (edgeOwnShown(attributes, state) && nodeShown(sourceAttributes, state) && nodeShown(targetAttributes, state)) edges++;
  });
  return { nodes, edges };
}

/** The part of the graph on screen, with its attributes, for the JSON export. */
export function visibleSubgraph(graph: ViewGraph, state: ViewState): ViewGraph {
  const copy = graph.nullCopy() as ViewGraph;
  copy.replaceAttributes(structuredClone(graph.getAttributes()));
  graph.forEachNode((node, attributes) => {
    if (nodeShown(attributes, state)) copy.addNode(node, structuredClone(attributes));
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (isEdgeVisible(graph, edge, state)) copy.addDirectedEdgeWithKey(edge, source, target, structuredClone(attributes));
  });
  return copy;
}

/** The `limit` visible neighbours of `middle` with the highest degree (ties by key), joined to it by a visible edge. */
export function mostConnectedNeighbours(graph: ViewGraph, middle: string, state: ViewState, limit: number): Set<string> {
  const neighbours = graph.neighbors(middle).filter((node) => isNodeVisible(graph, node, state) && hasVisibleEdgeBetween(graph, node, middle, state));
  if (neighbours.length <= limit) return new Set(neighbours);
  const degree = (node: string) => graph.getNodeAttribute(node, 'degree');
  neighbours.sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : a > b ? 1 : 0));
  return new Set(neighbours.slice(0, limit));
}

/** Whether a visible edge joins `a` and `b`, either way. */
export function hasVisibleEdgeBetween(graph: ViewGraph, a: string, b: string, state: ViewState): boolean {
  return graph.edges(a, b).some((edge) => isEdgeVisible(graph, edge, state)) || graph.edges(b, a).some((edge) => isEdgeVisible(graph, edge, state));
}
