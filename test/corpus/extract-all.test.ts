import { describe, expect, it } from 'vitest';
import { once } from 'node:events';
import { extractAll } from '../../src/corpus/extract-all.js';
import { startRecogniser } from '../../src/corpus/split.js';
import { ingest } from '../../src/ingest/index.js';
import type { Doc } from '../../src/types.js';
import { articleText } from './articles.js';

const docs: Doc[] = Array.from({ length: 6 }, (_, n) => ingest({ content: articleText(n), id: `doc-${n}`, format: 'text' }));
// Zones missing: the pipeline cannot segment it, as if an article tripped a bug.
const broken = { ...docs[0]!, id: 'broken', path: '/in/broken.txt', zones: null } as unknown as Doc;

describe('extractAll', () => {
  it.each([
    [1, true],
    [2, true],
    [2, false],
  ])('with %i job(s), rulesOnly %s, keeps input order and lists an article that fails instead of stopping', async (jobs, rulesOnly) => {
    const input = [docs[0]!, docs[1]!, broken, ...docs.slice(2)];
    const seen: number[] = [];
    const result = await extractAll(input, { jobs, rulesOnly, onDone: (done) => seen.push(done) });
    expect(result.extractions.map((e) => e.doc.id)).toEqual(docs.map((d) => d.id));
    expect(result.failed).toEqual([{ path: '/in/broken.txt', reason: expect.stringMatching(/^extraction failed: /) }]);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each([2, 3])('gives the same extractions with %i jobs as in-process', async (jobs) => {
    const here = await extractAll(docs, { jobs: 1, rulesOnly: false });
    const there = await extractAll(docs, { jobs, rulesOnly: false });
    expect(here.extractions.some((e) => e.mentions.some((m) => m.method.startsWith('model')))).toBe(true);
    expect(JSON.stringify(there.extractions)).toBe(JSON.stringify(here.extractions));
  });

  it('uses a recogniser worker started ahead with two jobs, and stops one it does not need', async () => {
    const here = await extractAll(docs, { jobs: 1, rulesOnly: false });
    const started = startRecogniser();
    const shared = await extractAll(docs, { jobs: 2, rulesOnly: false, started });
    expect(JSON.stringify(shared.extractions)).toBe(JSON.stringify(here.extractions));
    const unused = startRecogniser();
    const exited = once(unused.worker, 'exit');
    const alone = await extractAll(docs, { jobs: 1, rulesOnly: false, started: unused });
    expect(alone.extractions).toHaveLength(docs.length);
    await exited;
  });
});
