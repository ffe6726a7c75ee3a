import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExportsInParallel } from '../../src/corpus/write-exports.js';
import { writeExports } from '../../src/export/write.js';
import { hostileGraph, newsGraph } from '../export/graphs.js';

const root = mkdtempSync(join(tmpdir(), 'newsgraph-parallel-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FORMATS = ['json', 'gexf', 'graphml', 'csv', 'neo4j'];

describe('writeExportsInParallel', () => {
  it.each([
    ['news', () => newsGraph()],
    ['news with generated edge keys', () => newsGraph({ generatedKeys: true })],
    ['hostile', () => hostileGraph()],
  ])('writes the bytes writeExports writes, paths in the same order (%s graph, worker forced)', async (name, make) => {
    const alone = writeExports(make(), join(root, `${name}-alone`), FORMATS, { gexfVersion: '1.2draft' });
    const parallel = await writeExportsInParallel(make(), join(root, `${name}-parallel`), FORMATS, { gexfVersion: '1.2draft', parallelFrom: 0 });
    expect(parallel.map((p) => p.replace(`${name}-parallel`, `${name}-alone`))).toEqual(alone);
    for (const path of alone) {
      expect(readFileSync(path.replace(`${name}-alone`, `${name}-parallel`)).equals(readFileSync(path)), path).toBe(true);
    }
  });

  it('writes a lone format, and small graphs, on this thread', async () => {
    const out = join(root, 'lone');
    expect(await writeExportsInParallel(newsGraph(), out, ['gexf'], { parallelFrom: 0 })).toEqual([join(out, 'graph.gexf')]);
    expect(await writeExportsInParallel(newsGraph(), out, ['json', 'graphml'])).toEqual([join(out, 'graph.json'), join(out, 'graph.graphml')]);
  });

  it('refuses an unknown format before writing anything', async () => {
    await expect(writeExportsInParallel(newsGraph(), join(root, 'refused'), ['json', 'pdf'], { parallelFrom: 0 })).rejects.toThrowError(
      expect.objectContaining({ name: 'UsageError', message: expect.stringContaining('"pdf"') }),
    );
  });

  it('reports the failure of the first format asked for, from either thread', async () => {
    const blocker = join(root, 'blocker');
    writeFileSync(blocker, 'not a folder');
    // GEXF is written by the worker: its failure comes back as the same kind of error, not an internal one.
    await expect(writeExportsInParallel(newsGraph(), join(blocker, 'out'), ['gexf', 'json'], { parallelFrom: 0 })).rejects.toThrowError(
      expect.objectContaining({ code: 'ENOTDIR', name: 'BadInputError', message: expect.stringContaining(join(blocker, 'out', 'graph.gexf')) }),
    );
  });
});
