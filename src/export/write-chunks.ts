// Node-only: writeFileAtomic (src/io/atomic.ts) for a file that comes in
// pieces. A corpus graph's export is tens of megabytes per format (hundreds
// for thousands of articles); written as it is rendered, the file is never
// held whole in memory. Same guarantee: the pieces go to a temporary file
// beside the target, which is renamed over it only once all are written, so
// a failure leaves the old file (or none), never half of a new one.
// (Belongs beside writeFileAtomic in src/io/atomic.ts; kept here until it moves.)
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Text gathered before each write: few system calls, little held. */
const WRITE_AT = 1 << 20;

export function writeChunksAtomic(path: string, chunks: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= WRITE_AT) {
        writeText(fd, pending);
        pending = '';
      }
    }
    writeText(fd, pending);
    const done = fd;
    fd = undefined;
    closeSync(done);
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

function writeText(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}
