// What the build and its extraction workers say to each other. Everything
// crosses by structured clone, so only plain data goes in these messages.
import type { Doc, Extraction, Mention } from '../types.js';
import type { SlimOptions } from './slim.js';

/** Given to each worker when it starts. */
export interface WorkerSettings {
  rulesOnly: boolean;
  /** Send back only what the graph reads (./slim.ts): less to copy across threads and to hold. */
  slim?: SlimOptions;
}

export interface ExtractRequest {
  index: number;
  doc: Doc;
}

export type ExtractReply = { index: number; extraction: Extraction } | { index: number; error: string };

/** The recogniser worker's answer (./split.ts): the trained model's mentions of one article. */
export type RecogniseReply = { index: number; mentions: Mention[] } | { index: number; error: string };
