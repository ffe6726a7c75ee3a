// What the build and its extraction workers say to each other. Everything
// crosses by structured clone, so only plain data goes in these messages.
import type { Doc, Extraction } from '../types.js';

/** Given to each worker when it starts. */
export interface WorkerSettings {
  rulesOnly: boolean;
}

export interface ExtractRequest {
  index: number;
  doc: Doc;
}

export type ExtractReply = { index: number; extraction: Extraction } | { index: number; error: string };
