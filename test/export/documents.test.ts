import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleGraph } from '../../src/corpus/assemble.js';
import { slimExtraction } from '../../src/corpus/slim.js';
import { DOCUMENTS_FILE, documentEntry, documentsFile, toDocumentsJSON, type DocumentsFile } from '../../src/export/documents.js';
import { EXPORT_FILES } from '../../src/export/formats.js';
import { addDocuments, wantsDocuments, writeDocuments } from '../../src/export/write-documents.js';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/pipeline.js';
import type { Extraction } from '../../src/types.js';

const read = (id: string, content: string, date?: string): Extraction => {
  const doc = ingest({ content, id, format: 'text' });
  return extract(date === undefined ? doc : { ...doc, meta: { ...doc.meta, date } });
};

const first = read('a', 'Ryan Dillon, a coalition spokesman, told CNN that the fighters attacked Raqqa.\n', '2017-06-01');
const second = read('b', 'Colonel Dillon, a coalition spokesman, told Reuters that the attack on Raqqa failed. Dillon said more.\n');
/** The user's alias table says the two spokesmen are one. */
const table = { version: 1 as const, decisions: [{ action: 'accept' as const, keys: ['person:dillon', 'person:ryan-dillon'] }] };

describe('documentsFile', () => {
  it('gives each article its text, title, date and mentions, whose offsets slice out the names', () => {
    const file = documentsFile([first, second]);
    expect(file.version).toBe(1);
    expect(file.documents.map((d) => d.id)).toEqual(['a', 'b']);
    const [a] = file.documents;
    expect(a).toMatchObject({ id: 'a', title: first.doc.meta.title ?? null, date: '2017-06-01', text: first.doc.text });
    const named = a!.mentions.map(([start, end, key]) => [a!.text.slice(start, end), key]);
    expect(named).toContainEqual(['Ryan Dillon', 'person:ryan-dillon']);
    expect(named).toContainEqual(['CNN', 'organisation:cnn']);
    for (const document of file.documents) {
      const extraction = document.id === 'a' ? first : second;
      for (const [start, end] of document.mentions) {
        expect(extraction.mentions.some((m) => m.start === start && m.end === end && m.text === document.text.slice(start, end))).toBe(true);
      }
      const starts = document.mentions.map(([start]) => start);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }
  });

  it('names the graph’s final keys after a merge across articles', () => {
    const { graph, keyMap } = assembleGraph([first, second], { table });
    expect(keyMap.get('person:dillon')).toBe('person:ryan-dillon');
    const file = documentsFile([first, second], keyMap);
    const keys = file.documents.flatMap((d) => d.mentions.map(([, , key]) => key));
    expect(keys).not.toContain('person:dillon');
    for (const key of keys) expect(graph.hasNode(key)).toBe(true);
    const b = file.documents[1]!;
    const dillons = b.mentions.filter(([, , key]) => key === 'person:ryan-dillon').map(([start, end]) => b.text.slice(start, end));
    expect(dillons.length).toBeGreaterThan(0);
    for (const name of dillons) expect(name).toMatch(/Dillon$/);
  });

  it('is deterministic: the same articles in any order give the same bytes', () => {
    const { keyMap } = assembleGraph([first, second], { table });
    const forwards = toDocumentsJSON(documentsFile([first, second], keyMap));
    const backwards = toDocumentsJSON(documentsFile([second, first], assembleGraph([second, first], { table }).keyMap));
    expect(backwards).toBe(forwards);
    expect(JSON.parse(forwards)).toEqual(documentsFile([first, second], keyMap));
  });

  it('keeps one entry per id (the first given) and an empty list as an empty file', () => {
    const twin = read('a', 'Lina Haddad spoke in Kobani.\n');
    expect(documentsFile([first, twin]).documents.map((d) => d.text)).toEqual([first.doc.text]);
    expect(toDocumentsJSON(documentsFile([]))).toBe('{"version":1,"documents":[]}\n');
  });

  it('keeps hostile text as data, byte for byte', () => {
    const hostile = read('evil', 'Ryan Dillon told CNN <script>alert(1)</script> and "quotes" \\ and \u2028 a line separator.\n');
    const json = toDocumentsJSON(documentsFile([hostile]));
    const parsed = JSON.parse(json) as DocumentsFile;
    expect(parsed.documents[0]!.text).toBe(hostile.doc.text);
    expect(parsed.documents[0]!.text).toContain('<script>alert(1)</script>');
    // One document per line: the separators inside the text are escaped.
    expect(json.split('\n')).toHaveLength(4);
  });

  it('skips an entity index that points past the mentions', () => {
    const broken: Extraction = { ...first, entities: first.entities.map((e) => ({ ...e, mentions: [...e.mentions, 999] })) };
    expect(documentEntry(broken)).toEqual(documentEntry(first));
  });
});

describe('slim extractions for documents.json', () => {
  it('with keepDocuments keep what documents.json needs, and build the same graph', () => {
    const slim = [first, second].map((e) => slimExtraction(e, { keepDecisions: false, keepDocuments: true }));
    expect(slim[0]!.sentences).toEqual([]);
    expect(toDocumentsJSON(documentsFile(slim))).toBe(toDocumentsJSON(documentsFile([first, second])));
    const assembled = assembleGraph(slim, { table });
    expect(toDocumentsJSON(documentsFile(slim, assembled.keyMap))).toBe(toDocumentsJSON(documentsFile([first, second], assembleGraph([first, second], { table }).keyMap)));
    expect(JSON.stringify(assembled.graph.export())).toBe(JSON.stringify(assembleGraph([first, second], { table }).graph.export()));
  });

  it('only keep the mentions an entity points to, renumbered', () => {
    const unused = { ...first.mentions[0]!, start: 0, end: 1, text: 'R' };
    const padded: Extraction = { ...first, mentions: [unused, ...first.mentions], entities: first.entities.map((e) => ({ ...e, mentions: e.mentions.map((i) => i + 1) })) };
    const slim = slimExtraction(padded, { keepDecisions: false, keepDocuments: true });
    expect(slim.mentions).toHaveLength(first.mentions.filter((_, i) => first.entities.some((e) => e.mentions.includes(i))).length);
    expect(documentEntry(slim)).toEqual(documentEntry(first));
    expect(slim.entities.map((e) => e.mentions.length)).toEqual(first.entities.map((e) => e.mentions.length));
  });

  it('without keepDocuments drop the text and mentions', () => {
    const slim = slimExtraction(first, { keepDecisions: false });
    expect(slim.doc.text).toBe('');
    expect(documentEntry(slim).mentions).toEqual([]);
  });
});

describe('writing documents.json', () => {
  it('goes with the json format and is listed after graph.json', () => {
    expect(EXPORT_FILES.json).toContain(DOCUMENTS_FILE);
    expect(wantsDocuments(['gexf', 'json'])).toBe(true);
    expect(wantsDocuments(['gexf', 'csv'])).toBe(false);
    const out = mkdtempSync(join(tmpdir(), 'newsgraph-documents-'));
    const written = [join(out, 'graph.json'), join(out, 'graph.gexf')];
    const file = documentsFile([first, second]);
    addDocuments(written, out, file);
    expect(written).toEqual([join(out, 'graph.json'), join(out, DOCUMENTS_FILE), join(out, 'graph.gexf')]);
    expect(readFileSync(join(out, DOCUMENTS_FILE), 'utf8')).toBe(toDocumentsJSON(file));
    expect(writeDocuments(out, file)).toBe(join(out, DOCUMENTS_FILE));
  });
});
