import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli.js';
import { writeGeneratedArticles } from './articles.js';

const temp = () => mkdtempSync(join(tmpdir(), 'newsgraph-corpus-'));

describe('newsgraph build --jobs', () => {
  it('writes byte-identical files with one job, two sharing each article and three taking whole ones, skipping a bad article', async () => {
    const dir = temp();
    const input = join(dir, 'in');
    mkdirSync(input);
    writeGeneratedArticles(input, 30);
    writeFileSync(join(input, 'article-15b.txt'), Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x21]));
    const one = await runCli(['build', input, '--out', join(dir, 'one'), '--jobs', '1']);
    const two = await runCli(['build', input, '--out', join(dir, 'two'), '--jobs', '2']);
    const three = await runCli(['build', input, '--out', join(dir, 'three'), '--jobs', '3']);
    for (const ran of [one, two, three]) {
      expect(ran.code, ran.stderr).toBe(0);
      expect(ran.stderr).toMatch(/skipped .*article-15b\.txt: .*UTF-8/);
      expect(ran.stdout).toMatch(/^newsgraph: 30 articles, \d+ entities, \d+ relations, \d+ co-occurrence edges, 1 file skipped, in [\d.]+ s/);
    }
    expect(one.stdout).toContain('with 1 job,');
    expect(two.stdout).toContain('with 2 jobs,');
    expect(three.stdout).toContain('with 3 jobs,');
    for (const file of ['graph.json', 'graph.gexf', 'graph.graphml', 'nodes.csv', 'edges.csv']) {
      expect(readFileSync(join(dir, 'two', file)).equals(readFileSync(join(dir, 'one', file))), file).toBe(true);
      expect(readFileSync(join(dir, 'three', file)).equals(readFileSync(join(dir, 'one', file))), file).toBe(true);
    }
    const graph = JSON.parse(readFileSync(join(dir, 'two', 'graph.json'), 'utf8'));
    expect(graph.attributes.docs).toHaveLength(30);
    expect(graph.nodes.map((n: { key: string }) => n.key)).toEqual(expect.arrayContaining(['person:ryan-dillon', 'place:nairobi']));
  });

  it('refuses a --jobs that is not a whole number from 1', async () => {
    for (const jobs of ['0', '-2', 'many', '1.5']) {
      const ran = await runCli(['build', 'seeds', '--jobs', jobs, '--out', temp()]);
      expect(ran.code, jobs).toBe(2);
      expect(ran.stderr).toMatch(/--jobs/);
    }
  });

  it('lists --jobs in its help', async () => {
    expect((await runCli(['build', '--help'])).stdout).toMatch(/--jobs N/);
  });
});
