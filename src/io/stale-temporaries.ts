// Temporary files left by a writer that was killed. Output files are written
// under a temporary name and renamed into place when whole (./atomic.ts), so
// a build stopped with Ctrl-C or killed leaves the old files intact, and
// beside them its half-written temporaries: hidden, and tens of megabytes
// each for a corpus. The next command that writes the same folder removes
// them, but only those of a process that is gone.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The file and process a temporary belongs to, from its name as atomic.ts
 * and write-around-layout.ts make it: `.<file>.<pid>.tmp`,
 * `.<file>.<pid>.edges.tmp`, and the latter's own `.<that>.<pid>.tmp`.
 */
export function ownerOf(name: string): { file: string; pid: number } | null {
  const edges = /^\.(.+)\.(\d+)\.edges\.tmp$/.exec(name);
  if (edges) return { file: edges[1]!, pid: Number(edges[2]) };
  const whole = /^\.(.+)\.(\d+)\.tmp$/.exec(name);
  if (!whole) return null;
  return ownerOf(whole[1]!) ?? { file: whole[1]!, pid: Number(whole[2]) };
}

/**
 * Removes from `folder` the temporaries of `files` (the file names a command
 * writes there) whose process no longer runs. Returns the names removed.
 * Anything it cannot read or remove is left: this is tidying, never a reason
 * to fail.
 */
export function removeStaleTemporaries(folder: string, files: Iterable<string>): string[] {
  const ours = new Set(files);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.sort()) {
    const owner = ownerOf(name);
    if (owner === null || !ours.has(owner.file) || isRunning(owner.pid)) continue;
    try {
      rmSync(join(folder, name), { force: true });
      removed.push(name);
    } catch {
      // Someone else's, or already gone.
    }
  }
  return removed;
}

/** Whether a process with this id runs (one we may not signal still counts). */
function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}
