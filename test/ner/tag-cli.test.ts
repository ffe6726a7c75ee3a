import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/tag.js';
import { serialiseModel } from '../../src/ner/model-format.js';
import { trainTiny } from './helpers.js';

const fixture = new URL('../fixtures/ner/small.conll', import.meta.url).pathname;
let directory = '';
let modelPath = '';

function captureIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), stdin: async () => Buffer.alloc(0), cwd: directory };
}

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'ner-tag-'));
  modelPath = join(directory, 'model.json');
  writeFileSync(modelPath, serialiseModel(trainTiny().saved));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('newsgraph tag --conll', () => {
  it('writes every line back, token lines with one more column', async () => {
    const io = captureIO();
    const code = await run(['--conll', fixture, '--model', modelPath, '--out', 'tagged.conll'], io);
    expect(code).toBe(0);
    const input = readFileSync(fixture, 'utf8').split('\n');
    const output = readFileSync(join(directory, 'tagged.conll'), 'utf8').split('\n');
    expect(output).toHaveLength(input.length);
    input.forEach((line, i) => {
      const written = output[i] ?? '';
      if (line === '' || line.startsWith('-DOCSTART-')) expect(written).toBe(line);
      else {
        expect(written.split(' ')).toHaveLength(line.split(' ').length + 1);
        expect(written.startsWith(`${line} `)).toBe(true);
        expect(written.split(' ').pop()).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
      }
    });
    // The tiny model was trained on these very sentences.
    expect(output.filter((l) => l.startsWith('John ') || l.startsWith('Paris '))).toEqual(['John NNP B-NP B-PER B-PER', 'Paris NNP B-NP B-LOC B-LOC']);
  });

  it('prints to standard output without --out', async () => {
    const io = captureIO();
    expect(await run(['--conll', fixture, '--model', modelPath], io)).toBe(0);
    expect(io.out.join('').split('\n').filter((l) => l.startsWith('Acme '))).toHaveLength(2);
  });

  it('says what is missing', async () => {
    await expect(run([], captureIO())).rejects.toMatchObject({ name: 'UsageError' });
    await expect(run(['--conll', join(directory, 'absent.conll'), '--model', modelPath], captureIO())).rejects.toMatchObject({ name: 'NotFoundError' });
    await expect(run(['--conll', fixture, '--model', join(directory, 'absent.json')], captureIO())).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
