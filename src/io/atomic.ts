// Output files are written whole or not at all: a crash or a bad input in the
// middle of a build must never leave a half-written graph where a good one was.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { BadInputError } from '../errors.js';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    removeQuietly(temporary);
    throw cannotWrite(path, error);
  }
}

// What the system's refusals mean for someone choosing where output goes.
const REASONS: Readonly<Record<string, string>> = {
  EEXIST: 'a file stands where its folder should be',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'a folder of that name is in the way',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * A system error while writing `path` as a BadInputError naming the file and
 * the cause in words (the output folder given is what cannot be used), its
 * `code` kept for callers. Anything else (a renderer's own error) as it is.
 */
export function cannotWrite(path: string, error: unknown): unknown {
  const { code, syscall } = (error ?? {}) as { code?: unknown; syscall?: unknown };
  if (typeof code !== 'string' || typeof syscall !== 'string') return error;
  const wrapped = new BadInputError(`cannot write ${path}: ${REASONS[code] ?? `${syscall} failed with ${code}`}`, { cause: error });
  return Object.assign(wrapped, { code });
}

/** Removes a temporary file if it is there; a path that cannot even be looked at holds none. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // ENOTDIR and the like: nothing was written there.
  }
}

// The same guarantee for a file that comes in pieces. A corpus graph's export
// is tens of megabytes per format; written as it is rendered, it is never
// held whole in memory.

/**
 * Bytes gathered before each write: few system calls, little held. Each
 * piece of text is encoded straight into this buffer: gathering the text
 * first and encoding it whole made V8 flatten the joined pieces into one more
 * copy, about half a second of a 946-article build.
 */
const WRITE_AT = 1 << 22;
/** UTF-8 needs at most three bytes per UTF-16 code unit (a surrogate pair takes four for two). */
const MAX_BYTES_PER_UNIT = 3;

/** Pieces of text, or bytes already encoded (UTF-8), written in the order given. */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(temporary, 'w');
    const out = bufferedWriter(fd);
    for (const chunk of chunks) out.write(chunk);
    out.flush();
    const done = fd;
    fd = undefined;
    closeSync(done);
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(temporary);
    throw cannotWrite(path, error);
  }
}

function bufferedWriter(fd: number): { write: (chunk: string | Uint8Array) => void; flush: () => void } {
  const buffer = Buffer.allocUnsafe(WRITE_AT);
  let used = 0;
  const flush = (): void => {
    writeBytes(fd, buffer.subarray(0, used));
    used = 0;
  };
  return {
    write(chunk) {
      const room = typeof chunk === 'string' ? chunk.length * MAX_BYTES_PER_UNIT : chunk.length;
      if (used + room > WRITE_AT) flush();
      if (room > WRITE_AT) writeBytes(fd, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      else if (typeof chunk === 'string') used += buffer.write(chunk, used, 'utf8');
      else {
        buffer.set(chunk, used);
        used += chunk.length;
      }
    },
    flush,
  };
}

function writeBytes(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}
