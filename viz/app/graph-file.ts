// A graph file the reader opens or drops: graph.json (checked by the same
// parser the CLI uses) or GEXF (graphology's browser parser). Either way it
// ends as the page's own graph shape, with every attribute checked again.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { parseGraph } from '../../src/query/browser.js';
import { GraphLoadError, toGraph, type ViewGraph } from './load.js';

/** Bigger files would freeze the tab long before they were drawn. */
export const MAX_GRAPH_FILE_BYTES = 100 * 1024 * 1024;

export async function readGraphFile(file: File): Promise<ViewGraph> {
  if (file.size > MAX_GRAPH_FILE_BYTES) throw new GraphLoadError(`${file.name} is too large (${Math.round(file.size / 1048576)} MB); the page opens graphs up to ${MAX_GRAPH_FILE_BYTES / 1048576} MB`);
  if (file.size === 0) throw new GraphLoadError(`${file.name} is empty`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new GraphLoadError(`${file.name} is not UTF-8 text: expected graph JSON or GEXF`);
  }
  return /\.gexf$/i.test(file.name) || /^\s*(<\?xml|<gexf)/.test(text) ? fromGexf(text, file.name) : fromJson(text, file.name);
}

function fromJson(text: string, name: string): ViewGraph {
  try {
    return toGraph(parseGraph(text, { name }).export(), name);
  } catch (error) {
    throw new GraphLoadError((error as Error).message);
  }
}

function fromGexf(text: string, name: string): ViewGraph {
  let parsed: Graph;
  try {
    parsed = parseGexf(Graph, text, { addMissingNodes: false });
  } catch (error) {
    throw new GraphLoadError(`${name} is not a GEXF graph: ${(error as Error).message}`);
  }
  // The exporter writes evidence (and any other structured value) as JSON text: read it back.
  const data = parsed.export();
  for (const node of data.nodes) {
    const a = node.attributes ?? {};
    for (const field of ['aliases', 'docs']) if (typeof a[field] === 'string') a[field] = jsonOr(a[field] as string, []);
  }
  for (const edge of data.edges) {
    const a = edge.attributes ?? {};
    if (typeof a.evidence === 'string') a.evidence = jsonOr(a.evidence as string, []);
  }
  if (data.nodes.length === 0) throw new GraphLoadError(`${name} holds no nodes`);
  return toGraph(data, name);
}

function jsonOr(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}
