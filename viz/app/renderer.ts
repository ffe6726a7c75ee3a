// The sigma renderer and the reducers that decide, each frame, how every
// node and edge looks from the current filters, hover and selection. The
// reducers only return display values: graph attributes are never touched.
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, layerPlain, pathCurved, pathLine, pathLoop } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeData, NodeData, ViewGraph } from './load.js';
import { COOCCURS_COLOR, EDGE_COLOR, FADED_EDGE, FADED_NODE, HIGHLIGHT_EDGE, NEGATED_COLOR, fitToView, nodeColor, nodeSize, type SizeScale } from './look.js';
import { sizeForDegree } from '../../src/export/palette.js';
import { COOCCURS, type ViewState } from './state.js';
import { edgeOwnShown, hasVisibleEdgeBetween, isNodeVisible, mostConnectedNeighbours, nodeShown } from './visibility.js';

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
  /** Tells the view the layout started or stopped (a big graph's edges rest meanwhile). */
  setLayoutRunning: (running: boolean) => void;
}

/**
 * At most this many of a selected or hovered node's neighbours have their
 * labels forced on: the most connected ones. The others stand out but get a
 * label only where sigma's label grid finds room. Forcing all of them wrote
 * the 577 neighbours of "United States" (946 articles, co-occurrence on) on
 * top of one another.
 */
const MAX_FORCED_LABELS = 40;

/** Above this many edges, edges do not react to the pointer (see enableEdgeEvents). */
const EDGE_EVENTS_MAX_EDGES = 5000;

/**
 * Above this many edges, edges are not drawn while the layout runs: with
 * software WebGL, drawing tens of thousands of moving lines took seconds a
 * frame (bench/viz), so the picture froze; the nodes alone keep it moving,
 * and the edges come back when the layout stops.
 */
const LAYOUT_EDGES_MAX = 5000;

