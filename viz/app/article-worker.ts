// The extractor, off the page's thread: an article's text in, the graph of
// what it says out (as graphology's serialized form). The name model is
// fetched the first time an article gets past ingest, and kept for the next.
// Every failure goes back as a message the panel can show.
import modelUrl from '../../models/ner/model.json?url';
import { documentEntry } from '../../src/export/documents.js';
import { buildGraph } from '../../src/graph/build.js';
import { formatFromPath } from '../../src/ingest/detect-format.js';
import { ingest } from '../../src/ingest/index.js';
import type { Recogniser } from '../../src/mentions/index.js';
import { modelRecogniser } from '../../src/mentions/finders/model.js';
import { loadModel } from '../../src/ner/model-format.js';
import { extract } from '../../src/pipeline.js';
import type { ArticleReply, ArticleRequest } from './article-protocol.js';

let recogniser: Promise<Recogniser> | null = null;

/** Fetches the trained recogniser once; a failed fetch is tried again with the next article. */
function loadRecogniser(): Promise<Recogniser> {
  recogniser ??= (async () => {
    const url = new URL(modelUrl, self.location.href);
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'same-origin' });
    } catch (error) {
      throw new Error(`could not fetch the name model: ${(error as Error).message}`);
    }
    if (!response.ok) throw new Error(`could not fetch the name model: HTTP ${response.status}`);
    return modelRecogniser(loadModel(await response.text()));
  })();
  recogniser.catch(() => {
    recogniser = null;
  });
  return recogniser;
}

const reply = (message: ArticleReply): void => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ArticleRequest>) => {
  const { id, content, name } = event.data;
  void (async () => {
    try {
      // Ingest first: an empty or binary input is refused before the model is fetched.
      // The file name gives only the format: the id comes from the text, so two
      // different files that share a name stay two documents.
      const format = formatFromPath(name);
      const doc = ingest({ content, label: name, ...(format === undefined ? {} : { format }) });
      reply({ id, kind: 'status', step: recogniser === null ? 'model' : 'reading' });
      const extraction = extract(doc, { recogniser: await loadRecogniser() });
      // One article: its keys are the graph's own, no merge across articles to map them through.
      reply({ id, kind: 'done', graph: buildGraph([extraction]).export(), docId: doc.id, document: documentEntry(extraction) });
    } catch (error) {
      reply({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
