// Runs the extractor in the page: an article's text in, a graph of what it
// says out. Loaded on demand (with linkedom and the model) the first time a
// reader brings an article, so the explorer itself stays small.
import modelUrl from '../../models/ner/model.json?url';
import { buildGraph, type NewsGraph } from '../../src/graph/build.js';
import { formatFromPath } from '../../src/ingest/detect-format.js';
import { ingest } from '../../src/ingest/index.js';
import type { Recogniser } from '../../src/mentions/index.js';
import { modelRecogniser } from '../../src/mentions/finders/model.js';
import { loadModel } from '../../src/ner/model-format.js';
import { extract } from '../../src/pipeline.js';

let recogniser: Promise<Recogniser> | null = null;
let loaded = false;

/** Whether the next article skips the model download. */
export function modelLoaded(): boolean {
  return loaded;
}

/** Fetches the trained recogniser once; a failed fetch is retried next time. */
export function loadRecogniser(): Promise<Recogniser> {
  recogniser ??= (async () => {
    const response = await fetch(modelUrl, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`could not fetch the name model: HTTP ${response.status}`);
    const model = modelRecogniser(loadModel(await response.text()));
    loaded = true;
    return model;
  })();
  recogniser.catch(() => {
    recogniser = null;
  });
  return recogniser;
}

export interface ArticleGraph {
  graph: NewsGraph;
  docId: string;
}

/** One article (text, Markdown or HTML, as a string or a file's bytes) to its graph. */
export async function articleGraph(content: string | Uint8Array, name: string): Promise<ArticleGraph> {
  // Ingest first: an empty or binary input is refused before the model is fetched.
  // The file name gives only the format: the id comes from the text, so two
  // different files that share a name stay two documents.
  const format = formatFromPath(name);
  const doc = ingest({ content, label: name, ...(format === undefined ? {} : { format }) });
  const extraction = extract(doc, { recogniser: await loadRecogniser() });
  return { graph: buildGraph([extraction]), docId: doc.id };
}
