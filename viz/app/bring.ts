// "Bring your own": paste or drop an article to add what it says to the
// graph, or open or drop a graph file to look at it instead. Everything
// runs in the browser (articles in a worker); every failure ends as a message in the panel.
import type { DocumentEntry } from '../../src/export/documents.js';
import { articleGraph } from './article.js';
import { byId } from './dom.js';
import { toGraph, type ViewGraph } from './load.js';

/** Longer pastes would hold the page for many seconds; the CLI takes big inputs. */
export const MAX_ARTICLE_CHARS = 1_000_000;

export interface BringActions {
  /** Adds an article's graph and its text (for the document view); returns what changed, for the message. */
  merge: (graph: ViewGraph, document: DocumentEntry) => string;
  replace: (graph: ViewGraph, name: string) => void;
  /** Whether the graph already holds this document. */
  hasDoc: (id: string) => boolean;
}

type PanelState = 'idle' | 'loading' | 'done' | 'error';

export function setUpBring(actions: BringActions): void {
  const panel = byId('bring');
  const text = byId<HTMLTextAreaElement>('article-text');
  const add = byId<HTMLButtonElement>('add-article');
  const graphInput = byId<HTMLInputElement>('graph-file');
  const articleInput = byId<HTMLInputElement>('article-file');
  const message = byId('bring-message');
  let busy = false;

  const show = (state: PanelState, words: string): void => {
    panel.dataset.state = state;
    message.textContent = words;
    message.classList.toggle('error', state === 'error');
  };

  /** Runs one job at a time, turning any failure into the panel's message. */
  const run = async (job: () => Promise<string>): Promise<void> => {
    if (busy) return;
    busy = true;
    add.disabled = true;
    show('loading', 'Working…');
    try {
      show('done', await job());
    } catch (error) {
      show('error', error instanceof Error ? error.message : String(error));
    } finally {
      busy = false;
      add.disabled = false;
    }
  };

  const addArticle = async (content: string | Uint8Array, name: string): Promise<string> => {
    const size = typeof content === 'string' ? content.length : content.byteLength;
    if (size > MAX_ARTICLE_CHARS) throw new Error(`${name} is too big for the page (${Math.round(size / 1000)} kB; up to ${MAX_ARTICLE_CHARS / 1000} kB). The command line reads longer articles.`);
    show('loading', 'Starting the article reader…');
    const { graph, docId, document } = await articleGraph(content, name, (step) =>
      show('loading', step === 'model' ? 'Loading the name model (about 4 MB, once)…' : 'Reading the article…'),
    );
    if (actions.hasDoc(docId)) return `${name} is already in the graph.`;
    return actions.merge(toGraph(graph, name), document);
  };

  const openFile = async (file: File): Promise<string> => {
    if (/\.(json|gexf)$/i.test(file.name)) {
      show('loading', `Opening ${file.name}…`);
      // The graph parsers load on first use, like the extractor.
      const { readGraphFile } = await import('./graph-file.js');
      const graph = await readGraphFile(file);
      actions.replace(graph, file.name);
      return `Opened ${file.name}: ${graph.order} entities, ${graph.size} links.`;
    }
    return addArticle(new Uint8Array(await file.arrayBuffer()), file.name);
  };

  add.addEventListener('click', () => void run(() => addArticle(text.value, 'the pasted article')));
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void run(() => addArticle(text.value, 'the pasted article'));
  });
  byId('open-graph').addEventListener('click', () => graphInput.click());
  byId('open-article').addEventListener('click', () => articleInput.click());
  for (const input of [graphInput, articleInput]) {
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (file !== undefined) void run(() => openFile(file));
    });
  }

  // Dropping anywhere on the page: a graph file replaces the graph, anything else is read as an article.
  document.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    document.body.classList.add('dropping');
  });
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) document.body.classList.remove('dropping');
  });
  document.addEventListener('drop', (event) => {
    document.body.classList.remove('dropping');
    const file = event.dataTransfer?.files[0];
    if (file === undefined) return;
    event.preventDefault();
    void run(() => openFile(file));
  });
}
