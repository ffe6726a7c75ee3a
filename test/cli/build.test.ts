import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const temp = () => mkdtempSync(join(tmpdir(), 'newsgraph-'));

describe('newsgraph build', () => {
  it('builds the seeds into every format, byte-identical twice', async () => {
    const [a, b] = [temp(), temp()];
    const first = await runCli(['build', SEEDS, '--out', a]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/1 article, \d+ entities, \d+ relations/);
    await runCli(['build', SEEDS, '--out', b]);
    const files = readdirSync(a).sort();
    expect(files).toEqual(['documents.json', 'edges.csv', 'graph.gexf', 'graph.graphml', 'graph.json', 'nodes.csv']);
    for (const file of files) expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
  });

  it('writes only the formats asked for', async () => {
    const out = temp();
    const ran = await runCli(['build', SEEDS, '--out', out, '--format', 'json,gexf']);
    expect(ran.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['documents.json', 'graph.gexf', 'graph.json']);
  });

  it('names an output that cannot be written, in words, and leaves what was there', async () => {
    const dir = temp();
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'in the way');
    const onFile = await runCli(['build', SEEDS, '--out', blocker]);
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).toBe(`newsgraph build: cannot write ${join(blocker, 'graph.json')}: a file stands where its folder should be\n`);
    expect(readFileSync(blocker, 'utf8')).toBe('in the way');
    const out = join(dir, 'out');
    mkdirSync(join(out, 'graph.gexf'), { recursive: true });
    const folderInTheWay = await runCli(['build', SEEDS, '--out', out]);
    expect(folderInTheWay.code).toBe(1);
    expect(folderInTheWay.stderr).toContain(`cannot write ${join(out, 'graph.gexf')}: a folder of that name is in the way`);
    expect(folderInTheWay.stderr).not.toContain('internal error');
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reads standard input', async () => {
    const out = temp();
    const ran = await runCli(['build', '-', '--out', out, '--format', 'json'], { stdin: 'Ryan Dillon told CNN that the talks failed.' });
    expect(ran.code, ran.stderr).toBe(0);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(graph.nodes.map((n: { key: string }) => n.key)).toContain('person:ryan-dillon');
  });

  it.each([
    ['an empty file', '', /is empty/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /binary/],
    ['invalid UTF-8', Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x21]), /UTF-8/],
  ])('refuses %s with exit 1, naming the file, and leaves earlier output intact', async (_name, content, message) => {
    const dir = temp();
    const out = join(dir, 'out');
    expect((await runCli(['build', SEEDS, '--out', out])).code).toBe(0);
    const before = readFileSync(join(out, 'graph.json'));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, content);
    const ran = await runCli(['build', bad, '--out', out]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('bad.txt');
    expect(ran.stderr).toMatch(message);
    expect(readFileSync(join(out, 'graph.json')).equals(before)).toBe(true);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a 50 MB text quickly without reading it whole', async () => {
    const dir = temp();
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'news '));
    const ran = await runCli(['build', big, '--out', join(dir, 'out')]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/big\.txt.*(MB|bytes)/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('builds a folder of mixed files, skipping what it cannot read and saying why', async () => {
    const dir = temp();
    const input = join(dir, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), 'Ryan Dillon told CNN that the talks failed.');
    writeFileSync(join(input, 'b.html'), '<html><body><script>alert(1)</script><article><p>The Houthis, who are supported by Iran, fired rockets at Riyadh on Monday.</p></article></body></html>');
    writeFileSync(join(input, 'empty.md'), '');
    writeFileSync(join(input, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
    const ran = await runCli(['build', input, '--out', join(dir, 'out'), '--format', 'json']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(/2 articles/);
    expect(ran.stderr).toMatch(/skipped .*empty\.md: .*empty/);
    expect(ran.stderr).toMatch(/skipped .*image\.png/);
    const graph = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8'));
    const keys = graph.nodes.map((n: { key: string }) => n.key);
    expect(keys).toEqual(expect.arrayContaining(['person:ryan-dillon', 'group:houthis', 'place:iran']));
    expect(JSON.stringify(graph)).not.toContain('alert(1)');
  });

  it('exits 1 on a missing file and 2 on usage errors', async () => {
    expect((await runCli(['build', '/nonexistent/article.txt'])).code).toBe(1);
    expect((await runCli(['build'])).code).toBe(2);
    expect((await runCli(['build', SEEDS, '--format', 'pdf'])).code).toBe(2);
    expect((await runCli(['build', SEEDS, '--bogus'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('explains every decision with --verbose', async () => {
    const ran = await runCli(['build', SEEDS, '--out', temp(), '--format', 'json', '--verbose']);
    expect(ran.stderr).toMatch(/\[resolve\] transliteration: "al-Tanf" → "At Tanf"/);
    expect(ran.stderr).toMatch(/\[ingest\] boilerplate .*disclaimer/);
    expect(ran.stderr).toMatch(/\[relations\] pattern:passive-by: organisation:pentagon -\[supports/);
  });
});

describe('newsgraph extract', () => {
  it('prints mentions, entities and relations as JSON', async () => {
    const ran = await runCli(['extract', join(SEEDS, '000_c61f085763ff7fbd.txt')]);
    expect(ran.code, ran.stderr).toBe(0);
    const out = JSON.parse(ran.stdout);
    expect(Object.keys(out)).toEqual(['doc', 'sentences', 'mentions', 'entities', 'relations']);
    expect(out.doc.meta.author).toBe('Marko Marjanović');
    expect(out.relations.some((r: { type: string; hedged?: boolean }) => r.type === 'opposes' && r.hedged)).toBe(true);
  });

  it('wants exactly one file', async () => {
    expect((await runCli(['extract'])).code).toBe(2);
  });
});
