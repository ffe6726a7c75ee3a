// A file's bytes in pieces, for copying a large part-written file into
// another (src/corpus/write-around-layout.ts) without holding it whole.
import { closeSync, openSync, readSync } from 'node:fs';

const PIECE = 1 << 20;

export function* filePieces(path: string): Generator<Uint8Array, void, undefined> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(PIECE);
      const read = readSync(fd, buffer, 0, PIECE, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}