export function createView(graph: ViewGraph, container: HTMLElement, state: ViewState): View {
  const focus: Focus = { hovered: null, hoveredEdge: null };
  let communities: Map<string, number> | null = null;
  const viewArea = () => container.clientWidth * container.clientHeight;
  let scale = sizeScale(graph, viewArea());
  let edgesResting = false;

  /** The node whose neighbourhood stands out: the hovered one, else the selected one. */
  const centre = (): string | null => {
    const node = focus.hovered ?? state.selected;
    return node !== null && graph.hasNode(node) && isNodeVisible(graph, node, state) ? node : null;
  };

  // A hub's neighbours with their labels forced on (by key for the nodes, by
  // attributes for the edge styles), worked out once per centre and refresh.
  let labelledFor: string | null = null;
  let labelledAt = -1;
  let labelled: { keys: ReadonlySet<string>; attributes: ReadonlySet<NodeData> } = { keys: new Set(), attributes: new Set() };
  const labelledNeighbours = (middle: string) => {
    if (labelledFor === middle && labelledAt === generation) return labelled;
    labelledFor = middle;
    labelledAt = generation;
    const keys = mostConnectedNeighbours(graph, middle, state, MAX_FORCED_LABELS);
    labelled = { keys, attributes: new Set([...keys].map((node) => graph.getNodeAttributes(node))) };
    return labelled;
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
      return { ...display, labelVisibility: labelledNeighbours(middle).keys.has(node) ? 'visible' : 'auto', depth: 'topNodes' };
    }
    return { ...display, color: FADED_NODE, label: null, labelVisibility: 'hidden' };
  };

  // Edges are styled by functions of their attributes, not by a reducer:
  // sigma copies every item a reducer returns, and on 50,000 edges those
  // copies were the largest part of the first draw (bench/viz/profile.ts).
  // A style function gets no edge key, so each edge's attributes lead to its
  // ends' attributes through this map, made once per graph.
  let ends = endsOf(graph);
  let generation = 0;
  let lookFor: EdgeData | null = null;
  let lookAt = -1;
  let look: EdgeLook = HIDDEN_EDGE;
  /** An edge's whole look, worked out once per refresh for the several style keys that ask. */
  const edgeLook = (attributes: EdgeData): EdgeLook => {
    if (lookFor === attributes && lookAt === generation) return look;
    lookFor = attributes;
    lookAt = generation;
    look = computeEdgeLook(attributes);
    return look;
  };
  const computeEdgeLook = (attributes: EdgeData): EdgeLook => {
    const pair = ends.get(attributes);
    if (edgesResting || !edgeOwnShown(attributes, state)) return HIDDEN_EDGE;
    if (pair !== undefined && (!nodeShown(pair[0], state) || !nodeShown(pair[1], state))) return HIDDEN_EDGE;
    const cooccurs = attributes.type === COOCCURS;
    const size = cooccurs ? 0.5 + Math.log2(Math.max(1, attributes.weight)) * 0.5 : 1 + 2 * attributes.confidence;
    const head = cooccurs || attributes.symmetric ? 'none' : 'arrow';
    const middle = centre();
    const middleAttributes = middle === null ? null : graph.getNodeAttributes(middle);
    const touches = middleAttributes !== null && pair !== undefined && (pair[0] === middleAttributes || pair[1] === middleAttributes);
    const hovered = focus.hoveredEdge !== null && graph.hasEdge(focus.hoveredEdge) && graph.getEdgeAttributes(focus.hoveredEdge) === attributes;
    if (touches || hovered) {
      // Around a hub, only the edges to its labelled neighbours say what they are.
      const other = touches ? (pair[0] === middleAttributes ? pair[1] : pair[0]) : null;
      const worded = hovered || (middle !== null && other !== null && labelledNeighbours(middle).attributes.has(other));
      return { visibility: 'visible', size, head, color: attributes.negated ? NEGATED_COLOR : HIGHLIGHT_EDGE, label: worded ? edgeLabel(attributes) : '', depth: 'topEdges' };
    }
    const color = middle !== null ? FADED_EDGE : attributes.negated ? NEGATED_COLOR : cooccurs ? COOCCURS_COLOR : EDGE_COLOR;
    return { visibility: 'visible', size, head, color, label: '', depth: 'edges' };
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
      edges: {
        ...DEFAULT_STYLES.edges,
        path: 'straight',
        parallelPath: 'curved',
        selfLoopPath: 'loop',
        visibility: (attributes: EdgeData) => edgeLook(attributes).visibility,
        color: (attributes: EdgeData) => edgeLook(attributes).color,
        size: (attributes: EdgeData) => edgeLook(attributes).size,
        head: (attributes: EdgeData) => edgeLook(attributes).head,
        label: (attributes: EdgeData) => edgeLook(attributes).label,
        depth: (attributes: EdgeData) => edgeLook(attributes).depth,
      },
    },
    nodeReducer,
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

  // A larger or smaller window fits the nodes again.
  sigma.on('resize', () => {
    const next = sizeScale(graph, viewArea());
    if (next.fit === scale.fit) return;
    scale = next;
    sigma.scheduleRefresh();
  });

  return {
    sigma,
    focus,
    // Scheduled, not immediate: a handler returns at once and several changes in one frame cost one refresh.
    redraw: () => {
      generation++;
      sigma.scheduleRefresh();
    },
    setCommunities: (next) => {
      communities = next;
    },
    setLayoutRunning: (running) => {
      const rest = running && graph.size > LAYOUT_EDGES_MAX;
      if (rest === edgesResting) return;
      edgesResting = rest;
      generation++;
      sigma.scheduleRefresh();
    },
    rescale: () => {
      scale = sizeScale(graph, viewArea());
      ends = endsOf(graph);
      generation++;
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

interface EdgeLook {
  visibility: 'visible' | 'hidden';
  color: string;
  size: number;
  head: 'arrow' | 'none';
  /** '' for none (sigma's default). */
  label: string;
  depth: 'edges' | 'topEdges';
}

const HIDDEN_EDGE: EdgeLook = { visibility: 'hidden', color: EDGE_COLOR, size: 1, head: 'none', label: '', depth: 'edges' };

/** Each edge's attributes to its source's and target's attributes. */
function endsOf(graph: ViewGraph): WeakMap<EdgeData, [NodeData, NodeData]> {
  const map = new WeakMap<EdgeData, [NodeData, NodeData]>();
  graph.forEachEdge((_edge, attributes, _source, _target, sourceAttributes, targetAttributes) => void map.set(attributes, [sourceAttributes, targetAttributes]));
  return map;
}

function sizeScale(graph: ViewGraph, viewArea: number): SizeScale {
  let maxPagerank = 0;
  let maxDegree = 0;
  const sizes: number[] = [];
  graph.forEachNode((_node, attributes) => {
    maxPagerank = Math.max(maxPagerank, attributes.pagerank);
    maxDegree = Math.max(maxDegree, attributes.degree);
    sizes.push(sizeForDegree(attributes.degree));
  });
  // Fitted on the degree sizes, which the PageRank sizes span too, so switching keeps the scale.
  return { maxPagerank, maxDegreeSize: Math.max(8, 4 + 2 * Math.sqrt(maxDegree)), fit: fitToView(sizes, viewArea) };
}
