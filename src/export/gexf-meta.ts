// What GEXF can hold of the graph's own attributes. It has no graph-level
// attribute values, so the documents go where a Gephi user looks for them:
// a readable summary in <meta>, their tags as <meta> keywords, and each
// document's metadata as attributes of its `document:` node.
import { compareStrings } from './canonical.js';
import type { ExportGraph } from './graph-type.js';
import type { GraphDocInfo } from '../types.js';

export const GEXF_CREATOR = 'newsgraph';

export function graphDocs(graph: ExportGraph): GraphDocInfo[] {
  const docs: unknown = graph.getAttribute('docs');
  return Array.isArray(docs) ? (docs as GraphDocInfo[]) : [];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function docLine(doc: GraphDocInfo): string {
  const details = [doc.author, doc.outlet, doc.source && doc.source !== doc.outlet ? `from ${doc.source}` : null, doc.date, doc.url]
    .filter((part): part is string => typeof part === 'string' && part !== '');
  const title = doc.title ? ` "${doc.title}"` : '';
  return `- ${doc.id}${title}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

/** One summary line, then one line per document, sorted by id. */
export function gexfDescription(graph: ExportGraph): string {
  const docs = [...graphDocs(graph)].sort((a, b) => compareStrings(String(a.id), String(b.id)));
  const schema = graph.getAttribute('schemaVersion');
  const summary =
    `Knowledge graph built by newsgraph${schema === undefined ? '' : ` (graph schema version ${String(schema)})`}: ` +
    `${plural(graph.order, 'node')}, ${plural(graph.size, 'edge')}, from ${plural(docs.length, 'document')}.`;
  return [summary, ...docs.map(docLine)].join('\n');
}

/** Every document tag, once, sorted; null when there are none. */
export function gexfKeywords(graph: ExportGraph): string | null {
  const tags = new Set(graphDocs(graph).flatMap((doc) => (Array.isArray(doc.tags) ? doc.tags : [])));
  return tags.size > 0 ? [...tags].sort(compareStrings).join(', ') : null;
}

export const DOCUMENT_NODE_PREFIX = 'document:';

/** The attributes added to document nodes, in this order. */
export const DOC_NODE_ATTRIBUTES = [
  'doc_id', 'doc_title', 'doc_author', 'doc_date', 'doc_outlet', 'doc_source', 'doc_url', 'doc_tags',
] as const;

/**
 * The document's metadata for its node: the node `document:<id>`, or a
 * document node whose `docs` names exactly one document.
 */
export function documentNodeAttributes(
  key: string,
  attributes: { type?: unknown; docs?: unknown },
  docsById: ReadonlyMap<string, GraphDocInfo>,
): Record<string, unknown> {
  if (attributes.type !== 'document') return {};
  const ownDocs = Array.isArray(attributes.docs) ? attributes.docs : [];
  const id = key.startsWith(DOCUMENT_NODE_PREFIX) && docsById.has(key.slice(DOCUMENT_NODE_PREFIX.length))
    ? key.slice(DOCUMENT_NODE_PREFIX.length)
    : ownDocs.length === 1 ? String(ownDocs[0]) : undefined;
  const doc = id === undefined ? undefined : docsById.get(id);
  if (!doc) return {};
  return {
    doc_id: doc.id,
    doc_title: doc.title,
    doc_author: doc.author,
    doc_date: doc.date,
    doc_outlet: doc.outlet,
    doc_source: doc.source,
    doc_url: doc.url,
    doc_tags: Array.isArray(doc.tags) ? doc.tags : undefined,
  };
}
