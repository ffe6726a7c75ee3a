// Output files are written whole or not at all: a crash or a bad input in the
// middle of a build must never leave a half-written graph where a good one was.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

// The same guarantee for a file that comes in pieces. A corpus graph's export
// is tens of megabytes per format; written as it is rendered, it is never
// held whole in memory.

/** Text gathered before each write: few system calls, little held. */
const WRITE_AT = 1 << 20;

/** Pieces of text, or bytes already encoded (UTF-8), written in the order given. */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    let pending = '';
    for (const chunk of chunks) {
      if (typeof chunk !== 'string') {
        writeText(fd, pending);
        pending = '';
        writeBytes(fd, chunk);
        continue;
      }
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
  if (text !== '') writeBytes(fd, Buffer.from(text, 'utf8'));
}

function writeBytes(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}
