import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('the public API (src/index.ts)', () => {
  it('takes articles through extraction, a store, assembly and the exports', () => {
    const text = 'Ryan Dillon, a coalition spokesman, told CNN that the Houthis were backed by Iran.';
    const doc = api.ingest({ content: text, id: 'a1', format: 'text' });
    const extraction = api.extract(doc, { recogniser: null });
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-api-'));
    try {
      const store = api.openStore(join(dir, 'news.db'), { create: true });
      api.addExtractions(store, [extraction]);
      const stored = api.loadExtractions(store);
      store.close();
      expect(stored.map((e) => e.doc.id)).toEqual(['a1']);
      const { graph } = api.assembleGraph(stored);
      expect(graph.hasNode('person:ryan-dillon')).toBe(true);
      expect(api.toNeo4j(graph)['nodes.csv']).toContain('person:ryan-dillon');
      expect(api.resolveAcross(stored).merges).toEqual([]);
      const [entry] = api.documentsFile(stored).documents;
      const dillon = entry?.mentions.find(([, , key]) => key === 'person:ryan-dillon');
      expect(dillon && entry?.text.slice(dillon[0], dillon[1])).toBe('Ryan Dillon');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
