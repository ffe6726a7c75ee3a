// The details panel for the selected entity: what it is, where it appears,
// and each relation with the sentences that support it. All text from the
// graph goes in as text nodes. An evidence sentence is a button that opens
// its article (document-view.ts).
import type { EvidenceRequest } from './document-view.js';
import { byId, element, safeLink } from './dom.js';
import { markNames } from './highlight.js';
import { isoDay, type DocInfo, type EdgeData, type ViewGraph } from './load.js';
import { colorForType } from './look.js';
import { edgeLabel } from './renderer.js';
import { COOCCURS, type ViewState } from './state.js';
import { isEdgeVisible } from './visibility.js';

export interface DetailsActions {
  select: (node: string | null) => void;
  /** Opens the article of an evidence sentence; `opener` gets the focus back when it closes. */
  openEvidence: (request: EvidenceRequest, opener: HTMLElement) => void;
}

export function renderDetails(graph: ViewGraph, state: ViewState, actions: DetailsActions): void {
  const panel = byId('details');
  panel.replaceChildren();
  const node = state.selected;
  if (node === null || !graph.hasNode(node)) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  const a = graph.getNodeAttributes(node);
  const docs = new Map(graph.getAttribute('docs').map((doc) => [doc.id, doc]));

  const close = element('button', { text: '×', className: 'close', title: 'Close' });
  close.type = 'button';
  close.setAttribute('aria-label', 'Close details');
  close.addEventListener('click', () => actions.select(null));
  const swatch = element('span', { className: 'swatch' });
  swatch.style.background = colorForType(a.type);
  panel.append(element('header', {}, [element('h2', { text: a.label, className: 'entity-name' }), close]));
  panel.append(element('p', { className: 'entity-type' }, [swatch, a.type]));

  const facts = element('dl', { className: 'facts' });
  const fact = (term: string, value: string): void => void facts.append(element('dt', { text: term }), element('dd', { text: value }));
  const otherNames = a.aliases.filter((alias) => alias !== a.label);
  fact('Also called', otherNames.length > 0 ? otherNames.join(' · ') : '—');
  fact('Mentions', String(a.mentions));
  fact('Connections', String(a.degree));
  if (a.pagerank > 0) fact('PageRank', a.pagerank.toFixed(4));
  if (a.firstSeen !== null && a.lastSeen !== null) fact('Seen', span(a.firstSeen, a.lastSeen));
  panel.append(facts);

  if (a.docs.length > 0) {
    panel.append(element('h3', { text: `Documents (${a.docs.length})` }));
    panel.append(element('ul', { className: 'documents' }, a.docs.map((id) => element('li', {}, [documentLine(docs.get(id), id)]))));
  }

  const relations: string[] = [];
  const cooccurs: string[] = [];
  graph.forEachEdge(node, (edge, attributes) => {
    if (attributes.type === COOCCURS) cooccurs.push(edge);
    else if (isEdgeVisible(graph, edge, state)) relations.push(edge);
  });
  const byConfidence = (x: string, y: string): number => graph.getEdgeAttribute(y, 'confidence') - graph.getEdgeAttribute(x, 'confidence') || (x < y ? -1 : 1);
  relations.sort(byConfidence);

  panel.append(element('h3', { text: `Relations (${relations.length})` }));
  if (relations.length === 0) panel.append(element('p', { className: 'empty', text: 'No relation passes the filters.' }));
  const list = element('ol', { className: 'relations' });
  for (const edge of relations) list.append(relationItem(graph, edge, docs, actions));
  panel.append(list);

  if (cooccurs.length > 0) {
    const byWeight = (x: string, y: string): number => graph.getEdgeAttribute(y, 'weight') - graph.getEdgeAttribute(x, 'weight') || (x < y ? -1 : 1);
    const box = element('details', { className: 'cooccurs' }, [element('summary', { text: `Appears with (${cooccurs.length})` })]);
    const items = cooccurs.sort(byWeight).map((edge) => {
      const other = graph.opposite(node, edge);
      return element('li', {}, [nameButton(graph, other, actions), ` × ${graph.getEdgeAttribute(edge, 'weight')}`]);
    });
    box.append(element('ul', {}, items));
    panel.append(box);
  }
}

