// The document view: an evidence sentence opens its whole article, every
// mention of an entity highlighted in its type's colour and the sentence
// itself emphasised and scrolled to. A highlighted name selects its entity.
// Article text goes in as text nodes only; without the text, the view says
// so and shows the sentence.
import { byId, element } from './dom.js';
import type { DocumentLibrary, DocumentText, MentionSpan } from './documents.js';
import { markNames } from './highlight.js';
import { colorForType } from './look.js';

/** What the reader clicked: one evidence item. */
export interface EvidenceRequest {
  doc: string;
  /** The sentence as the graph holds it. */
  sentence: string;
  /** Its offsets in the article's text, when the graph has them. */
  start: number | null;
  end: number | null;
  /** The relation's names, marked in the sentence when the text is not available. */
  names: string[];
  /** The title and date the graph gives the article, shown until (or without) the text. */
  title: string | null;
  date: string | null;
}

export interface DocumentViewActions {
  select: (key: string) => void;
  /** The entity's label and type when the graph has it, else null. */
  entity: (key: string) => { label: string; type: string } | null;
}

export interface DocumentView {
  open: (request: EvidenceRequest, opener: HTMLElement | null) => Promise<void>;
  close: () => void;
}

export function createDocumentView(library: DocumentLibrary, actions: DocumentViewActions): DocumentView {
  const panel = byId('document-view');
  let opener: HTMLElement | null = null;
  // Only the latest request draws: an earlier one may still be fetching.
  let latest = 0;

  const close = (): void => {
    if (panel.hidden) return;
    latest++;
    panel.hidden = true;
    panel.replaceChildren();
    delete panel.dataset.state;
    if (opener?.isConnected) opener.focus();
    opener = null;
  };
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
    }
  });

  const open = async (request: EvidenceRequest, from: HTMLElement | null): Promise<void> => {
    const ticket = ++latest;
    opener = from;
    panel.hidden = false;
    panel.dataset.state = 'loading';
    panel.replaceChildren(...header(request.title ?? request.doc, request.date, close), element('p', { className: 'muted', text: 'Loading the article…' }));
    const lookup = await library.get(request.doc);
    if (ticket !== latest) return;
    if (!lookup.found) {
      panel.dataset.state = 'unavailable';
      const quote = element('blockquote', { className: 'document-sentence' });
      for (const piece of markNames(request.sentence, request.names)) quote.append(piece.marked ? element('mark', { text: piece.text }) : document.createTextNode(piece.text));
      panel.replaceChildren(...header(request.title ?? request.doc, request.date, close), element('p', { className: 'document-unavailable', text: lookup.reason }), quote);
      focusPanel(panel);
      return;
    }
    const doc = lookup.document;
    const range = sentenceRange(doc.text, request);
    const body = element('div', { className: 'document-text' });
    const emphasis = renderText(body, doc, range, actions);
    panel.dataset.state = 'text';
    const parts: Node[] = [...header(doc.title ?? request.title ?? doc.id, doc.date ?? request.date, close)];
    if (range === null) parts.push(element('p', { className: 'document-unavailable', text: 'The sentence was not found in this text; it reads:' }), element('blockquote', { className: 'document-sentence', text: request.sentence }));
    parts.push(body);
    panel.replaceChildren(...parts);
    focusPanel(panel);
    emphasis?.scrollIntoView({ block: 'center' });
  };

  return { open, close };
}

/** The title and date (in the header, which stays in sight), and the close button. */
function header(title: string, date: string | null, close: () => void): Node[] {
  const button = element('button', { text: '×', className: 'close', title: 'Close (Escape)' });
  button.type = 'button';
  button.setAttribute('aria-label', 'Close the article');
  button.addEventListener('click', close);
  const heading = element('h2', { text: title, className: 'document-title' });
  heading.id = 'document-title';
  const titles: Node[] = [heading];
  if (date !== null && date !== '') {
    const time = element('time', { text: date, className: 'document-date' });
    time.dateTime = date;
    titles.push(element('p', { className: 'document-meta' }, [time]));
  }
  return [element('header', {}, [element('div', { className: 'document-titles' }, titles), button])];
}

/** The panel takes the focus (without scrolling), so Tab starts inside it and a screen reader reads it. */
function focusPanel(panel: HTMLElement): void {
  panel.focus({ preventScroll: true });
}

/**
 * Where the sentence is in the text: at its offsets when they slice it out,
 * else where it first occurs (a graph whose offsets are missing), else null.
 */
export function sentenceRange(text: string, request: Pick<EvidenceRequest, 'sentence' | 'start' | 'end'>): [number, number] | null {
  const { start, end, sentence } = request;
  if (start !== null && end !== null && text.slice(start, end) === sentence) return [start, end];
  if (sentence === '') return null;
  const at = text.indexOf(sentence);
  return at === -1 ? null : [at, at + sentence.length];
}

/**
 * Fills `body` with the text in three runs (before, the sentence, after),
 * each with its mentions as buttons, and returns the sentence's element.
 */
function renderText(body: HTMLElement, doc: DocumentText, range: [number, number] | null, actions: DocumentViewActions): HTMLElement | null {
  if (range === null) {
    appendRun(body, doc, 0, doc.text.length, actions);
    return null;
  }
  const [start, end] = range;
  const emphasis = element('strong', { className: 'document-evidence' });
  appendRun(body, doc, 0, start, actions);
  appendRun(emphasis, doc, start, end, actions);
  body.append(emphasis);
  appendRun(body, doc, end, doc.text.length, actions);
  return emphasis;
}

/** The text from `from` to `to`, a mention that crosses either end cut there. */
function appendRun(target: HTMLElement, doc: DocumentText, from: number, to: number, actions: DocumentViewActions): void {
  let at = from;
  for (const span of doc.mentions) {
    const start = Math.max(span[0], from);
    const end = Math.min(span[1], to);
    if (end <= start) continue;
    if (start > at) target.append(document.createTextNode(doc.text.slice(at, start)));
    target.append(mentionElement(doc.text.slice(start, end), span, actions));
    at = end;
  }
  if (to > at) target.append(document.createTextNode(doc.text.slice(at, to)));
}

function mentionElement(text: string, span: MentionSpan, actions: DocumentViewActions): HTMLElement {
  const key = span[2];
  const entity = actions.entity(key);
  const type = entity?.type ?? key.slice(0, Math.max(0, key.indexOf(':')));
  const color = colorForType(type);
  // A name the graph lacks (left out by a filter file, say) is marked but leads nowhere.
  const mark = entity === null ? element('mark', { text, className: 'mention' }) : element('button', { text, className: 'mention', title: `${entity.label} (${entity.type})` });
  mark.dataset.key = key;
  mark.dataset.type = type;
  // Opaque, so a name keeps its colour on the emphasised sentence's background too.
  mark.style.backgroundColor = tint(color, 0.22);
  mark.style.borderBottomColor = color;
  if (mark instanceof HTMLButtonElement) {
    mark.type = 'button';
    mark.addEventListener('click', () => actions.select(key));
  }
  return mark;
}

/** `hex` (#rrggbb) mixed with white, `share` of it kept. */
function tint(hex: string, share: number): string {
  const channel = (at: number): number => Math.round(255 - (255 - parseInt(hex.slice(at, at + 2), 16)) * share);
  return `rgb(${channel(1)}, ${channel(3)}, ${channel(5)})`;
}
