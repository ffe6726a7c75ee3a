// Node-only: what changed in a folder of articles since the last look. A look
// lists the article files under the folder (the walk `add` reads a folder
// with, folderFiles) with their size and modification time;
// comparing two looks gives the files that came or changed and those that
// went. Only a listing: reading and extracting is the caller's.
import { folderFiles } from '../io/read-inputs.js';

/** Each article file's path with its size and modification time, as one string. */
export type FolderLook = Map<string, string>;

export function lookAt(folders: readonly string[]): FolderLook {
  const look: FolderLook = new Map();
  const visited = new Set<string>();
  for (const folder of folders) {
    for (const { path, info, article } of folderFiles(folder, visited)) if (article && info !== undefined) look.set(path, `${info.size}:${info.mtimeMs}`);
  }
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

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
