// What the build and its export worker say to each other (structured clone,
// so plain data only).
import type { SerializedGraph } from 'graphology-types';
import type { ExportFormat } from '../export/formats.js';
import type { GexfVersion } from '../export/gexf-version.js';

/** Given to the export worker when it starts. */
export interface ExportJob {
  /** graph.export() of the graph to write. */
  graph: SerializedGraph;
  outDir: string;
  formats: ExportFormat[];
  gexfVersion: GexfVersion;
}

export interface ExportReply {
  /** The paths written, by format. */
  written: Partial<Record<ExportFormat, string[]>>;
  /** The format the worker stopped at, and why (a NewsgraphError's name, to be raised again as one). */
  failed?: { format: ExportFormat; message: string; code?: string; name?: string };
}
