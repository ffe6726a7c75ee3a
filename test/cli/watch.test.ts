import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../store/fixtures.js';
import { articleText, writeGeneratedArticles } from '../corpus/articles.js';
import { runCli } from './cli.js';

function expectSameFiles(a: string, b: string): void {
  const files = readdirSync(b).sort();
  expect(readdirSync(a).sort()).toEqual(files);
  for (const file of files) expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
}

function folderOf(count: number): { dir: string; folder: string } {
  const dir = tempDir();
  const folder = join(dir, 'in');
  mkdirSync(folder);
  writeGeneratedArticles(folder, count);
  return { dir, folder };
}

describe('newsgraph watch --once', () => {
  it('adds the folder to the store and writes what "export" writes', async () => {
    const { dir, folder } = folderOf(5);
    const store = join(dir, 'store.db');
    const ran = await runCli(['watch', store, folder, '--once', '--rules-only', '--out', join(dir, 'live')]);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(/^newsgraph watch: 5 added, 0 replaced, 0 removed; 5 articles, \d+ entities, \d+ relations; written in/);
    expect(ran.stdout).toContain(join(dir, 'live', 'graph.json'));
    expect((await runCli(['export', store, '--out', join(dir, 'export')])).code).toBe(0);
    expectSameFiles(join(dir, 'live'), join(dir, 'export'));
    // Again: the store holds them all; nothing is added, the files come out the same.
    const again = await runCli(['watch', store, folder, '--once', '--rules-only', '--out', join(dir, 'again')]);
    expect(again.stdout).toMatch(/^newsgraph watch: 0 added/);
    expectSameFiles(join(dir, 'again'), join(dir, 'export'));
  });

  it('skips files that are not articles, naming each and why, and adds the rest', async () => {
    const { dir, folder } = folderOf(2);
    writeFileSync(join(folder, 'empty.txt'), '   \n');
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    // A name with a terminal escape in it is named without it.
    writeFileSync(join(folder, 'evil\u001b[31mred.txt'), Buffer.from([0, 0, 0, 0]));
    const ran = await runCli(['watch', join(dir, 'store.db'), folder, '--once', '--rules-only', '--out', join(dir, 'out')]);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stderr).toMatch(/skipped .*binary\.txt: .*binary/);
    expect(ran.stderr).toMatch(/skipped .*empty\.txt: .*empty/);
    expect(ran.stderr).toMatch(/skipped .*evil\[31mred\.txt/);
    expect(ran.stderr).not.toContain('\u001b');
    expect(ran.stdout).toMatch(/^newsgraph watch: 2 added, 0 replaced, 0 removed, 3 skipped; 2 articles/);
  });

  it('fails with a clear message when there is nothing to export, and on bad options', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    const nothing = await runCli(['watch', join(dir, 'store.db'), join(dir, 'empty'), '--once', '--out', join(dir, 'out')]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/newsgraph watch: .*store\.db: holds no articles/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    // The store it made for nothing is not left behind.
    expect(existsSync(join(dir, 'store.db'))).toBe(false);
    const interval = await runCli(['watch', join(dir, 'store.db'), join(dir, 'empty'), '--interval', 'soon']);
    expect(interval.code).toBe(2);
    expect(interval.stderr).toContain('--interval: expected seconds between 0.1 and 3600, got "soon"');
    expect((await runCli(['watch', join(dir, 'store.db')])).code).toBe(2);
    const missing = await runCli(['watch', join(dir, 'store.db'), join(dir, 'no-such-folder'), '--once']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`${join(dir, 'no-such-folder')}: no such folder`);
    writeFileSync(join(dir, 'article.txt'), articleText(3));
    const file = await runCli(['watch', join(dir, 'store.db'), join(dir, 'article.txt'), '--once']);
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('is not a folder');
    expect(existsSync(join(dir, 'store.db'))).toBe(false);
  });
});

describe('newsgraph watch', () => {
  const main = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

  it('follows files as they come and go, writing the graph again each time, and stops cleanly on SIGINT', async () => {
    const { dir, folder } = folderOf(3);
    const store = join(dir, 'store.db');
    const out = join(dir, 'live');
    const child = spawn(process.execPath, [main, 'watch', store, folder, '--rules-only', '--interval', '2', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    const waitFor = async (pattern: RegExp) => {
      const until = Date.now() + 20_000;
      while (!pattern.test(stdout)) {
        if (Date.now() > until) throw new Error(`waited for ${pattern}; stdout:\n${stdout}\nstderr:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    try {
      await waitFor(/3 articles/);
      writeFileSync(join(folder, 'late.txt'), articleText(17));
      await waitFor(/1 added, 0 replaced, 0 removed; 4 articles/);
      rmSync(join(folder, 'article-01.txt'));
      await waitFor(/0 added, 0 replaced, 1 removed; 3 articles/);
      copyFileSync(join(folder, 'late.txt'), join(folder, 'late-copy.txt'));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
    // Whatever the last update saw, the files are those "export" writes from the store now.
    expect((await runCli(['export', store, '--out', join(dir, 'export')])).code).toBe(0);
    expectSameFiles(out, join(dir, 'export'));
  }, 60_000);
});
