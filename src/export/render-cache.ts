// The bytes of each edge from the last export, for a graph exported again and
// again as articles arrive (`newsgraph watch`). Most of a corpus file is its
// edges, and after one more article nearly every edge is the one it was: the
// incremental graph (src/graph/incremental.ts) hands over the same attribute
// object for an edge no article touched, and its bytes are taken from here,
// already encoded. An edge's text also depends on the file around it (the
// columns declared, the GEXF dialect): each writer names that as the
// context, and a new context empties the cache. Entries one export did not
// use are dropped as the next starts, so edges that went do not pile up.
// Nodes are kept by key and compared (RenderCache.nodeText).
import type { ColumnMemo } from './attribute-model.js';
import type { Spell } from './gexf-time.js';

const UTF8 = new TextEncoder();

/** What an edge's text is made from, besides the file around it. */
export interface CachedEdge {
  id: string;
  source: string;
  target: string;
  attributes: object;
}

interface EdgeTexts {
  edges: CachedEdge[];
  texts: Uint8Array[];
}

const emptyTexts = (): EdgeTexts => ({ edges: [], texts: [] });

export class RenderCache {
  /** Each edge record's attribute kinds (attributeColumns in ./attribute-model.ts). */
  readonly columns: ColumnMemo = new WeakMap();
  /** Each edge record's GEXF spells. */
  readonly spells = new WeakMap<object, Spell[]>();
  /** The last file's edges, in the order written (by id), and the edges of the file being written. */
  private last: EdgeTexts = emptyTexts();
  private current: EdgeTexts = emptyTexts();
  /** Where the last file's edges are read up to: edges come in id order, so one walk finds each. */
  private at = 0;
  private readonly nodes = new Map<string, { values: Record<string, unknown>; extra: string; text: string; used: number }>();
  private context: string | undefined;
  private nodeContext: string | undefined;
  private nodeFile = 0;

  /** Called as a file's edges start: texts made under another context are dropped, and those the last file did not use. */
  begin(context: string): void {
    this.last = context === this.context ? this.current : emptyTexts();
    this.current = emptyTexts();
    this.at = 0;
    this.context = context;
  }

  /**
   * The UTF-8 bytes of this edge, made from `render` unless the last file had
   * the same edge: the same attribute object under the same id, source and
   * target. Edges are asked for in id order (code units, as the writers sort
   * them), so the last file's edges are read in one walk beside them, with no
   * lookup per edge; an edge asked for out of order is only rendered again.
   */
  bytes(edge: CachedEdge, render: () => string): Uint8Array {
    const { edges, texts } = this.last;
    if (edges[this.at]?.attributes !== edge.attributes) while (this.at < edges.length && edges[this.at]!.id < edge.id) this.at += 1;
    const held = edges[this.at];
    let bytes: Uint8Array;
    if (held !== undefined && held.attributes === edge.attributes && held.id === edge.id && held.source === edge.source && held.target === edge.target) {
      bytes = texts[this.at]!;
      this.at += 1;
    } else {
      bytes = UTF8.encode(render());
    }
    this.current.edges.push(edge);
    this.current.texts.push(bytes);
    return bytes;
  }

  /** begin, for a file's nodes. */
  beginNodes(context: string): void {
    if (context !== this.nodeContext) this.nodes.clear();
    else for (const [key, entry] of this.nodes) if (entry.used !== this.nodeFile) this.nodes.delete(key);
    this.nodeContext = context;
    this.nodeFile += 1;
  }

  /**
   * A node's text, made again only when one of the values it is written
   * from differs from last time (compared one by one; lists item by item)
   * or `extra` (anything else it reads, as text) does. Node objects are new
   * in every export, and PageRank moves some nodes each time, so nodes are
   * compared rather than recognised.
   */
  nodeText(key: string, values: Record<string, unknown>, extra: string, render: () => string): string {
    const held = this.nodes.get(key);
    if (held !== undefined && held.extra === extra && sameValues(held.values, values)) {
      held.used = this.nodeFile;
      return held.text;
    }
    const text = render();
    this.nodes.set(key, { values: { ...values }, extra, text, used: this.nodeFile });
    return text;
  }
}

/** Same names, and each value the same (lists item by item; anything else by identity). */
export function sameValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const names = Object.keys(b);
  if (Object.keys(a).length !== names.length) return false;
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(a, name)) return false;
    const x = a[name];
    const y = b[name];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  }
  return true;
}

/** One cache per format that has edges. */
export interface RenderCaches {
  json: RenderCache;
  gexf: RenderCache;
  graphml: RenderCache;
  csv: RenderCache;
}

export function renderCaches(): RenderCaches {
  return { json: new RenderCache(), gexf: new RenderCache(), graphml: new RenderCache(), csv: new RenderCache() };
}
