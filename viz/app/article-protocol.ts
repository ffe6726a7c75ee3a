// The messages between the page and the extractor worker (article-worker.ts).
import type { SerializedGraph } from 'graphology-types';
import type { DocumentEntry } from '../../src/export/documents.js';

export interface ArticleRequest {
  id: number;
  /** Text, Markdown or HTML, as a string or a file's bytes. */
  content: string | Uint8Array;
  /** The file name (or a description of a paste): it gives only the format. */
  name: string;
}

export type ArticleReply =
  /** The model is about to be fetched (the first article only), or the text is being read. */
  | { id: number; kind: 'status'; step: 'model' | 'reading' }
  /** `document`: the article's text and mentions, as documents.json holds them, for the document view. */
  | { id: number; kind: 'done'; graph: SerializedGraph; docId: string; document: DocumentEntry }
  | { id: number; kind: 'error'; message: string };
