// The sigma renderer and the reducers that decide, each frame, how every
// node and edge looks from the current filters, hover and selection. The
// reducers only return display values: graph attributes are never touched.
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, layerPlain, pathCurved, pathLine, pathLoop } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeData, NodeData, ViewGraph } from './load.js';
import { COOCCURS_COLOR, EDGE_COLOR, FADED_EDGE, FADED_NODE, HIGHLIGHT_EDGE, NEGATED_COLOR, nodeColor, nodeSize, type SizeScale } from './look.js';
import { COOCCURS, type ViewState } from './state.js';
import { edgeOwnShown, isEdgeVisible, isNodeVisible, nodeShown } from './visibility.js';

export interface Focus {
  hovered: string | null;
  hoveredEdge: string | null;
}

export interface View {
  sigma: Sigma<NodeData, EdgeData>;
  /** Recomputes every node and edge after a state change. */
  redraw: () => void;
  focus: Focus;
  setCommunities: (communities: Map<string, number> | null) => void;
  /** Measures the sizes again after nodes were added or the graph replaced. */
  rescale: () => void;
}

/** Above this many edges, edges do not react to the pointer (see enableEdgeEvents). */
const EDGE_EVENTS_MAX_EDGES = 5000;

export function createView(graph: ViewGraph, container: HTMLElement, state: ViewState): View {
  const focus: Focus = { hovered: null, hoveredEdge: null };
  let communities: Map<string, number> | null = null;
  let scale = sizeScale(graph);

  /** The node whose neighbourhood stands out: the hovered one, else the selected one. */
  const centre = (): string | null => {
    const node = focus.hovered ?? state.selected;
    return node !== null && graph.hasNode(node) && isNodeVisible(graph, node, state) ? node : null;
  };

  const nodeReducer = (node: string, _data: NodeDisplayData, attributes: NodeData): Partial<NodeDisplayData> => {
    if (!nodeShown(attributes, state)) return { visibility: 'hidden', label: null };
    const display: Partial<NodeDisplayData> = {
      color: nodeColor(attributes, state.colorBy, communities?.get(node)),
      size: nodeSize(attributes, state.sizeBy, scale),
      // Bigger nodes win the label grid, so the important names show first.
      zIndex: attributes.degree,
    };
    const middle = centre();
    if (middle === null) return display;
    if (node === middle) return { ...display, labelVisibility: 'visible', highlighted: true, zIndex: Number.MAX_SAFE_INTEGER, depth: 'topNodes' };
    if (graph.areNeighbors(node, middle) && hasVisibleEdgeBetween(graph, node, middle, state)) {
      return { ...display, labelVisibility: 'visible', depth: 'topNodes' };
    }
    return { ...display, color: FADED_NODE, label: null, labelVisibility: 'hidden' };
  };

  const edgeReducer = (edge: string, _data: EdgeDisplayData, attributes: EdgeData): Partial<EdgeDisplayData> => {
    if (!edgeOwnShown(attributes, state) || !nodeShown(graph.getSourceAttributes(edge), state) || !nodeShown(graph.getTargetAttributes(edge), state)) {
      return { visibility: 'hidden', label: null };
    }
    const cooccurs = attributes.type === COOCCURS;
    const display: Partial<EdgeDisplayData> = {
      color: attributes.negated ? NEGATED_COLOR : cooccurs ? COOCCURS_COLOR : EDGE_COLOR,
      size: cooccurs ? 0.5 + Math.log2(Math.max(1, attributes.weight)) * 0.5 : 1 + 2 * attributes.confidence,
      head: cooccurs || attributes.symmetric ? undefined : 'arrow',
      label: null,
    };
    const middle = centre();
    const touches = middle !== null && (graph.source(edge) === middle || graph.target(edge) === middle);
    if (touches || focus.hoveredEdge === edge) {
      return { ...display, color: attributes.negated ? NEGATED_COLOR : HIGHLIGHT_EDGE, label: edgeLabel(attributes), depth: 'topEdges' };
    }
    if (middle !== null) return { ...display, color: FADED_EDGE };
    return display;
  };

  const sigma = new Sigma<NodeData, EdgeData>(graph, container, {
    primitives: {
      edges: {
        paths: [pathLine(), pathCurved(), pathLoop()],
        extremities: [extremityArrow()],
        layers: [layerPlain()],
      },
    },
    styles: {
      nodes: { ...DEFAULT_STYLES.nodes, color: { attribute: 'color', defaultValue: '#999' } },
      edges: { ...DEFAULT_STYLES.edges, path: 'straight', parallelPath: 'curved', selfLoopPath: 'loop' },
    },
    nodeReducer,
    edgeReducer,
    settings: {
      // Sizes in screen pixels (sigma 4 defaults to graph units), so the
      // palette's degree sizes mean the same as in the exports.
      itemSizesReference: 'screen',
      renderEdgeLabels: true,
      // Edge hover needs a second (picking) pass over every edge each frame;
      // on big graphs that doubles the drawing and few edges can be told apart anyway.
      enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX_EDGES,
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 7,
      stagePadding: 40,
      hideEdgesOnMove: false,
    },
  });

  return {
    sigma,
    focus,
    // Scheduled, not immediate: a handler returns at once and several changes in one frame cost one refresh.
    redraw: () => sigma.scheduleRefresh(),
    setCommunities: (next) => {
      communities = next;
    },
    rescale: () => {
      scale = sizeScale(graph);
      const edgeEvents = graph.size <= EDGE_EVENTS_MAX_EDGES;
      if (sigma.getSetting('enableEdgeEvents') !== edgeEvents) sigma.setSetting('enableEdgeEvents', edgeEvents);
    },
  };
}

/** A relation shows its own words; an empty predicate falls back to the type's name. */
export function edgeLabel(attributes: EdgeData): string {
  const words = attributes.predicate.trim() || attributes.type.replaceAll('_', ' ');
  return attributes.negated ? `not: ${words}` : attributes.hedged ? `${words}?` : words;
}

function hasVisibleEdgeBetween(graph: ViewGraph, a: string, b: string, state: ViewState): boolean {
  return graph.edges(a, b).some((edge) => isEdgeVisible(graph, edge, state)) || graph.edges(b, a).some((edge) => isEdgeVisible(graph, edge, state));
}

function sizeScale(graph: ViewGraph): SizeScale {
  let maxPagerank = 0;
  let maxDegree = 0;
  graph.forEachNode((_node, attributes) => {
    maxPagerank = Math.max(maxPagerank, attributes.pagerank);
    maxDegree = Math.max(maxDegree, attributes.degree);
  });
  return { maxPagerank, maxDegreeSize: Math.max(8, 4 + 2 * Math.sqrt(maxDegree)) };
}
