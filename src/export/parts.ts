// A graph file in two parts, so that the edges, most of a corpus file and
// independent of where nodes are drawn, can be written while the layout is
// still running on another thread (src/corpus/write-around-layout.ts). The
// file is the node part followed by the edge part, byte for byte.
export interface FileParts {
  /** Everything up to the last node: reads node attributes, positions among them. */
  nodes: () => Iterable<string | Uint8Array>;
  /** The edges and the end of the file: reads no node attribute. */
  edges: () => Iterable<string | Uint8Array>;
}

/** The whole file, part after part. */
export function* wholeFile(parts: FileParts): Generator<string | Uint8Array, void, undefined> {
  yield* parts.nodes();
  yield* parts.edges();
}
