// "Export view": the visible part of the graph as graphology JSON or as GEXF
// (the project's own writer, so Gephi and networkx read what the command line
// writes), or the canvas as a PNG on a white background.
import type Sigma from 'sigma';
import { MultiDirectedGraph } from 'graphology';
import { toGEXF } from '../../src/export/gexf.js';
import type { ExportGraph } from '../../src/export/graph-type.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/types.js';
import { SCHEMA_VERSION } from '../../src/types.js';
import { download } from './dom.js';
import type { EdgeData, NodeData, ViewGraph } from './load.js';
import type { ViewState } from './state.js';
import { visibleSubgraph } from './visibility.js';

export function exportJson(graph: ViewGraph, state: ViewState): void {
  const text = `${JSON.stringify(visibleSubgraph(graph, state).export(), null, 2)}\n`;
  download('newsgraph-view.json', new Blob([text], { type: 'application/json' }));
}

export function exportGexf(graph: ViewGraph, state: ViewState): void {
  const text = toGEXF(contractGraph(visibleSubgraph(graph, state)));
  download('newsgraph-view.gexf', new Blob([text], { type: 'application/gexf+xml' }));
}

/**
 * The page keeps every optional field filled (null, false) so its code reads
 * them without checks; the file contract leaves them out instead, and the
 * GEXF writer expects the contract.
 */
export function contractGraph(view: ViewGraph): ExportGraph {
  const out = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  const docs = view.getAttribute('docs') ?? [];
  out.replaceAttributes({ schemaVersion: SCHEMA_VERSION, docs: docs.map((d) => ({ outlet: null, tags: [], ...d })) });
  view.forEachNode((key, a) => out.addNode(key, withoutEmpty({ ...a }) as unknown as NodeAttributes));
  view.forEachEdge((key, a, source, target) => {
    const evidence = a.evidence.map((item) => withoutEmpty({ ...item }));
    const attributes = withoutEmpty({ ...a, evidence }) as unknown as EdgeAttributes;
    out.addDirectedEdgeWithKey(key, source, target, attributes);
  });
  return out;
}

/** The object without its null and false fields. */
function withoutEmpty<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== false)) as Partial<T>;
}

/**
 * The stage is a WebGL canvas whose buffer is cleared once shown, so the copy
 * is taken right after a render, in the same task.
 */
export function renderPng(sigma: Sigma<NodeData, EdgeData>): Promise<Blob> {
  return new Promise((resolve, reject) => {
    sigma.once('afterRender', () => {
      const stage = sigma.getStageCanvas();
      const canvas = document.createElement('canvas');
      canvas.width = stage.width;
      canvas.height = stage.height;
      const context = canvas.getContext('2d');
      if (context === null) return reject(new Error('no 2D canvas for the image'));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(stage, 0, 0);
      canvas.toBlob((blob) => (blob === null ? reject(new Error('the browser made no PNG')) : resolve(blob)), 'image/png');
    });
    sigma.refresh();
  });
}

export async function exportPng(sigma: Sigma<NodeData, EdgeData>): Promise<void> {
  download('newsgraph-view.png', await renderPng(sigma));
}
