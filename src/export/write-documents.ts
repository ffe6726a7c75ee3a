// Node-only: writes documents.json beside graph.json, whole or not at all.
// Kept apart from ./write.ts because the texts come from the extractions,
// not from the graph that writeExports renders.
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { DOCUMENTS_FILE, toDocumentsJSON, type DocumentsFile } from './documents.js';
import type { ExportFormat } from './formats.js';

/** documents.json goes with graph.json: the viewer reads them together. */
export function wantsDocuments(formats: readonly ExportFormat[]): boolean {
  return formats.includes('json');
}

/** Writes `outDir`/documents.json and returns its path. */
export function writeDocuments(outDir: string, file: DocumentsFile): string {
  const path = join(outDir, DOCUMENTS_FILE);
  writeFileAtomic(path, toDocumentsJSON(file));
  return path;
}

/** Writes documents.json and lists it right after graph.json in `written` (the paths a command prints). */
export function addDocuments(written: string[], outDir: string, file: DocumentsFile): void {
  const path = writeDocuments(outDir, file);
  const graph = written.indexOf(join(outDir, 'graph.json'));
  written.splice(graph === -1 ? written.length : graph + 1, 0, path);
}
