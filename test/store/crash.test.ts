import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addExtractions, openStore } from '../../src/store/index.js';
import { runCli } from '../cli/cli.js';
import { article, snapshot, tempDir } from './fixtures.js';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Starts the child's add and resolves once it is stopped mid-transaction. */
function startInterruptedAdd(store: string): Promise<ReturnType<typeof spawn>> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, store], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('writing')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`the child ended (code ${code}) before writing:\n${stderr}`)));
  });
}

describe('a store after a crash', () => {
  it('opens and exports as before when an add is killed mid-transaction', async () => {
    const dir = tempDir();
    const path = join(dir, 'store.db');
    const store = openStore(path, { create: true });
    addExtractions(store, [article(1), article(2), article(3)]);
    const before = snapshot(store);
    store.close();
    const exported = await runCli(['export', path, '--out', join(dir, 'before')]);
    expect(exported.code, exported.stderr).toBe(0);
    const fileBefore = digest(path);

    const child = await startInterruptedAdd(path);
    // The kill lands inside the write: the transaction's pages already in the write-ahead log (src/store/open.ts), uncommitted.
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    expect(digest(path)).toBe(fileBefore);
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const reopened = openStore(path);
    expect(snapshot(reopened)).toBe(before);
    reopened.close();
    const again = await runCli(['export', path, '--out', join(dir, 'after')]);
    expect(again.code, again.stderr).toBe(0);
    const files = readdirSync(join(dir, 'before')).sort();
    // graph.json, documents.json, graph.gexf, graph.graphml, nodes.csv, edges.csv
    expect(files).toHaveLength(6);
    for (const file of files) expect(readFileSync(join(dir, 'after', file)).equals(readFileSync(join(dir, 'before', file))), file).toBe(true);
  }, 60_000);
});
