import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGeneratedArticles } from '../corpus/articles.js';
import { createStatus } from '../../src/corpus/progress.js';
import { runCli } from './cli.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function folderOf(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-status-'));
  made.push(dir);
  const folder = join(dir, 'in');
  mkdirSync(folder);
  writeGeneratedArticles(folder, count);
  return dir;
}

/** What a terminal shows at the end: the text after the last carriage return of each line. */
const shown = (stderr: string) => stderr.split('\n').map((line) => line.split('\r').at(-1)!.trimEnd());

describe('status line', () => {
  it('draws nothing when not on a terminal, and each text over the last, padded, on one', () => {
    let off = '';
    createStatus((t) => (off += t), false).show('building');
    expect(off).toBe('');
    let on = '';
    const status = createStatus((t) => (on += t), true);
    status.show('building the graph');
    status.show('writing');
    status.clear();
    status.clear();
    expect(on).toBe(`\rbuilding the graph\rwriting${' '.repeat(11)}\r${' '.repeat(7)}\r`);
  });

  it('says what build and export are doing on a terminal, and leaves the terminal clean', async () => {
    const dir = folderOf(3);
    const built = await runCli(['build', join(dir, 'in'), '--out', join(dir, 'out'), '--rules-only'], { tty: true });
    expect(built.code).toBe(0);
    expect(built.stderr).toContain('building the graph of 3 articles');
    expect(built.stderr).toContain('laying out the graph and writing the files (');
    expect(shown(built.stderr)).toEqual(['']);
    // The same command off a terminal writes no status at all.
    const piped = await runCli(['build', join(dir, 'in'), '--out', join(dir, 'out2'), '--rules-only']);
    expect(piped.stderr).toBe('');
    expect(piped.stdout.split('\n').slice(1)).toEqual(built.stdout.replaceAll('/out/', '/out2/').split('\n').slice(1));

    const store = join(dir, 'store.db');
    expect((await runCli(['add', store, join(dir, 'in'), '--rules-only'])).code).toBe(0);
    const exported = await runCli(['export', store, '--out', join(dir, 'exported')], { tty: true });
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/reading the store.*building the graph of 3 articles.*the files \(/s);
    expect(shown(exported.stderr)).toEqual(['']);
  });

  it('clears its line before an error is printed', async () => {
    const dir = folderOf(1);
    const store = join(dir, 'store.db');
    expect((await runCli(['add', store, join(dir, 'in'), '--rules-only'])).code).toBe(0);
    expect((await runCli(['remove', store, 'article-01'])).code).toBe(0);
    const ran = await runCli(['export', store, '--out', join(dir, 'out')], { tty: true });
    expect(ran.code).not.toBe(0);
    expect(ran.stderr).toContain('reading the store');
    expect(shown(ran.stderr)[0]).toMatch(/^newsgraph export: .*holds no articles/);
  });
});
