// Folds a graph built from the reader's own articles into the one on screen:
// nodes meet by key (names, documents and mentions add up), edges by key
// (evidence adds up). New nodes are placed beside the neighbours they
// already have, or at a random spot seeded by their key, so the same
// article always lands in the same place.
import type { ViewGraph } from './load.js';

export interface MergeResult {
  addedNodes: string[];
  addedEdges: number;
  mergedEdges: number;
}

export function mergeGraph(into: ViewGraph, from: ViewGraph): MergeResult {
  const known = new Set(into.nodes());
  const addedNodes: string[] = [];
  const docs = into.getAttribute('docs');
  const docIds = new Set(docs.map((doc) => doc.id));
  into.setAttribute('docs', [...docs, ...from.getAttribute('docs').filter((doc) => !docIds.has(doc.id))]);

  from.forEachNode((node, a) => {
    if (!into.hasNode(node)) {
      into.addNode(node, { ...a, aliases: [...a.aliases], docs: [...a.docs], degree: 0, pagerank: 0 });
      addedNodes.push(node);
      return;
    }
    into.updateNodeAttributes(node, (old) => ({
      ...old,
      aliases: union(old.aliases, a.aliases),
      docs: union(old.docs, a.docs),
      mentions: old.mentions + a.mentions,
      ...widen(old, a),
    }));
  });

  let addedEdges = 0;
  let mergedEdges = 0;
  from.forEachEdge((edge, a, source, target) => {
    if (!into.hasEdge(edge)) {
      into.addDirectedEdgeWithKey(edge, source, target, { ...a, evidence: a.evidence.map((item) => ({ ...item })) });
      for (const end of new Set([source, target])) into.updateNodeAttribute(end, 'degree', (degree) => (degree ?? 0) + 1);
      addedEdges++;
      return;
    }
    mergedEdges++;
    into.updateEdgeAttributes(edge, (old) => {
      const seen = new Set(old.evidence.map((item) => `${item.doc}\u0000${item.text}`));
      const evidence = [...old.evidence, ...a.evidence.filter((item) => !seen.has(`${item.doc}\u0000${item.text}`))];
      // Independent sentences make a claim surer, as in the graph builder.
      const confidence = Math.round((1 - (1 - old.confidence) * (1 - a.confidence)) * 1e6) / 1e6;
      return { ...old, evidence, confidence, weight: evidence.length, ...widen(old, a) };
    });
  });

  place(into, addedNodes, known);
  return { addedNodes, addedEdges, mergedEdges };
}

interface Seen {
  firstSeen: string | null;
  lastSeen: string | null;
}

/** The span covering both items' days (ISO days compare as text); undated sides add nothing. */
function widen(old: Seen, added: Seen): Seen {
  const pick = (x: string | null, y: string | null, earlier: boolean): string | null => (x === null ? y : y === null ? x : (y < x) === earlier ? y : x);
  return { firstSeen: pick(old.firstSeen, added.firstSeen, true), lastSeen: pick(old.lastSeen, added.lastSeen, false) };
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])].sort();

/** Next to the placed neighbours' centre if there are any, else somewhere in the graph's extent. */
function place(graph: ViewGraph, nodes: readonly string[], placed: Set<string>): void {
  const extent = bounds(graph, placed);
  const spread = Math.max(extent.width, extent.height, 1);
  // Nodes with placed neighbours go first, so a chain of new names grows outward from the old graph.
  const pending = [...nodes];
  for (let round = 0; round < 2; round++) {
    for (const node of pending) {
      if (placed.has(node)) continue;
      const anchors = graph.neighbors(node).filter((other) => placed.has(other));
      if (anchors.length === 0 && round === 0) continue;
      const random = seededRandom(node);
      let x: number;
      let y: number;
      if (anchors.length > 0) {
        x = anchors.reduce((sum, other) => sum + graph.getNodeAttribute(other, 'x'), 0) / anchors.length;
        y = anchors.reduce((sum, other) => sum + graph.getNodeAttribute(other, 'y'), 0) / anchors.length;
        const angle = random() * 2 * Math.PI;
        const distance = spread * (0.03 + 0.05 * random());
        x += Math.cos(angle) * distance;
        y += Math.sin(angle) * distance;
      } else {
        x = extent.minX + random() * extent.width;
        y = extent.minY + random() * extent.height;
      }
      graph.mergeNodeAttributes(node, { x, y });
      placed.add(node);
    }
  }
}

function bounds(graph: ViewGraph, nodes: Set<string>): { minX: number; minY: number; width: number; height: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const { x, y } = graph.getNodeAttributes(node);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  // An empty graph: the unit square the loader's circle also uses.
  if (minX === Infinity) return { minX: -1, minY: -1, width: 2, height: 2 };
  return { minX, minY, width: maxX - minX, height: maxY - minY };
}

/** A small deterministic generator (mulberry32) seeded by an FNV-1a hash of the key. */
function seededRandom(key: string): () => number {
  let seed = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) seed = Math.imul(seed ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
