import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ownerOf, removeStaleTemporaries } from '../../src/io/stale-temporaries.js';
import { runCli } from '../cli/cli.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-stale-'));
  made.push(dir);
  return dir;
}

/** The id of a process that has run and ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('temporaries left by a killed writer', () => {
  it('are told by name: file and process', () => {
    expect(ownerOf('.graph.json.4242.tmp')).toEqual({ file: 'graph.json', pid: 4242 });
    expect(ownerOf('.graph.gexf.4242.edges.tmp')).toEqual({ file: 'graph.gexf', pid: 4242 });
    expect(ownerOf('..graph.gexf.4242.edges.tmp.4242.tmp')).toEqual({ file: 'graph.gexf', pid: 4242 });
    expect(ownerOf('graph.json')).toBeNull();
    expect(ownerOf('.graph.json.tmp')).toBeNull();
  });

  it('are removed when their process is gone, and only for the files named', () => {
    const dir = temp();
    const dead = deadPid();
    const names = [
      `.graph.json.${dead}.tmp`,
      `.graph.gexf.${dead}.edges.tmp`,
      `..graph.gexf.${dead}.edges.tmp.${dead}.tmp`,
      `.graph.json.${process.pid}.tmp`,
      `.notes.txt.${dead}.tmp`,
      'graph.json',
    ];
    for (const name of names) writeFileSync(join(dir, name), 'x');
    const removed = removeStaleTemporaries(dir, ['graph.json', 'graph.gexf']);
    expect(removed).toEqual([`..graph.gexf.${dead}.edges.tmp.${dead}.tmp`, `.graph.gexf.${dead}.edges.tmp`, `.graph.json.${dead}.tmp`]);
    expect(readdirSync(dir).sort()).toEqual([`.graph.json.${process.pid}.tmp`, `.notes.txt.${dead}.tmp`, 'graph.json']);
    expect(removeStaleTemporaries(join(dir, 'missing'), ['graph.json'])).toEqual([]);
  });

  it('are cleared by the next build into the folder', async () => {
    const dir = temp();
    const out = join(dir, 'out');
    const input = join(dir, 'a.txt');
    writeFileSync(input, 'Ryan Dillon, a spokesman for the coalition, spoke in Baghdad on Monday.\n');
    expect((await runCli(['build', input, '--out', out, '--rules-only'])).code).toBe(0);
    const stale = `.graph.json.${deadPid()}.tmp`;
    writeFileSync(join(out, stale), 'half a file');
    expect((await runCli(['build', input, '--out', out, '--rules-only'])).code).toBe(0);
    expect(readdirSync(out)).not.toContain(stale);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
