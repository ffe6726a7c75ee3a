// Reads an article with the extractor in a module worker (article-worker.ts),
// so the page keeps drawing and answering while the model loads and the text
// is read. The worker starts with the first article and stays for the next.
import type { SerializedGraph } from 'graphology-types';
import type { DocumentEntry } from '../../src/export/documents.js';
import type { ArticleReply, ArticleRequest } from './article-protocol.js';

export interface ArticleGraph {
  graph: SerializedGraph;
  docId: string;
  /** The article's text and mentions, for the document view. */
  document: DocumentEntry;
}

interface Waiting {
  resolve: (result: ArticleGraph) => void;
  reject: (error: Error) => void;
  onStep: (step: 'model' | 'reading') => void;
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

/** Ends every job in progress with the same error, and drops the worker so the next article starts a fresh one. */
function fail(reason: string): void {
  worker?.terminate();
  worker = null;
  const jobs = [...waiting.values()];
  waiting.clear();
  for (const job of jobs) job.reject(new Error(reason));
}

function spawn(): Worker {
  const created = new Worker(new URL('./article-worker.ts', import.meta.url), { type: 'module', name: 'extractor' });
  created.addEventListener('message', (event: MessageEvent<ArticleReply>) => {
    const message = event.data;
    const job = waiting.get(message.id);
    if (job === undefined) return;
    if (message.kind === 'status') return job.onStep(message.step);
    waiting.delete(message.id);
    if (message.kind === 'done') job.resolve({ graph: message.graph, docId: message.docId, document: message.document });
    else job.reject(new Error(message.message));
  });
  created.addEventListener('error', (event) => {
    event.preventDefault();
    fail(`the article reader stopped: ${event.message || 'it could not be loaded'}`);
  });
  created.addEventListener('messageerror', () => fail('the article reader sent a message the page could not read'));
  return created;
}

/** One article (text, Markdown or HTML, as a string or a file's bytes) to its graph. */
export function articleGraph(content: string | Uint8Array, name: string, onStep: Waiting['onStep']): Promise<ArticleGraph> {
  worker ??= spawn();
  const id = nextId++;
  const request: ArticleRequest = { id, content, name };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, onStep });
    // A file's bytes move to the worker; a pasted string is copied.
    (worker as Worker).postMessage(request, typeof content === 'string' ? [] : [content.buffer]);
  });
}
