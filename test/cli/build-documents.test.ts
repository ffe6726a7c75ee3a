import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentsFile } from '../../src/export/documents.js';
import { writeGeneratedArticles } from '../corpus/articles.js';
import { runCli } from './cli.js';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const temp = () => mkdtempSync(join(tmpdir(), 'newsgraph-documents-'));

interface GraphFile {
  attributes: { docs: { id: string }[] };
  nodes: { key: string }[];
  edges: { attributes: { evidence: { doc: string; start: number; end: number; text: string }[] } }[];
}

describe('newsgraph build writes documents.json', () => {
  it('beside graph.json: the texts every evidence item slices, the mentions under node keys', async () => {
    const out = temp();
    const ran = await runCli(['build', SEEDS, '--out', out, '--format', 'json']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toContain(`  wrote ${join(out, 'graph.json')}\n  wrote ${join(out, 'documents.json')}\n`);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as GraphFile;
    const file = JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')) as DocumentsFile;
    expect(file.version).toBe(1);
    expect(file.documents.map((d) => d.id)).toEqual(graph.attributes.docs.map((d) => d.id).sort());
    const texts = new Map(file.documents.map((d) => [d.id, d.text]));
    const evidence = graph.edges.flatMap((edge) => edge.attributes.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const item of evidence) expect(texts.get(item.doc)?.slice(item.start, item.end)).toBe(item.text);
    const nodes = new Set(graph.nodes.map((node) => node.key));
    const named = file.documents.flatMap((d) => d.mentions.map(([start, end, key]) => [d.text.slice(start, end), key] as const));
    for (const [, key] of named) expect(nodes.has(key)).toBe(true);
    expect(named).toContainEqual(['Ryan Dillon', 'person:ryan-dillon']);
    expect(named).toContainEqual(['CNN', 'organisation:cnn']);
  });

  it('not without graph.json', async () => {
    const out = temp();
    const ran = await runCli(['build', SEEDS, '--out', out, '--format', 'gexf,csv']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(existsSync(join(out, 'documents.json'))).toBe(false);
    expect(ran.stdout).not.toContain('documents.json');
  });

  it('the same bytes with worker threads as in-process', async () => {
    const dir = temp();
    const input = join(dir, 'in');
    mkdirSync(input);
    writeGeneratedArticles(input, 12);
    for (const jobs of ['1', '2']) {
      const ran = await runCli(['build', input, '--out', join(dir, jobs), '--format', 'json', '--jobs', jobs]);
      expect(ran.code, ran.stderr).toBe(0);
    }
    const one = readFileSync(join(dir, '1', 'documents.json'));
    expect(readFileSync(join(dir, '2', 'documents.json')).equals(one)).toBe(true);
    expect((JSON.parse(one.toString('utf8')) as DocumentsFile).documents).toHaveLength(12);
  });
});
