// SQLite's errors, said in terms of the store file. A user who points a
// command at the wrong file, a damaged one or one another command is writing
// gets a message naming the file and what to do, never a stack trace.
import { BadInputError, NewsgraphError } from '../errors.js';

const REASONS: ReadonlyArray<[prefix: string, reason: string]> = [
  ['SQLITE_NOTADB', 'is not a newsgraph store (not an SQLite database)'],
  ['SQLITE_CORRUPT', 'is damaged (SQLite reports corruption); restore it from a copy, or make a new store and add the articles again'],
  ['SQLITE_BUSY', 'is being written by another command; try again when it has finished'],
  ['SQLITE_LOCKED', 'is being written by another command; try again when it has finished'],
  ['SQLITE_READONLY', 'cannot be written (read-only file or folder)'],
  ['SQLITE_PERM', 'cannot be opened (no permission)'],
  ['SQLITE_CANTOPEN', 'cannot be opened (no permission, or its folder is missing)'],
  ['SQLITE_FULL', 'cannot be written: the disk is full'],
  ['SQLITE_IOERR', 'could not be read or written (input/output error)'],
];

/** The error to throw for `error`, raised while working on the store at `path`. */
export function storeFailure(path: string, error: unknown): unknown {
  if (error instanceof NewsgraphError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  const found = REASONS.find(([prefix]) => code.startsWith(prefix));
  if (!found) return error;
  return new BadInputError(`${path}: ${found[1]}`, { cause: error });
}

/** Runs `work`, turning SQLite's errors into ones that name the store. */
export function guarded<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw storeFailure(path, error);
  }
}