function relationItem(graph: ViewGraph, edge: string, docs: Map<string, DocInfo>, actions: DetailsActions): HTMLElement {
  const a: EdgeData = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const arrow = a.symmetric ? '—' : '→';
  const item = element('li', { className: a.negated ? 'relation negated' : 'relation' });
  item.append(
    element('p', { className: 'relation-line' }, [
      nameButton(graph, source, actions),
      ' ',
      element('span', { className: 'predicate', text: `${arrow} ${edgeLabel(a)} ${arrow}` }),
      ' ',
      nameButton(graph, target, actions),
    ]),
  );
  const flags = [a.type.replaceAll('_', ' '), `confidence ${a.confidence.toFixed(2)}`];
  if (a.negated) flags.push('denied');
  if (a.hedged) flags.push('hedged');
  if (a.method !== '') flags.push(a.method);
  if (a.firstSeen !== null && a.lastSeen !== null) flags.push(span(a.firstSeen, a.lastSeen));
  item.append(element('p', { className: 'relation-meta', text: flags.join(' · ') }));

  const names = [...graph.getNodeAttribute(source, 'aliases'), graph.getNodeAttribute(source, 'label'), ...graph.getNodeAttribute(target, 'aliases'), graph.getNodeAttribute(target, 'label')];
  const evidence = element('ul', { className: 'evidence' });
  for (const item of a.evidence) {
    const doc = docs.get(item.doc);
    const open = element('button', { className: 'evidence-open', title: 'Open the article, its names highlighted' });
    open.type = 'button';
    for (const piece of markNames(item.text, names)) open.append(piece.marked ? element('mark', { text: piece.text }) : document.createTextNode(piece.text));
    open.addEventListener('click', () =>
      actions.openEvidence({ doc: item.doc, sentence: item.text, start: item.start, end: item.end, names, title: doc?.title ?? null, date: item.date ?? isoDay(doc?.date) }, open),
    );
    const quote = element('blockquote', {}, [open]);
    const source: (Node | string)[] = [element('cite', { text: doc?.title ?? item.doc })];
    // The evidence's own date, else its article's (graphs built before evidence carried dates).
    const date = item.date ?? isoDay(doc?.date);
    if (date !== null) {
      const time = element('time', { text: date, className: 'evidence-date' });
      time.dateTime = date;
      source.push(' · ', time);
    }
    // Reported speech: whose claim this is, and on a report what was said.
    const said: Node[] = [];
    if (item.saidBy) {
      const speaker = graph.hasNode(item.saidBy) ? nameButton(graph, item.saidBy, actions) : element('span', { text: item.saidBy });
      said.push(element('p', { className: 'evidence-said-by' }, ['According to ', speaker]));
    }
    if (item.statement) said.push(element('p', { className: 'evidence-statement' }, ['Said: ', element('q', { text: item.statement })]));
    evidence.append(element('li', {}, [quote, ...said, element('p', { className: 'evidence-source' }, source)]));
  }
  item.append(evidence);
  return item;
}

/** One day, or first to last. */
function span(first: string, last: string): string {
  return first === last ? first : `${first} – ${last}`;
}

function nameButton(graph: ViewGraph, node: string, actions: DetailsActions): HTMLButtonElement {
  const button = element('button', { text: graph.getNodeAttribute(node, 'label'), className: 'name' });
  button.type = 'button';
  button.addEventListener('click', () => actions.select(node));
  return button;
}

function documentLine(doc: DocInfo | undefined, id: string): HTMLElement {
  if (doc === undefined) return element('span', { text: id });
  const details = [doc.source, doc.date].filter((part): part is string => part !== null && part !== '').join(' · ');
  return element('span', {}, [safeLink(doc.url, doc.title ?? id), details === '' ? '' : element('span', { className: 'muted', text: ` — ${details}` })]);
}
