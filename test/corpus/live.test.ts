import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../store/fixtures.js';
import { LiveCorpus, type LiveExportOptions } from '../../src/corpus/live.js';
import { addExtractions, openStore, removeDocuments, type Store } from '../../src/store/index.js';
import { recordDecision } from '../../src/store/decisions.js';
import type { Extraction } from '../../src/types.js';
import { runCli } from '../cli/cli.js';
import { extractText } from '../helpers.js';
import { articleText } from './articles.js';

const ARTICLES: Extraction[] = [
  ...Array.from({ length: 6 }, (_, n) => extractText(articleText(n), `gen-${n}`, { rulesOnly: true })),
  extractText('Date: 2024-02-01\n\nThe Syrian Democratic Forces said Ryan Dillon met Maria Santos in Raqqa.', 'dated'),
  // Merged across articles: an acronym one article defines and another uses alone.
  extractText('Fighters of the Quorvan Liberation Front (QLF) attacked Raqqa on Monday, Ryan Dillon told Reuters.', 'acronym-full'),
  extractText('The QLF denied it, Maria Santos said in Raqqa.', 'acronym-short'),
];
const [EXTRA, ...BASE] = [ARTICLES[2]!, ...ARTICLES.filter((_, n) => n !== 2)];

const FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;

/** The live export and `newsgraph export` of the same store, file by file. */
async function expectAsExport(live: LiveCorpus, storePath: string, dir: string, step: string, extra: string[] = []): Promise<Map<string, Buffer>> {
  const options: LiveExportOptions = { out: join(dir, `live-${step}`), formats: [...FORMATS], gexfVersion: '1.3' };
  const result = await live.export(options);
  const ran = await runCli(['export', storePath, '--out', join(dir, `export-${step}`), ...extra]);
  expect(ran.code, ran.stderr).toBe(0);
  const files = readdirSync(join(dir, `export-${step}`)).sort();
  expect(readdirSync(options.out).sort()).toEqual(files);
  const bytes = new Map<string, Buffer>();
  for (const file of files) {
    const ours = readFileSync(join(options.out, file));
    expect(ours.equals(readFileSync(join(dir, `export-${step}`, file))), `${step}: ${file}`).toBe(true);
    bytes.set(file, ours);
  }
  expect(result.articles).toBeGreaterThan(0);
  return bytes;
}

function storeWith(dir: string, extractions: readonly Extraction[]): { path: string; store: Store } {
  const path = join(dir, 'store.db');
  const store = openStore(path, { create: true });
  addExtractions(store, extractions);
  return { path, store };
}

describe('LiveCorpus', () => {
  it.each([
    ['with a second thread writing some formats', true],
    ['on one thread', false],
  ])('writes what "newsgraph export" writes, as articles are added, replaced and removed (%s)', async (_, sideThread) => {
    const dir = tempDir();
    const { path, store } = storeWith(dir, BASE);
    const live = new LiveCorpus(store, { sideThread });
    try {
      const first = await expectAsExport(live, path, dir, '0');
      addExtractions(store, [EXTRA]);
      await expectAsExport(live, path, dir, '1-added');
      const result = await live.export({ out: join(dir, 'again'), formats: ['json'], gexfVersion: '1.3' });
      // Nothing changed since: nothing read again, no article looked at again.
      expect([result.reloaded, result.revisited]).toEqual([0, 0]);
      addExtractions(store, [extractText(`${articleText(2)} Helen Park arrived in Lima.`, EXTRA.doc.id, { rulesOnly: true })]);
      const replaced = await live.export({ out: join(dir, 'replaced'), formats: ['json'], gexfVersion: '1.3' });
      expect([replaced.reloaded, replaced.revisited]).toEqual([1, 1]);
      await expectAsExport(live, path, dir, '2-replaced');
      removeDocuments(store, [EXTRA.doc.id]);
      const back = await expectAsExport(live, path, dir, '3-removed');
      // Add then remove: the first export's bytes.
      for (const [file, bytes] of first) expect(bytes.equals(back.get(file)!), file).toBe(true);
    } finally {
      await live.close();
      store.close();
    }
  });

  it('picks up what another process wrote: articles, a re-extraction under the same hashes, merge decisions', async () => {
    const dir = tempDir();
    const { path, store } = storeWith(dir, BASE);
    const live = new LiveCorpus(store);
    try {
      await expectAsExport(live, path, dir, '0');
      const other = openStore(path);
      try {
        addExtractions(other, [EXTRA]);
        expect(live.storeChanged()).toBe(true);
        await expectAsExport(live, path, dir, '1-other-added');
        // What `refresh` does: new rows under the same content hash.
        other.db.prepare("UPDATE entities SET label = 'Maria Santos-Ortiz' WHERE key = 'person:maria-santos'").run();
        await expectAsExport(live, path, dir, '2-rewritten');
        expect(readFileSync(join(dir, 'live-2-rewritten', 'graph.json'), 'utf8')).toContain('Maria Santos-Ortiz');
        recordDecision(other, { action: 'reject', keys: ['organisation:qlf', 'group:quorvan-liberation-front'] });
        const before = readFileSync(join(dir, 'live-2-rewritten', 'graph.json'), 'utf8');
        await expectAsExport(live, path, dir, '3-decided');
        expect(before).not.toBe(readFileSync(join(dir, 'live-3-decided', 'graph.json'), 'utf8'));
      } finally {
        other.close();
      }
    } finally {
      await live.close();
      store.close();
    }
  });

  it('follows the graph options as "export" does', async () => {
    const dir = tempDir();
    const { path, store } = storeWith(dir, ARTICLES);
    const live = new LiveCorpus(store, { cooccurrence: false, acrossArticles: false });
    try {
      await expectAsExport(live, path, dir, 'options', ['--no-cooccurrence', '--no-merge-across']);
    } finally {
      await live.close();
      store.close();
    }
  });

  it('says so when the store holds no articles', async () => {
    const dir = tempDir();
    const store = openStore(join(dir, 'empty.db'), { create: true });
    try {
      await expect(new LiveCorpus(store).export({ out: join(dir, 'out'), formats: ['json'], gexfVersion: '1.3' })).rejects.toThrowError(
        expect.objectContaining({ name: 'BadInputError', message: expect.stringContaining('holds no articles') }),
      );
    } finally {
      store.close();
    }
  });

  it('names a file the second thread cannot write, and writes it once it can; a new thread after close() is sent the whole graph', async () => {
    const dir = tempDir();
    const { path, store } = storeWith(dir, BASE);
    const live = new LiveCorpus(store);
    const out = join(dir, 'out');
    try {
      // graph.gexf is the second thread's (splitFormats): a folder stands where it goes.
      mkdirSync(join(out, 'graph.gexf'), { recursive: true });
      await expect(live.export({ out, formats: ['json', 'gexf'], gexfVersion: '1.3' })).rejects.toThrowError(
        expect.objectContaining({ name: 'BadInputError', message: expect.stringContaining('graph.gexf: a folder of that name is in the way') }),
      );
      // This thread's file was written all the same.
      expect(existsSync(join(out, 'graph.json'))).toBe(true);
      rmSync(join(out, 'graph.gexf'), { recursive: true });
      addExtractions(store, [EXTRA]);
      await expectAsExport(live, path, dir, 'after-failure');
      await live.close();
      removeDocuments(store, [EXTRA.doc.id]);
      await expectAsExport(live, path, dir, 'after-close');
    } finally {
      await live.close();
      store.close();
    }
  });
});
