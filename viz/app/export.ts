// "Export view": the visible part of the graph as graphology JSON, or the
// canvas as a PNG on a white background.
import type Sigma from 'sigma';
import { download } from './dom.js';
import type { EdgeData, NodeData, ViewGraph } from './load.js';
import type { ViewState } from './state.js';
import { visibleSubgraph } from './visibility.js';

export function exportJson(graph: ViewGraph, state: ViewState): void {
  const text = `${JSON.stringify(visibleSubgraph(graph, state).export(), null, 2)}\n`;
  download('newsgraph-view.json', new Blob([text], { type: 'application/json' }));
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
