// Node-only: what changed in a folder of articles since the last look. A look
// lists the article files under the folder (as `add` reads a folder: hidden
// names skipped, subfolders walked) with their size and modification time;
// comparing two looks gives the files that came or changed and those that
// went. Only a listing: reading and extracting is the caller's.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_EXTENSIONS } from '../io/read-inputs.js';
import { extensionOf } from '../ingest/detect-format.js';

/** Each article file's path with its size and modification time, as one string. */
export type FolderLook = Map<string, string>;

export function lookAt(folders: readonly string[]): FolderLook {
  const look: FolderLook = new Map();
  const visited = new Set<string>();
  for (const folder of folders) walk(folder, look, visited);
  return look;
}

export interface FolderChanges {
  /** New files and files whose size or time changed, in path order. */
  changed: string[];
  /** Files in the earlier look and not in this one, in path order. */
  gone: string[];
}

export function compareLooks(before: FolderLook, now: FolderLook): FolderChanges {
  const changed = [...now].filter(([path, stamp]) => before.get(path) !== stamp).map(([path]) => path);
  const gone = [...before.keys()].filter((path) => !now.has(path));
  return { changed: changed.sort(byCodeUnits), gone: gone.sort(byCodeUnits) };
}

function walk(folder: string, look: FolderLook, visited: Set<string>): void {
  let real: string;
  let names: string[];
  try {
    // A symbolic link back up the tree must not send the walk round forever.
    real = realpathSync(folder);
    if (visited.has(real)) return;
    visited.add(real);
    names = readdirSync(folder);
  } catch {
    return; // gone or unreadable since the last look: its files count as gone
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(folder, name);
    let info;
    try {
      info = statSync(path);
    } catch {
      continue;
    }
    if (info.isDirectory()) walk(path, look, visited);
    else if (ARTICLE_EXTENSIONS.includes(extensionOf(name))) look.set(path, `${info.size}:${info.mtimeMs}`);
  }
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
