// Node-only, as the store is a file: opens a store, creating it on demand,
// and checks that the file really is a newsgraph store of the version this
// code reads before anything else touches it.
import { mkdirSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { BadInputError, NotFoundError } from '../errors.js';
import { guarded } from './failure.js';
import { CREATE_TABLES, STORE_APPLICATION_ID, STORE_VERSION } from './schema.js';

export interface Store {
  readonly path: string;
  readonly db: Database.Database;
  close: () => void;
}

export interface OpenStoreOptions {
  /** Make the file (and its folder) when it does not exist: `add` does, `export` and `remove` do not. */
  create?: boolean;
}

/** How long a command waits for another one writing the same store before giving up. */
const BUSY_TIMEOUT_MS = 5000;

export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const info = statOrUndefined(path);
  if (info === undefined && !options.create) throw new NotFoundError(`${path}: no such store ("newsgraph add" makes one)`);
  if (info?.isDirectory()) throw new BadInputError(`${path}: is a folder, not a newsgraph store file`);
  if (info !== undefined && !info.isFile()) throw new BadInputError(`${path}: is not a regular file, so not a newsgraph store`);
  if (info === undefined) makeFolder(dirname(path), path);
  const db = guarded(path, () => new Database(path, { timeout: BUSY_TIMEOUT_MS }));
  try {
    guarded(path, () => prepare(db, path, options.create === true));
  } catch (error) {
    db.close();
    throw error;
  }
  return { path, db, close: () => db.close() };
}

// The first read of the header is what finds out a file that is not a database at all.
function prepare(db: Database.Database, path: string, create: boolean): void {
  if (create && isEmptyDatabase(db)) createTables(db);
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (applicationId === STORE_APPLICATION_ID) {
    if (version !== STORE_VERSION) {
      const advice = version > STORE_VERSION ? 'a newer newsgraph made it; upgrade newsgraph' : 'make a new store and add the articles again';
      throw new BadInputError(`${path}: is a newsgraph store of version ${version}, but this newsgraph reads version ${STORE_VERSION} (${advice})`);
    }
  } else if (isEmptyDatabase(db)) {
    throw new BadInputError(`${path}: is empty, not a newsgraph store ("newsgraph add" makes one)`);
  } else {
    throw new BadInputError(`${path}: is an SQLite database but not a newsgraph store`);
  }
  db.pragma('foreign_keys = ON');
  journalAhead(db);
}

/**
 * Commits that do not wait for the disk. With SQLite's default rollback
 * journal every commit synced the file to disk, and on a file system still
 * writing out the graph files just exported (120 MB for a 1,000-article
 * store) that took 0.12 s a commit, three commits to a `watch` update. In
 * write-ahead-log mode with synchronous=NORMAL a commit is still atomic and
 * survives the process crashing; only a power cut may undo the last ones.
 * Readers and a writer also stop blocking each other (`watch` beside `add`).
 * The mode is kept in the file; a store that cannot be written keeps its own.
 */
function journalAhead(db: Database.Database): void {
  try {
    if ((db.pragma('journal_mode', { simple: true }) as string) !== 'wal') db.pragma('journal_mode = WAL');
  } catch {
    return;
  }
  db.pragma('synchronous = NORMAL');
}

function isEmptyDatabase(db: Database.Database): boolean {
  const objects = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
  return objects === 0 && (db.pragma('application_id', { simple: true }) as number) === 0 && (db.pragma('user_version', { simple: true }) as number) === 0;
}

/**
 * Tables and header marks in one transaction, so a file is either a whole
 * store or untouched. Checked again under the write lock: two commands may
 * both have found the new file empty.
 */
function createTables(db: Database.Database): void {
  db.transaction(() => {
    if (!isEmptyDatabase(db)) return;
    for (const statement of CREATE_TABLES) db.exec(statement);
    db.pragma(`application_id = ${STORE_APPLICATION_ID}`);
    db.pragma(`user_version = ${STORE_VERSION}`);
  }).immediate();
}

function makeFolder(folder: string, path: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new BadInputError(`${path}: cannot make its folder ${folder} (${code ?? (error as Error).message})`, { cause: error });
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') throw new BadInputError(`${path}: a part of the path is a file, not a folder`, { cause: error });
    throw new BadInputError(`${path}: cannot be read (${code ?? (error as Error).message})`, { cause: error });
  }
}
