// Output files are written whole or not at all: a crash or a bad input in the
// middle of a build must never leave a half-written graph where a good one was.
import { close, closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync, writevSync } from 'node:fs';
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

export interface WriteChunksOptions {
  /**
   * Let the file being replaced go on another thread. Replacing a large file
   * frees all its pages at the rename (about 0.1 s for 30 MB here); holding
   * it open across the rename and closing it asynchronously moves that off
   * this thread. For a process that keeps running (`newsgraph watch`): one
   * that exits frees the pages at exit anyway.
   */
  releaseOldInBackground?: boolean;
}

/** Pieces of text, or bytes already encoded (UTF-8), written in the order given. */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>, options: WriteChunksOptions = {}): void {
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
    const old = options.releaseOldInBackground ? openQuietly(path) : undefined;
    renameSync(temporary, path);
    if (old !== undefined) close(old, () => undefined);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(temporary);
    throw cannotWrite(path, error);
  }
}

/** A read handle on `path`, or undefined when there is no such file (or it cannot be opened). */
function openQuietly(path: string): number | undefined {
  try {
    return openSync(path, 'r');
  } catch {
    return undefined;
  }
}

function bufferedWriter(fd: number): { write: (chunk: string | Uint8Array) => void; flush: () => void } {
  const buffer = Buffer.allocUnsafe(WRITE_AT);
  let used = 0;
  // Written by one writev: stretches of the buffer, and byte chunks as given
  // (not copied: a graph exported again hands over most of its file as
  // bytes from the last export, src/export/render-cache.ts).
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let textFrom = 0;
  const takeText = (): void => {
    if (used === textFrom) return;
    pending.push(buffer.subarray(textFrom, used));
    pendingBytes += used - textFrom;
    textFrom = used;
  };
  const flush = (): void => {
    takeText();
    writeAll(fd, pending);
    pending = [];
    pendingBytes = 0;
    used = 0;
    textFrom = 0;
  };
  return {
    write(chunk) {
      if (typeof chunk === 'string') {
        const room = chunk.length * MAX_BYTES_PER_UNIT;
        if (used + room > WRITE_AT) flush();
        if (room > WRITE_AT) writeBytes(fd, Buffer.from(chunk, 'utf8'));
        else used += buffer.write(chunk, used, 'utf8');
        return;
      }
      takeText();
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= WRITE_AT || pending.length >= MAX_PIECES) flush();
    },
    flush,
  };
}

/** Pieces per writev, under every system's IOV_MAX (1024 on Linux). */
const MAX_PIECES = 1000;

function writeAll(fd: number, pieces: Uint8Array[]): void {
  let at = 0;
  while (at < pieces.length) {
    let written = writevSync(fd, pieces.slice(at, at + MAX_PIECES));
    // A short write: skip the pieces done, and the done part of the next.
    while (at < pieces.length && written >= pieces[at]!.length) written -= pieces[at++]!.length;
    if (written > 0) pieces[at] = pieces[at]!.subarray(written);
  }
}

function writeBytes(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}
